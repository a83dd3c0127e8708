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
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { pageTemplate, prerender, readSite, type ServerEntry } from './build/prerender';
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

const template = pageTemplate(outDir);
const pages = await prerender(outDir, server, origin, template);
writeFileSync(join(outDir, '_headers'), headersFile(template.hashes));
// Loaded only now: the cards use React too, which must load as the server build's production copy.
const { drawCards } = await import('./build/cards/drawCards');
const { siteCards } = await import('./build/cards/siteCards');
const cards = await drawCards(siteCards(readSite(outDir)), { outDir });
const precache = await writeServiceWorker(
  outDir,
  server.pageRoutes.map((route) => route.pattern),
);

console.log(
  `Prerendered ${pages.length} pages for ${origin}, plus 404.html and the offline shell; ` +
    `drew ${cards.drawn} share cards and reused ${cards.reused} in ${(cards.ms / 1000).toFixed(1)} s; ` +
    `the service worker precaches ${precache.count} files (${(precache.size / 1024).toFixed(1)} KiB). ` +
    `Done in ${seconds()}.`,
);
