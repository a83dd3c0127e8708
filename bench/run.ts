/**
 * `npm run bench`: the reader against the floor (the same story as static HTML, no JavaScript),
 * side by side in one run so that the ratios hold on a noisy machine. See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import sirv, { type Options } from 'sirv';
import { chromiumPath } from '../scripts/chromium';
import { paths } from '../src/lib/paths';
import { measureBytes, measureStoryFiles } from './bytes';
import { describeCalibration, type Calibration } from './calibration';
import { renderFloorHtml } from './floor';
import * as report from './report';
import { LONG_STORIES, roundId, writeWithLongStories } from '../scripts/articles/longArticles';

const USAGE =
  'Usage: npm run bench -- [--runs 1-25] [--cpu <slowdown, 1-20>] [--no-build] [--skip-lighthouse] [--skip-scale] [--skip-newsroom]; see bench/README.md';
/** Short Lighthouse runs of a blank page that measure the host's benchmarkIndex. */
const CALIBRATION_RUNS = 5;

const ROOT = resolve(import.meta.dirname, '..');
/** The bench's own copy of public/ (with the long stories) and build, never the developer's. */
const PUBLIC = join(ROOT, 'node_modules/.cache/reader-bench/public');
const DIR = join(ROOT, 'node_modules/.cache/reader-bench/dist');
const SLUG = 'russia-ukraine-istanbul-ceasefire-talks';
const SECTION_ID = 'russian-demands-spark-frustration';
const LONG = LONG_STORIES[0];
const LONG_SLUGS = LONG_STORIES.map((story) => story.slug);
const { log } = report;

/** The command line's options; on a mistake, the usage and exit code 2. */
function readOptions() {
  const flag = { type: 'boolean', default: false } as const;
  const options = {
    runs: { type: 'string', default: '3' },
    cpu: { type: 'string' },
    'no-build': flag,
    'skip-lighthouse': flag,
    'skip-scale': flag,
    'skip-newsroom': flag,
  } as const;
  try {
    const { values } = parseArgs({ options });
    const runs = Number(values.runs);
    const cpu = values.cpu === undefined ? undefined : Number(values.cpu);
    const cpuOk =
      cpu === undefined || (/^\d+(\.\d+)?$/.test(values.cpu ?? '') && cpu >= 1 && cpu <= 20);
    if (/^\d+$/.test(values.runs) && runs >= 1 && runs <= 25 && cpuOk)
      return { ...values, runs, cpu };
  } catch (error) {
    log((error as Error).message);
  }
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
const options = readOptions();

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
  log(`building public/ with the long stories added (${PUBLIC}) into ${DIR}`);
  const build = ['--import', 'tsx', 'scripts/build.ts', '--public', PUBLIC, '--outDir', DIR];
  await part('build', () => {
    writeWithLongStories(join(ROOT, 'public'), PUBLIC, LONG_STORIES);
    // The build's output goes to stderr, keeping stdout for the tables.
    execFileSync(process.execPath, build, { cwd: ROOT, stdio: ['ignore', 2, 2] });
  });
}
const built = [SLUG, ...LONG_SLUGS].every((slug) => existsSync(join(DIR, 'articles', slug)));
if (errors.length > 0 || !built) {
  log(`no build to measure in ${DIR}${options['no-build'] ? ': run without --no-build' : ''}`);
  process.exit(1);
}
const floorHtml = renderFloorHtml(join(ROOT, 'public/articles', `${SLUG}.json`));
mkdirSync(join(DIR, 'bench'), { recursive: true });
writeFileSync(join(DIR, 'bench/floor.html'), floorHtml);
writeFileSync(
  join(DIR, 'bench/blank.html'),
  '<!doctype html><title>blank</title><p>The bench calibrates here.</p>',
);
// Served like a static host: sirv sends a precompressed sibling (zlib's default level) of each
// text file, /assets/* (content-hashed) cached for a year and the rest with no-cache.
log('gzipping the build');
for (const name of readdirSync(DIR, { recursive: true, encoding: 'utf8' })) {
  if (/\.(html|js|css|json|svg|webmanifest)$/.test(name))
    writeFileSync(join(DIR, `${name}.gz`), gzipSync(readFileSync(join(DIR, name))));
}
const YEAR = 'public, max-age=31536000, immutable';
const setHeaders: Options['setHeaders'] = (response, path) =>
  response.setHeader('Cache-Control', path.startsWith('/assets/') ? YEAR : 'no-cache');
const server = createServer(sirv(DIR, { gzip: true, extensions: ['html'], setHeaders }));
await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const url = (path: string) => new URL(path, origin);
log(`serving ${DIR} at ${origin}`);

// Every CPU-bound figure is taken at the slowdown that makes this host the phone Lighthouse means.
const needsCpu = !options['skip-lighthouse'] || !options['skip-scale'];
const calibration: Calibration | null =
  options.cpu !== undefined
    ? { cpuSlowdown: options.cpu, benchmarkIndex: null, samples: [], source: '--cpu' }
    : needsCpu
      ? await part('calibration', async () => {
          const { calibrate } = await import('./lighthouse');
          return calibrate(url('/bench/blank.html'), CALIBRATION_RUNS);
        })
      : null;
if (calibration) log(describeCalibration(calibration));
const cpuSlowdown = calibration?.cpuSlowdown;

const bytes = await part('bytes', () => measureBytes(DIR, SLUG, floorHtml));
const long = await part('long articles', () => LONG_SLUGS.map((s) => measureStoryFiles(DIR, s)));
const lighthouse =
  options['skip-lighthouse'] || cpuSlowdown === undefined
    ? null
    : await part('lighthouse', async () => {
        // Imported only when used: Lighthouse and Playwright take seconds to load.
        const { runLighthouse } = await import('./lighthouse');
        const pages = await runLighthouse(
          [
            { name: 'floor', url: url('/bench/floor.html') },
            { name: 'article', url: url(paths.article(SLUG)) },
            { name: 'section', url: url(paths.section(SLUG, SECTION_ID)) },
            // Right to left, its dates written by Intl: the same targets as the English page.
            { name: 'arabic', url: url(paths.article(`${SLUG}-ar`)) },
            { name: 'long', url: url(paths.article(LONG.slug)) },
            { name: 'longSection', url: url(paths.section(LONG.slug, roundId(400))) },
          ],
          options.runs,
          cpuSlowdown,
        );
        const empty = pages.filter((page) => page.samples.length === 0).map((page) => page.name);
        if (empty.length > 0) throw new Error(`no successful run for ${empty.join(', ')}`);
        return pages;
      });
const scale =
  options['skip-scale'] || cpuSlowdown === undefined
    ? null
    : await part('scale', async () => {
        const { measureScale } = await import('./scale');
        const lastSection = roundId(LONG.sections);
        return measureScale(url(paths.article(LONG.slug)), lastSection, options.runs, cpuSlowdown);
      });
server.close();
// Builds of its own, CPU-bound, so after the browser parts and never beside them.
const newsroom = options['skip-newsroom']
  ? null
  : await part('newsroom', async () => {
      const { measureNewsroom } = await import('./newsroom');
      return measureNewsroom(ROOT, join(ROOT, 'node_modules/.cache/reader-bench/newsroom'));
    });

const lighthouseJson = readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8');
const meta = {
  date: new Date().toISOString(),
  node: process.version,
  chromium: execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: 'pipe' }).trim(),
  lighthouse: (JSON.parse(lighthouseJson) as { version: string }).version,
  cpus: cpus().length,
  loadAverage: loadavg().map((load) => Number(load.toFixed(2))),
  runs: options.runs,
  calibration,
  seconds: Math.round((Date.now() - started) / 1000),
  partSeconds: seconds,
};
// The long articles' share of the build cannot be told apart from the rest, so it has no target.
const buildTime = seconds.build === undefined ? 'not built in this run' : `${seconds.build} s`;
const buildNote = [`build (all pages, both long articles), wall time: ${buildTime}; no target`];
const targets = report.evaluateTargets({ lighthouse, bytes, scale, long, newsroom });
const cpuNote = calibration ? describeCalibration(calibration) : 'no CPU-bound part was measured';
const tables = [
  ...(lighthouse ? [report.lighthouseTable(lighthouse, options.runs, meta.lighthouse)] : []),
  ...(bytes ? [report.bytesTable(bytes), report.compositionTable(bytes.composition)] : []),
  ...(long ? [report.longTable(long, buildNote)] : []),
  ...(scale ? [report.scaleTable(scale)] : []),
  ...(newsroom ? [report.newsroomTable(newsroom)] : []),
  report.targetsTable(targets, buildNote),
].map((table) => ({ ...table, notes: [...(table.notes ?? []), cpuNote] }));

const parts = Object.entries(seconds).map(([name, time]) => `${name} ${time} s`);
const machine = `${meta.cpus} CPUs, load average ${meta.loadAverage.join(' ')}`;
const output = [
  `\nThe reader vs the floor, ${meta.date}`,
  `${meta.chromium}; Node ${meta.node}; Lighthouse ${meta.lighthouse}; ${machine}`,
  cpuNote,
  `${meta.seconds} s: ${parts.join(', ')}\n`,
  tables.map(report.renderTable).join('\n\n'),
  ...(errors.length > 0 ? ['\nErrors:', ...errors.map((error) => `  ${error}`)] : []),
];
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
const outFile = join(ROOT, 'bench-results/bench.json');
const results = { lighthouse, bytes, long, scale, newsroom };
writeFileSync(outFile, `${JSON.stringify({ meta, tables, targets, errors, results }, null, 2)}\n`);
process.stdout.write(`${output.join('\n')}\n\nWrote ${outFile}\n`);
// A part that crashed makes the exit code 1; targets missed never do.
process.exit(errors.length > 0 ? 1 : 0);
