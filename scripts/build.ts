/**
 * `npm run build`: the client bundle, then a server build of the same app used to prerender
 * every page into static HTML, then the service worker. Options:
 *   --outDir <dir>   where to write (default dist/)
 *   --public <dir>   the static files and articles to build from (default public/); the bench
 *                    builds a folder with its generated long articles added
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
import { pageTemplate, prerender, readSite, type ServerEntry } from './build/prerender';
import { redirectsFile } from './build/redirects';
import { headersFile } from './build/securityHeaders';
import { writeServiceWorker } from './build/serviceWorker';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    outDir: { type: 'string', default: 'dist' },
    public: { type: 'string', default: 'public' },
  },
});
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
const { articles } = readSite(outDir);
// A link readers shared that would lead nowhere stops the build, as it stops `npm run validate`.
const { moves, lost } = successors(published, articles);
const broken = [...slugClaimProblems(articles), ...translationProblems(articles), ...lost];
if (broken.length > 0) {
  throw new Error(
    `Links readers may have shared would break:\n${broken.map((p) => `  ${p.file}: ${p.path}: ${p.message}`).join('\n')}`,
  );
}

const template = pageTemplate(outDir);
// Old addresses, and the places a translation lacks that its language switch may lead to.
const pages = await prerender(outDir, server, origin, template, [
  ...moves,
  ...translationGaps(articles),
]);
writeFileSync(join(outDir, '_headers'), headersFile(template.hashes));
writeFileSync(join(outDir, '_redirects'), redirectsFile(moves));
const record = serializePublishedIds(recordPublished(published, articles));
if (!existsSync(publishedFile) || readFileSync(publishedFile, 'utf8') !== record) {
  writeFileSync(publishedFile, record);
}
// Loaded only now: the cards use React too, which must load as the server build's production copy.
const { drawCards } = await import('./build/cards/drawCards');
const { siteCards } = await import('./build/cards/siteCards');
const cards = await drawCards(siteCards(readSite(outDir)), { outDir });
const precache = await writeServiceWorker(
  outDir,
  server.pageRoutes.map((route) => route.pattern),
);

console.log(
  `Prerendered ${pages.length} pages for ${origin}, plus ${moves.length} at old addresses, 404.html and the offline shell; ` +
    `drew ${cards.drawn} share cards and reused ${cards.reused} in ${(cards.ms / 1000).toFixed(1)} s; ` +
    `the service worker precaches ${precache.count} files (${(precache.size / 1024).toFixed(1)} KiB). ` +
    `Done in ${seconds()}.`,
);
