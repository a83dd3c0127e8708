/**
 * `npm run build`: the client bundle, then a server build of the same app used to prerender
 * every page into static HTML, then the service worker. Options:
 *   --outDir <dir>   where to write (default dist/)
 *   --public <dir>   the static files and articles to build from (default public/); the bench
 *                    builds a folder with its generated long articles added
 *   --cache <dir>    where pages and share cards are kept between builds, so a build draws only
 *                    what changed (default node_modules/.cache/)
 *   --report <file>  also write what the build did, with its times, as JSON (for the bench)
 * Environment:
 *   SITE_ORIGIN      the origin the site is served from, for canonical and link-preview URLs
 *                    (default http://localhost:4173, the preview server)
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { PublishedIds } from './articles/publishedIds';
import { ARTICLE_INDEX_FILE, articleIndexJson } from './build/articleIndexFile';
import type { BuildReport } from './build/buildReport';
import { PageCache, pageCacheVersion } from './build/pageCache';
import { pageTemplate, prerender, type ServerEntry } from './build/prerender';
import { readSite } from './build/readSite';
import { redirectsFile } from './build/redirects';
import { headersFile } from './build/securityHeaders';
import { writeServiceWorker } from './build/serviceWorker';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    outDir: { type: 'string', default: 'dist' },
    public: { type: 'string', default: 'public' },
    cache: { type: 'string', default: 'node_modules/.cache' },
    report: { type: 'string' },
  },
});
const cacheDir = resolve(ROOT, values.cache);
const outDir = resolve(ROOT, values.outDir);
const publicDir = resolve(ROOT, values.public);

function siteOrigin(value = 'http://localhost:4173'): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !/^https?:$/.test(url.protocol) || url.origin !== value.replace(/\/$/, '')) {
    throw new Error(`SITE_ORIGIN must be an origin like https://reader.example, not "${value}"`);
  }
  return url.origin;
}
const origin = siteOrigin(process.env.SITE_ORIGIN);

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

await build({ root: ROOT, publicDir, build: { outDir, emptyOutDir: true } });

// The server build is a tool of this build only; one folder per outDir, so two builds can run.
const serverDir = join(
  ROOT,
  'node_modules/.cache/reader-server',
  createHash('sha256').update(outDir).digest('hex').slice(0, 12),
);
await build({
  root: ROOT,
  logLevel: 'warn',
  build: {
    ssr: 'scripts/build/renderPage.tsx',
    outDir: serverDir,
    emptyOutDir: true,
    sourcemap: false,
  },
});
const server = (await import(pathToFileURL(join(serverDir, 'renderPage.js')).href)) as ServerEntry;
const bundlesMs = Date.now() - started;

// Loaded only now, like the cards below: it builds paths with react-router, which loads React,
// and React must first load as the server build's production copy.
const {
  PUBLISHED_IDS_FILE,
  parsePublishedIds,
  recordPublished,
  serializePublishedIds,
  slugClaimProblems,
  successors,
} = await import('./articles/publishedIds');
const { translationGaps, translationProblems } = await import('./articles/translationLinks');
/** What was published before this build: every id a shared link may name. */
function readPublished(file: string): PublishedIds {
  if (!existsSync(file)) return {};
  const parsed = parsePublishedIds(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}
const publishedFile = join(publicDir, PUBLISHED_IDS_FILE);
const published = readPublished(publishedFile);
// Every article, parsed once: the index, the pages, the sitemaps and the feeds are drawn from it.
const site = readSite(outDir);
const { articles } = site;
writeFileSync(join(outDir, ARTICLE_INDEX_FILE), articleIndexJson(site));
// A link readers shared that would lead nowhere stops the build, as it stops `npm run validate`.
const { moves, lost } = successors(published, articles);
const broken = [...slugClaimProblems(articles), ...translationProblems(articles), ...lost];
if (broken.length > 0) {
  throw new Error(
    `Links readers may have shared would break:\n${broken.map((p) => `  ${p.file}: ${p.path}: ${p.message}`).join('\n')}`,
  );
}

const template = pageTemplate(outDir);
const cache = new PageCache(
  join(cacheDir, 'reader-pages'),
  pageCacheVersion({ serverDir, template: JSON.stringify(template), origin }),
);
// Old addresses, and the places a translation lacks that its language switch may lead to.
const pages = await prerender(outDir, server, origin, template, {
  site,
  moves: [...moves, ...translationGaps(articles)],
  cache,
});
// What search engines and feed readers read, drawn from the same pages and articles (loaded only
// now: they build paths with react-router too).
const [
  { siteFiles },
  { sitemapFiles },
  { newsSitemapXml },
  { robotsTxt },
  { atomFeed },
  { jsonFeed },
] = await Promise.all([
  import('../src/lib/paths'),
  import('./build/sitemap'),
  import('./build/newsSitemap'),
  import('./build/robotsTxt'),
  import('./build/atomFeed'),
  import('./build/jsonFeed'),
]);
const siteFilesWritten = [
  ...sitemapFiles(pages.pages, origin),
  { path: siteFiles.newsSitemap, text: newsSitemapXml(articles, origin) },
  { path: siteFiles.robots, text: robotsTxt(origin) },
  { path: siteFiles.atomFeed, text: atomFeed(articles, origin) },
  { path: siteFiles.jsonFeed, text: jsonFeed(articles, origin) },
];
for (const { path, text } of siteFilesWritten) writeFileSync(join(outDir, path), text);
writeFileSync(join(outDir, '_headers'), headersFile(template.hashes));
writeFileSync(join(outDir, '_redirects'), redirectsFile(moves));
const record = serializePublishedIds(recordPublished(published, articles));
if (!existsSync(publishedFile) || readFileSync(publishedFile, 'utf8') !== record) {
  writeFileSync(publishedFile, record);
}
// Loaded only now: the cards use React too, which must load as the server build's production copy.
const { drawCards } = await import('./build/cards/drawCards');
const { siteCards } = await import('./build/cards/siteCards');
const cards = await drawCards(siteCards(site), {
  outDir,
  cacheDir: join(cacheDir, 'reader-cards'),
});
const precache = await writeServiceWorker(
  outDir,
  server.pageRoutes.map((route) => route.pattern),
);

console.log(
  `Prerendered ${pages.pages.length} pages for ${origin} (drew ${pages.rendered} and reused ${pages.reused} in ${(pages.ms / 1000).toFixed(1)} s), ` +
    `plus ${moves.length} at old addresses, 404.html and the offline shell; ` +
    `wrote ${siteFilesWritten.map((file) => file.path.slice(1)).join(', ')}; ` +
    `drew ${cards.drawn} share cards and reused ${cards.reused} in ${(cards.ms / 1000).toFixed(1)} s; ` +
    `the service worker precaches ${precache.count} files (${(precache.size / 1024).toFixed(1)} KiB). ` +
    `Done in ${seconds()}.`,
);

if (values.report) {
  const report: BuildReport = {
    stories: articles.length,
    pages: {
      count: pages.pages.length,
      rendered: pages.rendered,
      reused: pages.reused,
      ms: pages.ms,
    },
    cards,
    bundlesMs,
    ms: Date.now() - started,
  };
  writeFileSync(resolve(ROOT, values.report), `${JSON.stringify(report, null, 2)}\n`);
}
