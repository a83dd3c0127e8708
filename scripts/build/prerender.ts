import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { minifySync } from 'rolldown/utils';
import { OFFLINE_SHELL } from '../../src/app/offlineCaches';
import type { Site, StaticPage } from '../../src/app/pageRoute';
import { elementIds } from '../../src/lib/elementIds';
import { DEFAULT_LANGUAGE, directionOf } from '../../src/lib/language';
import { uiLanguageFor } from '../../src/lib/i18n/messages';
import { SITE_NAME } from '../../src/lib/site';
import type * as ServerEntryModule from './renderPage';
import type { RenderedPage } from './renderPage';
import { metaCsp, type InlineHashes } from './securityHeaders';
import type { Move } from '../articles/publishedIds';
import type { PageCache } from './pageCache';
import { scriptJson } from './scriptJson';

export type ServerEntry = typeof ServerEntryModule;

const ROOT_ELEMENT = `<div id="${elementIds.root}"></div>`;
const HEAD_MARKERS = /<!--page-head-->[\s\S]*?<!--\/page-head-->/;
const CSP_MARKER = '<!--csp-->';

/** Where a path lives in `dist/` so that hosts without an SPA fallback serve it as it is. */
export function fileForPath(path: string): string {
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  return join(...segments, 'index.html');
}

/**
 * Answers the loaders' requests from the build's own data files, so a page is rendered from
 * exactly the bytes a browser would fetch.
 */
export function fetchFromDist(outDir: string): typeof fetch {
  return (input) => {
    const url = new URL(
      input instanceof Request ? input.url : String(input),
      'http://dist.invalid',
    );
    try {
      const body = readFileSync(join(outDir, decodeURIComponent(url.pathname)));
      return Promise.resolve(
        new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }),
      );
    } catch {
      return Promise.resolve(new Response('Not found', { status: 404 }));
    }
  };
}

const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g;
const ENTRY_SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g;
const MODULE_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*>\s*/g;

type ManifestChunk = { file: string; imports?: string[]; dynamicImports?: string[] };

/**
 * The modules the entry loads before the page answers, from Vite's manifest: its own imports and
 * the modules it imports on the way (main.tsx loads them in steps), each with its imports. Later
 * ones (the panels, the schema) are left to load when asked for.
 */
export function modulesBeforeReady(outDir: string): {
  entry: string;
  preload: string[];
  catalogs: Record<string, string[]>;
} {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entry = manifest['index.html'];
  if (entry === undefined) throw new Error('Vite manifest has no entry for index.html');
  const files = new Set<string>();
  const add = (key: string) => {
    const chunk = manifest[key];
    if (chunk === undefined || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(add);
  };
  entry.imports?.forEach(add);
  entry.dynamicImports?.forEach(add);
  files.delete(entry.file);
  // Each language's catalog, with what it imports: a page asks for its own language's only.
  const catalogs = Object.fromEntries(
    Object.entries(manifest)
      .filter(([key]) => key.startsWith(CATALOG_PREFIX))
      .map(([key, chunk]) => [
        key.slice(CATALOG_PREFIX.length),
        [chunk.file, ...(chunk.imports ?? []).flatMap((name) => manifest[name]?.file ?? [])].map(
          (file) => `/${file}`,
        ),
      ]),
  );
  return { entry: `/${entry.file}`, preload: [...files].map((file) => `/${file}`), catalogs };
}

const CATALOG_PREFIX = 'virtual:messages/';

/**
 * The page every prerendered path is poured into, what its CSP must allow, and the files of each
 * language's catalog (which the page's boot script asks for with the rest).
 */
export type PageTemplate = {
  html: string;
  hashes: InlineHashes;
  catalogs: Record<string, string[]>;
};

const BOOT_SCRIPT = join(import.meta.dirname, '../../src/boot.js');
const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * Vite's index.html made to paint at once: its stylesheet inlined, and its entry module asked
 * for by `src/boot.js`, inlined too, only after the first frame, rather than from the head where
 * it would compete with the text (both allowed by their hashes). Modules the entry imports load
 * with it.
 */
export function pageTemplate(outDir: string): PageTemplate {
  const styleHashes: string[] = [];
  const entries: string[] = [];
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
    .replace(STYLESHEET, (_tag, href: string) => {
      const css = readFileSync(join(outDir, href), 'utf8');
      styleHashes.push(sha256(css));
      return `<style>${css}</style>`;
    })
    .replace(MODULE_PRELOAD, '')
    .replace(ENTRY_SCRIPT, (_tag, src: string) => {
      entries.push(src);
      return '';
    });
  const { entry, preload, catalogs } = modulesBeforeReady(outDir);
  if (entries.length !== 1 || entries[0] !== entry || styleHashes.length === 0) {
    throw new Error(
      `index.html has ${entries.length} entry modules and ${styleHashes.length} stylesheets; expected one and at least one`,
    );
  }
  // Minified: every page carries it (a long story's 601 pages, 0.4 MB of comments and spaces).
  const boot = minifySync('boot.js', readFileSync(BOOT_SCRIPT, 'utf8')).code.trim();
  if (boot.includes('</')) throw new Error(`${BOOT_SCRIPT} must not contain "</" to be inlined`);
  const hashes = { scripts: [sha256(boot)], styles: styleHashes };
  return {
    html: html
      .replace(
        CSP_MARKER,
        () => `<meta http-equiv="Content-Security-Policy" content="${metaCsp(hashes)}" />`,
      )
      .replace(
        '</body>',
        () =>
          `<script data-app="${entry}" data-preload="${preload.join(' ')}">${boot}</script>\n  </body>`,
      ),
    hashes,
    catalogs,
  };
}

const HTML_ELEMENT = '<html lang="en">';

const PRELOAD = /data-preload="([^"]*)"/;
/** The boot script's list with a language's catalog added, each module once (they share some). */
const preloadWith = (preload: string, catalog: readonly string[]) =>
  `data-preload="${[...new Set([...preload.split(' '), ...catalog])].filter(Boolean).join(' ')}"`;

function fillTemplate(
  template: string,
  parts: { head: string; body: string; language?: string },
): string {
  if (
    !template.includes(ROOT_ELEMENT) ||
    !HEAD_MARKERS.test(template) ||
    !template.includes(HTML_ELEMENT)
  ) {
    throw new Error(
      `index.html lost its ${HTML_ELEMENT}, ${ROOT_ELEMENT} or <!--page-head--> markers`,
    );
  }
  const language = parts.language ?? DEFAULT_LANGUAGE;
  // Replacer functions, not strings: an article's `$&` or `$'` must not be read as a pattern.
  return template
    .replace(HTML_ELEMENT, () => `<html lang="${language}" dir="${directionOf(language)}">`)
    .replace(HEAD_MARKERS, () => parts.head)
    .replace(ROOT_ELEMENT, () => `<div id="${elementIds.root}">${parts.body}</div>`);
}

/**
 * The page's file: its head and body in the template, in its language, with its catalog asked
 * for beside the app's modules, then two data blocks, which no browser runs and nothing waits for
 * before the text paints: its JSON-LD, and the data it hydrates from.
 */
function pageHtml(
  { html: template, catalogs }: PageTemplate,
  page: RenderedPage,
  state = page.state,
): string {
  const catalog = catalogs[uiLanguageFor(page.language)] ?? [];
  const linkedData = page.linkedData
    ? `<script type="application/ld+json">${scriptJson(page.linkedData)}</script>\n    `
    : '';
  return (
    fillTemplate(template, {
      head: page.head,
      body: page.html,
      language: page.language,
    })
      // After the app's own modules, which matter more to the page's first moments.
      .replace(PRELOAD, (_attribute, preload: string) => preloadWith(preload, catalog))
      .replace(
        '</body>',
        () =>
          `${linkedData}<script type="application/json" id="${elementIds.state}">${scriptJson(state)}</script>\n  </body>`,
      )
  );
}

function write(outDir: string, file: string, html: string): void {
  const target = join(outDir, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, html);
}

/** Every page the routes ask to have written as a static file, each once. */
export function staticPages(routes: ServerEntry['pageRoutes'], site: Site): StaticPage[] {
  const pages = new Map<string, StaticPage>();
  for (const route of routes) {
    for (const page of 'prerender' in route ? route.prerender(site) : []) {
      if (!pages.has(page.path)) pages.set(page.path, page);
    }
  }
  return [...pages.values()];
}

/** Every path the routes ask to have written as a static page, each once. */
export const pagePaths = (routes: ServerEntry['pageRoutes'], site: Site): string[] =>
  staticPages(routes, site).map((page) => page.path);

/** How many pages a build drew, and how many it took as they were from the page cache. */
export type PrerenderCounts = { pages: StaticPage[]; rendered: number; reused: number; ms: number };

/**
 * Writes a static page for every path the routes list, plus `404.html` and the offline shell,
 * and at each old address in `moves` the page of its successor (its canonical URL and card are
 * the successor's; the app moves the address bar there). A page whose files are all in `cache`
 * (same data, same app) is copied from it rather than drawn again. Fails the build on any page
 * that does not render as a 200, naming it.
 */
export async function prerender(
  outDir: string,
  server: ServerEntry,
  origin: string,
  template: PageTemplate,
  { site, moves = [], cache }: { site: Site; moves?: readonly Move[]; cache: PageCache },
): Promise<PrerenderCounts> {
  const started = performance.now();
  const send = fetchFromDist(outDir);
  const pages = staticPages(server.pageRoutes, site);
  const movesTo = new Map<string, Move[]>();
  for (const move of moves) movesTo.set(move.to, [...(movesTo.get(move.to) ?? []), move]);
  const unwritten = moves.filter((move) => !pages.some((page) => page.path === move.to));
  if (unwritten.length > 0) {
    throw new Error(`No page to lead to from ${unwritten.map((m) => m.from).join(', ')}`);
  }
  let rendered = 0;
  const now = new Date();
  for (const { path, source } of pages) {
    const files = [
      { file: fileForPath(path), movedFrom: undefined },
      ...(movesTo.get(path) ?? []).map(({ from }) => ({
        file: fileForPath(from),
        movedFrom: from,
      })),
    ].map((file) => ({ ...file, key: cache.key(path, source, file.movedFrom) }));
    if (files.every(({ key }) => cache.has(key))) {
      for (const { file, key } of files) cache.copyTo(key, join(outDir, file), now);
      continue;
    }
    const page = await server.renderPage(path, { origin, send, articles: site.articles });
    if (page.status !== 200) throw new Error(`Prerendering ${path} gave a ${page.status} page`);
    rendered += 1;
    for (const { file, movedFrom, key } of files) {
      const html = pageHtml(template, page, movedFrom ? { ...page.state, movedFrom } : page.state);
      write(outDir, file, html);
      cache.put(key, html);
    }
  }
  cache.prune();

  // Any unknown path: a real page that says so, and boots the app, which may know better
  // (an article added after this build, say).
  const notFound = await server.renderPage('/404.html', { origin, send });
  // Without a data block: the app renders it afresh, for whatever path it answers.
  const shell = (parts: { head: string; body: string }) =>
    fillTemplate(template.html, parts).replace(PRELOAD, (_attribute, preload: string) =>
      preloadWith(preload, template.catalogs[DEFAULT_LANGUAGE] ?? []),
    );
  write(outDir, '404.html', shell({ head: notFound.head, body: notFound.html }));
  // Served by the service worker when offline on a page never opened: the app renders it.
  write(
    outDir,
    OFFLINE_SHELL,
    shell({
      head: `<title>${SITE_NAME}</title><meta name="robots" content="noindex" />`,
      body: '',
    }),
  );
  return {
    pages,
    rendered,
    reused: pages.length - rendered,
    ms: Math.round(performance.now() - started),
  };
}
