import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type * as ServerEntryModule from '../../src/entry-server';
import type { RenderedPage } from '../../src/entry-server';
import { META_CSP } from './securityHeaders';
import { OFFLINE_SHELL } from '../../src/app/offlineCaches';

export type ServerEntry = typeof ServerEntryModule;

const ROOT_ELEMENT = '<div id="root"></div>';
const HEAD_MARKERS = /<!--page-head-->[\s\S]*?<!--\/page-head-->/;
const CSP_MARKER = '<!--csp-->';

/** Where a path lives in `dist/` so that hosts without an SPA fallback serve it as it is. */
export function fileForPath(path: string): string {
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  return join(...segments, 'index.html');
}

/**
 * Serves the build's own data files to the loaders during prerendering, so a page is rendered
 * from exactly the bytes a browser would fetch.
 */
function fetchFromDist(outDir: string): typeof fetch {
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

function fillTemplate(template: string, parts: { head: string; body: string }): string {
  if (!template.includes(ROOT_ELEMENT) || !HEAD_MARKERS.test(template)) {
    throw new Error(`index.html lost its ${ROOT_ELEMENT} or <!--page-head--> markers`);
  }
  // Replacer functions, not strings: a story's `$&` or `$'` must not be read as a pattern.
  return template
    .replace(
      CSP_MARKER,
      () => `<meta http-equiv="Content-Security-Policy" content="${META_CSP}" />`,
    )
    .replace(HEAD_MARKERS, () => parts.head)
    .replace(ROOT_ELEMENT, () => `<div id="root">${parts.body}</div>`);
}

function pageHtml(
  template: string,
  page: RenderedPage,
  stateElementId: string,
  serialize: ServerEntry['serializeState'],
): string {
  return fillTemplate(template, {
    head: page.head,
    body: page.html,
  }).replace(
    '</body>',
    () =>
      `<script type="application/json" id="${stateElementId}">${serialize(page.state)}</script>\n  </body>`,
  );
}

function write(outDir: string, file: string, html: string): void {
  const target = join(outDir, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, html);
}

type IndexFile = { articles: { slug: string }[] };
type StoryFile = { sections: { id: string }[] };

/**
 * Writes a static page for the index, every story and every section, plus `404.html` and the
 * offline shell. Fails the build on any page that does not render as a 200, naming it.
 */
export async function prerender(
  outDir: string,
  server: ServerEntry,
  origin: string,
): Promise<string[]> {
  const template = readFileSync(join(outDir, 'index.html'), 'utf8');
  const readJson = (file: string): unknown => JSON.parse(readFileSync(join(outDir, file), 'utf8'));
  const realFetch = globalThis.fetch;
  globalThis.fetch = fetchFromDist(outDir);
  try {
    const written: string[] = [];
    const render = async (path: string) => {
      const page = await server.renderPage(path, origin);
      if (page.status !== 200) throw new Error(`Prerendering ${path} gave a ${page.status} page`);
      write(
        outDir,
        fileForPath(path),
        pageHtml(template, page, server.STATE_ELEMENT_ID, server.serializeState),
      );
      written.push(path);
    };

    await render(server.paths.home());
    // Both files rendered without error above or below, so their shape is the schema's.
    const index = readJson('articles/index.json') as IndexFile;
    for (const { slug } of index.articles) {
      await render(server.paths.article(slug));
      const story = readJson(`articles/${slug}.json`) as StoryFile;
      for (const section of story.sections) await render(server.paths.section(slug, section.id));
    }

    // Any unknown path: a real page that says so, and boots the app, which may know better
    // (a story added after this build, say).
    const notFound = await server.renderPage('/404.html', origin);
    write(outDir, '404.html', fillTemplate(template, { head: notFound.head, body: notFound.html }));
    // Served by the service worker when offline on a page never opened: the app renders it.
    write(
      outDir,
      OFFLINE_SHELL,
      fillTemplate(template, {
        head: '<title>The Reader</title><meta name="robots" content="noindex" />',
        body: '',
      }),
    );
    return written;
  } finally {
    globalThis.fetch = realFetch;
  }
}
