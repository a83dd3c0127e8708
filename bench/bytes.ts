import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { decodedMappings, TraceMap } from '@jridgewell/trace-mapping';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');

export type Size = { raw: number; gzip: number };
export type Bytes = ReturnType<typeof measureBytes>;
/** An npm package's (or the app's) share of the built JS; gzipped alone, so only a guide. */
export type JsShare = { owner: string; raw: number; gzipAlone: number };

/** gzip at zlib's default level, as the bench server (and most static hosts) send it. */
export const sizeOf = (content: string | Buffer): Size => ({
  raw: Buffer.byteLength(content),
  gzip: gzipSync(content).length,
});

const sum = (sizes: Size[]) => ({
  raw: sizes.reduce((total, size) => total + size.raw, 0),
  gzip: sizes.reduce((total, size) => total + size.gzip, 0),
});

/** What a first visit to the story page downloads, and everything the build could send. */
export function measureBytes(dir: string, slug: string, floorHtml: string) {
  const files = (paths: string[]) => ({
    ...sum(paths.map((path) => sizeOf(readFileSync(path)))),
    files: paths.length,
    paths,
  });
  const html = readFileSync(join(dir, 'articles', slug, 'index.html'), 'utf8');
  const [js, css] = [new Set<string>(), new Set<string>()];
  // Scripts, module preloads and stylesheets the page names with a root-relative URL.
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const url = /\s(?:src|href)="(\/(?!\/)[^"?#]*)/.exec(tag)?.[1];
    if (url === undefined) continue;
    if (/^<script|\srel="modulepreload"/i.test(tag)) js.add(join(dir, url));
    else if (/\srel="stylesheet"/i.test(tag)) css.add(join(dir, url));
  }
  const assets = readdirSync(join(dir, 'assets')).map((name) => join(dir, 'assets', name));
  const [document, initialJs, initialCss] = [sizeOf(html), files([...js]), files([...css])];
  return {
    document,
    initialJs,
    initialCss,
    allJs: files(assets.filter((path) => path.endsWith('.js'))),
    allCss: files(assets.filter((path) => path.endsWith('.css'))),
    storyJson: sizeOf(readFileSync(join(dir, 'articles', `${slug}.json`))),
    total: sum([document, initialJs, initialCss]),
    floor: sizeOf(floorHtml),
  };
}

/** The package a source file belongs to: "react-dom", "@tanstack/query-core", or the app. */
function ownerOf(resolved: string): string {
  if (resolved === '' || resolved.includes('\0')) return '(bundler)';
  const source = relative(ROOT, resolved);
  const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (match) return match[1]!;
  return source.startsWith('src/') ? 'app (src/)' : source;
}

/** Attributes each byte of the built JS to the package its source map says it came from. */
export function jsComposition(jsPaths: readonly string[]): JsShare[] {
  const text = new Map<string, string[]>();
  const add = (owner: string, piece: string) => {
    if (!text.has(owner)) text.set(owner, []);
    text.get(owner)!.push(piece);
  };
  for (const path of jsPaths) {
    const code = readFileSync(path, 'utf8');
    if (!existsSync(`${path}.map`)) {
      add('(no source map)', code);
      continue;
    }
    // Given the map's own path, TraceMap resolves each source to a path on disk.
    const map = new TraceMap(readFileSync(`${path}.map`, 'utf8'), `${path}.map`);
    const owners = map.resolvedSources.map(ownerOf);
    const lines = decodedMappings(map);
    code.split('\n').forEach((line, index, all) => {
      // A segment owns the text from its column to the next segment's, or the line's end.
      let owner = '(unmapped)';
      let start = 0;
      for (const segment of lines[index] ?? []) {
        add(owner, line.slice(start, segment[0]));
        owner = segment.length === 1 ? '(unmapped)' : owners[segment[1]]!;
        start = segment[0];
      }
      add(owner, line.slice(start) + (index < all.length - 1 ? '\n' : ''));
    });
  }
  return [...text]
    .map(([owner, pieces]) => {
      const { raw, gzip } = sizeOf(pieces.join(''));
      return { owner, raw, gzipAlone: gzip };
    })
    .sort((a, b) => b.raw - a.raw);
}
