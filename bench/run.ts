/**
 * `npm run bench`: the reader against the floor (the same story as static HTML with no
 * JavaScript), measured side by side in one run so that the ratios hold on a noisy machine.
 * Tables go to stdout and, with every sample, to bench-results/bench.json; progress to stderr.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { chromiumPath } from '../scripts/chromium';
import { jsComposition, measureBytes, sizeOf } from './bytes';
import { renderFloorHtml } from './floor';
import * as report from './report';
import { buildScaleStory, SCALE_SLUG } from './scaleArticle';

const USAGE = `Usage: npm run bench -- [--runs N] [--no-build] [--skip-lighthouse] [--skip-scale]

  --runs N            Lighthouse runs per page and scale-story loads, 1-25 (default 3); medians are reported
  --no-build          reuse the bench's last build instead of building first
  --skip-lighthouse   leave out the Lighthouse comparison
  --skip-scale        leave out the 500-section run`;

const ROOT = resolve(import.meta.dirname, '..');
/** The bench's own build, so that it never rewrites the developer's dist/. */
const DIR = join(ROOT, 'node_modules/.cache/reader-bench/dist');
const SLUG = 'russia-ukraine-istanbul-ceasefire-talks';
const SECTION_ID = 'russian-demands-spark-frustration';
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

function readOptions() {
  const flag = { type: 'boolean', default: false } as const;
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      'no-build': flag,
      'skip-lighthouse': flag,
      'skip-scale': flag,
      help: { ...flag, short: 'h' },
    },
  });
  const runs = Number(values.runs);
  if (!/^\d+$/.test(values.runs) || runs < 1 || runs > 25)
    throw new Error(`--runs expects a whole number from 1 to 25, got "${values.runs}"`);
  return { ...values, runs };
}

/**
 * Serves the build on loopback like a static host: sirv sends the precompressed `.gz` files,
 * /assets/* (content-hashed) with long caching and the rest with no-cache; an unknown path with
 * no extension gets shell.html, which renders it in the browser. `files` are served from memory.
 */
async function serve(files: Record<string, { body: string; type: string }>) {
  const memory = new Map(
    Object.entries(files).map(([path, { body, type }]) => [path, { type, gzip: gzipSync(body) }]),
  );
  const statics = sirv(DIR, {
    gzip: true,
    extensions: ['html'],
    single: 'shell.html',
    setHeaders: (response, path) =>
      response.setHeader(
        'Cache-Control',
        path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
  // Every browser here accepts gzip, so the files in memory are kept only gzipped.
  const server = createServer((request, response) => {
    const file = memory.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (file === undefined) return statics(request, response);
    const headers = {
      'Content-Type': file.type,
      'Content-Encoding': 'gzip',
      'Cache-Control': 'no-cache',
    };
    response.writeHead(200, { ...headers, 'Content-Length': file.gzip.length }).end(file.gzip);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => server.close() };
}

let options: ReturnType<typeof readOptions>;
try {
  options = readOptions();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
  process.exit(2);
}
if (options.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const started = Date.now();
const seconds: Record<string, number> = {};
const errors: string[] = [];
/** Runs one part of the bench; a part that throws is reported and the others still run. */
async function part<T>(name: string, work: () => T | Promise<T>): Promise<T | null> {
  const partStarted = Date.now();
  try {
    return await work();
  } catch (error) {
    errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    log(`${name} failed: ${errors.at(-1)}`);
    return null;
  } finally {
    seconds[name] = Math.round((Date.now() - partStarted) / 1000);
  }
}

if (!options['no-build']) {
  log(`building into ${DIR}`);
  // The build's output goes to stderr, keeping stdout for the tables.
  const build = ['--import', 'tsx', 'scripts/build.ts', '--outDir', DIR];
  await part('build', () =>
    execFileSync(process.execPath, build, { cwd: ROOT, stdio: ['ignore', 2, 2] }),
  );
}
if (errors.length > 0 || !existsSync(join(DIR, 'articles', SLUG, 'index.html'))) {
  log(`no build to measure in ${DIR}${options['no-build'] ? ': run without --no-build' : ''}`);
  process.exit(1);
}
// sirv serves only precompressed files: a gzip sibling (zlib's default level) for each text file.
for (const name of readdirSync(DIR, { recursive: true, encoding: 'utf8' })) {
  if (/\.(html|js|css|json|svg|webmanifest)$/.test(name))
    writeFileSync(join(DIR, `${name}.gz`), gzipSync(readFileSync(join(DIR, name))));
}

const floorHtml = renderFloorHtml(join(ROOT, 'public/articles', `${SLUG}.json`));
const scaleStory = buildScaleStory();
const scaleJson = JSON.stringify(scaleStory.json);
const html = 'text/html; charset=utf-8';
const server = await serve({
  '/bench/floor.html': { body: floorHtml, type: html },
  '/bench/blank.html': { body: '<!doctype html><title>blank</title>', type: html },
  [`/articles/${SCALE_SLUG}.json`]: { body: scaleJson, type: 'application/json' },
});
log(`serving ${DIR} and the floor at ${server.origin}`);

const bytes = await part('bytes', () => measureBytes(DIR, SLUG, floorHtml));
const composition =
  bytes && (await part('js composition', () => jsComposition(bytes.initialJs.paths)));
const lighthouse = options['skip-lighthouse']
  ? null
  : await part('lighthouse', async () => {
      // Imported only when used: Lighthouse and Playwright take seconds to load.
      const { runLighthouse } = await import('./lighthouse');
      const url = (path: string) => `${server.origin}${path}`;
      const pages = await runLighthouse(
        [
          { name: 'floor', url: url('/bench/floor.html') },
          { name: 'article', url: url(`/articles/${SLUG}`) },
          { name: 'section', url: url(`/articles/${SLUG}/${SECTION_ID}`) },
        ],
        options.runs,
        log,
      );
      const empty = pages.filter((page) => page.samples.length === 0).map((page) => page.name);
      if (empty.length > 0) throw new Error(`no successful run for ${empty.join(', ')}`);
      return pages;
    });
const scale = options['skip-scale']
  ? null
  : await part('scale', async () => {
      const { measureScale } = await import('./scale');
      return measureScale(server.origin, scaleStory.lastSectionTitle, options.runs, log);
    });
server.close();

const lighthouseJson = readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8');
const meta = {
  date: new Date().toISOString(),
  node: process.version,
  chromium: execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: 'pipe' }).trim(),
  lighthouse: (JSON.parse(lighthouseJson) as { version: string }).version,
  cpus: cpus().length,
  loadAverage: loadavg().map((load) => Number(load.toFixed(2))),
  runs: options.runs,
  built: !options['no-build'],
  seconds: Math.round((Date.now() - started) / 1000),
  partSeconds: seconds,
};
const targets = report.evaluateTargets({ lighthouse, bytes, scale });
const tables = [
  ...(lighthouse ? [report.lighthouseTable(lighthouse, options.runs, meta.lighthouse)] : []),
  ...(bytes ? [report.bytesTable(bytes)] : []),
  ...(composition ? [report.compositionTable(composition)] : []),
  ...(scale ? report.scaleTables(scale, sizeOf(scaleJson)) : []),
  report.targetsTable(targets),
];

const parts = Object.entries(seconds).map(([name, time]) => `${name} ${time} s`);
const machine = `${meta.cpus} CPUs, load average ${meta.loadAverage.join(' ')}`;
const output = [
  `\nThe reader vs the floor, ${meta.date}`,
  `${meta.chromium}; Node ${meta.node}; Lighthouse ${meta.lighthouse}; ${machine}`,
  `${meta.seconds} s: ${parts.join(', ')}\n`,
  tables.map(report.renderTable).join('\n\n'),
  ...(errors.length > 0 ? ['\nErrors:', ...errors.map((error) => `  ${error}`)] : []),
];
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
const outFile = join(ROOT, 'bench-results/bench.json');
const results = { lighthouse, bytes, jsComposition: composition, scale };
writeFileSync(outFile, `${JSON.stringify({ meta, tables, targets, errors, results }, null, 2)}\n`);
process.stdout.write(`${output.join('\n')}\n\nWrote ${outFile}\n`);
// A part that crashed makes the exit code 1; targets missed never do.
process.exit(errors.length > 0 ? 1 : 0);
