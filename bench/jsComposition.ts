import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

export type JsShare = {
  /** An npm package, "app (src/)", or "(unmapped)" for bundler glue */
  owner: string;
  /** Characters of minified output (bytes, for the ASCII that minifiers emit) */
  raw: number;
  /** That owner's output gzipped on its own: a rough guide, since gzip shares context */
  gzipAlone: number;
};

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64Values = new Map([...base64].map((character, index) => [character, index]));

/** Decodes one source-map segment: base64 VLQ numbers, 5 bits each, sign in the lowest bit. */
export function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const character of segment) {
    const digit = base64Values.get(character);
    if (digit === undefined) throw new Error(`Bad VLQ character "${character}"`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value % 2 === 1 ? -Math.floor(value / 2) : value / 2);
    value = 0;
    shift = 0;
  }
  return values;
}

/** The package a source belongs to: "react-dom", "@tanstack/query-core", or the app itself. */
export function ownerOf(source: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source.replaceAll('\\', '/'));
  if (match !== null) return match[1] as string;
  if (/(^|\/)src\//.test(source)) return 'app (src/)';
  return source.startsWith('\0') || source === '' ? '(bundler)' : source;
}

type SourceMap = { sources: string[]; mappings: string };

/**
 * Attributes every character of a built JS file to the package its source map says it came from,
 * so "what makes the bundle big" has an answer without extra tooling.
 */
export async function jsComposition(jsPaths: readonly string[]): Promise<JsShare[]> {
  const text = new Map<string, string[]>();
  const add = (owner: string, piece: string) => {
    if (piece === '') return;
    const pieces = text.get(owner) ?? [];
    pieces.push(piece);
    text.set(owner, pieces);
  };

  for (const jsPath of jsPaths) {
    const code = await readFile(jsPath, 'utf8');
    const mapPath = `${jsPath}.map`;
    if (!existsSync(mapPath)) {
      add('(no source map)', code);
      continue;
    }
    const map = JSON.parse(await readFile(mapPath, 'utf8')) as SourceMap;
    const owners = map.sources.map(ownerOf);
    const codeLines = code.split('\n');
    const mappingLines = map.mappings.split(';');
    let sourceIndex = 0;
    codeLines.forEach((line, lineIndex) => {
      const segments = (mappingLines[lineIndex] ?? '').split(',').filter(Boolean);
      let column = 0;
      let start = 0;
      let owner = '(unmapped)';
      for (const segment of segments) {
        const [columnDelta = 0, sourceDelta] = decodeVlq(segment);
        column += columnDelta;
        add(owner, line.slice(start, column));
        start = column;
        if (sourceDelta === undefined) {
          owner = '(unmapped)';
        } else {
          sourceIndex += sourceDelta;
          owner = owners[sourceIndex] ?? '(unmapped)';
        }
      }
      add(owner, line.slice(start) + (lineIndex < codeLines.length - 1 ? '\n' : ''));
    });
  }

  return [...text]
    .map(([owner, pieces]) => {
      const joined = pieces.join('');
      return { owner, raw: Buffer.byteLength(joined), gzipAlone: gzipSync(joined).length };
    })
    .sort((a, b) => b.raw - a.raw);
}
