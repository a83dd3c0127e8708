import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export type FileSize = { path: string; raw: number; gzip: number };
export type SizeGroup = { files: FileSize[]; raw: number; gzip: number };

export type BytesReport = {
  /** The story's prerendered page, dist/articles/<slug>/index.html, its data included */
  document: FileSize;
  /** JS the first page load asks for: the page's script tags and module preloads */
  initialJs: SizeGroup;
  /** CSS the first page load asks for: the page's stylesheets */
  initialCss: SizeGroup;
  /** Every JS file in dist/assets, lazy chunks included */
  allJs: SizeGroup;
  allCss: SizeGroup;
  /** The story's JSON: fetched only when a reader navigates to it, since the page embeds it */
  articleJson: FileSize;
  /** document + initial JS + initial CSS: what a first visit to the story downloads */
  readerTotal: { raw: number; gzip: number };
  floor: FileSize;
};

/** gzip at zlib's default level, as the bench server (and most static hosts) send it. */
export function sizeOf(path: string, content: Buffer): FileSize {
  return { path, raw: content.length, gzip: gzipSync(content).length };
}

function group(files: FileSize[]): SizeGroup {
  return {
    files,
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
  };
}

/** The local files index.html loads up front, by kind. Only root-relative URLs are followed. */
export function initialAssets(indexHtml: string): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  const attribute = (tag: string, name: string) =>
    new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
      .exec(tag)
      ?.slice(1)
      .find(Boolean);
  for (const [tag] of indexHtml.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    const url = attribute(tag, isScript ? 'src' : 'href');
    if (url === undefined || !url.startsWith('/') || url.startsWith('//')) continue;
    const path = url.split(/[?#]/, 1)[0] as string;
    if (isScript) {
      js.add(path);
      continue;
    }
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('modulepreload')) js.add(path);
    else if (rel.includes('stylesheet')) css.add(path);
  }
  return { js: [...js], css: [...css] };
}

/** Files under a folder, at most `limit` of them and `depth` levels down. */
async function listFiles(folder: string, depth = 4, limit = 5000): Promise<string[]> {
  const found: string[] = [];
  const walk = async (current: string, level: number) => {
    if (level > depth || found.length >= limit) return;
    for (const entry of await readdir(current, { withFileTypes: true })) {
      if (found.length >= limit) return;
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path, level + 1);
      else if (entry.isFile()) found.push(path);
    }
  };
  if (existsSync(folder)) await walk(folder, 0);
  return found.sort();
}

export async function measureBytes(options: {
  dist: string;
  articleSlug: string;
  floorHtml: string;
}): Promise<BytesReport> {
  const { dist } = options;
  const read = async (path: string) => sizeOf(relative(dist, path), await readFile(path));
  const indexPath = join(dist, 'articles', options.articleSlug, 'index.html');
  const indexHtml = await readFile(indexPath, 'utf8');
  const initial = initialAssets(indexHtml);
  const local = (url: string) => join(dist, url.replace(/^\/+/, ''));

  const assets = await listFiles(join(dist, 'assets'));
  const document = await read(indexPath);
  const initialJs = group(await Promise.all(initial.js.map((url) => read(local(url)))));
  const initialCss = group(await Promise.all(initial.css.map((url) => read(local(url)))));
  const articleJson = await read(join(dist, 'articles', `${options.articleSlug}.json`));
  const ofKind = async (extension: string) =>
    group(await Promise.all(assets.filter((path) => extname(path) === extension).map(read)));

  return {
    document,
    initialJs,
    initialCss,
    allJs: await ofKind('.js'),
    allCss: await ofKind('.css'),
    articleJson,
    readerTotal: {
      raw: document.raw + initialJs.raw + initialCss.raw,
      gzip: document.gzip + initialJs.gzip + initialCss.gzip,
    },
    floor: sizeOf('(floor page)', Buffer.from(options.floorHtml)),
  };
}
