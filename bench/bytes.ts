import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { decodedMappings, TraceMap } from '@jridgewell/trace-mapping';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');

export type Size = { raw: number; gzip: number };
export type Bytes = ReturnType<typeof measureBytes>;
export type StoryFiles = ReturnType<typeof measureStoryFiles>;

/** gzip at zlib's default level, as the bench server (and most static hosts) send it. */
export const sizeOf = (content: string | Buffer): Size => ({
  raw: Buffer.byteLength(content),
  gzip: gzipSync(content).length,
});

/** Sizes added up. */
export const total = (sizes: Size[]): Size => ({
  raw: sizes.reduce((sum, size) => sum + size.raw, 0),
  gzip: sizes.reduce((sum, size) => sum + size.gzip, 0),
});

/** What a first visit to the story page downloads, and what its JS is made of. */
export function measureBytes(dir: string, slug: string, floorHtml: string) {
  const files = (paths: string[]) => ({
    ...total(paths.map((path) => sizeOf(readFileSync(path)))),
    files: paths.length,
  });
  const html = readFileSync(join(dir, 'articles', slug, 'index.html'), 'utf8');
  const [js, css] = [new Set<string>(), new Set<string>()];
  // Scripts (and the modules boot.js starts and preloads: data-app, data-preload), module
  // preloads and stylesheets the page names with root-relative URLs.
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const script = /^<script|\srel="modulepreload"/i.test(tag);
    const into = script ? js : /\srel="stylesheet"/i.test(tag) ? css : undefined;
    for (const [, urls] of tag.matchAll(/\s(?:src|href|data-app|data-preload)="([^"]*)"/g))
      for (const url of urls!.split(' ').filter((url) => /^\/(?!\/)/.test(url)))
        into?.add(join(dir, url.replace(/[?#].*/, '')));
  }
  const [document, initialJs, initialCss] = [sizeOf(html), files([...js]), files([...css])];
  return {
    document,
    initialJs,
    initialCss,
    storyJson: sizeOf(readFileSync(join(dir, 'articles', `${slug}.json`))),
    total: total([document, initialJs, initialCss]),
    composition: jsComposition([...js]),
    floor: sizeOf(floorHtml),
  };
}

/**
 * A story's files (raw, without the bench's .gz): its prerendered pages and its share cards apart,
 * since only the pages carry the story's text and data. Also its page and JSON gzipped.
 */
export function measureStoryFiles(dir: string, slug: string) {
  const folder = join(dir, 'articles', slug);
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => !name.endsWith('.gz'))
    .map((name) => ({ name, stat: statSync(join(folder, name)) }))
    .filter(({ stat }) => stat.isFile());
  const bytesOf = (some: typeof files) => some.reduce((sum, { stat }) => sum + stat.size, 0);
  const pages = files.filter(({ name }) => name.endsWith('.html'));
  const cards = files.filter(({ name }) => name.endsWith('.png'));
  return {
    slug,
    files: files.length,
    bytes: bytesOf(files),
    pages: pages.length,
    pageBytes: bytesOf(pages),
    cardBytes: bytesOf(cards),
    pageGzip: sizeOf(readFileSync(join(folder, 'index.html'))).gzip,
    jsonGzip: sizeOf(readFileSync(`${folder}.json`)).gzip,
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
function jsComposition(jsPaths: readonly string[]) {
  const text = new Map<string, string>();
  const add = (owner: string, piece: string) => text.set(owner, (text.get(owner) ?? '') + piece);
  const mapped = (path: string) => existsSync(`${path}.map`);
  for (const path of jsPaths.filter((path) => !mapped(path)))
    add('(no source map)', readFileSync(path, 'utf8'));
  for (const path of jsPaths.filter(mapped)) {
    const code = readFileSync(path, 'utf8');
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
  const shares = [...text].map(([owner, code]) => ({ owner, ...sizeOf(code) }));
  return shares.sort((a, b) => b.raw - a.raw);
}
