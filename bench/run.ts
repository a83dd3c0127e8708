/**
 * `npm run bench`: the reader against the floor (the same story as static HTML with no
 * JavaScript), measured side by side in one run so that ratios hold on a noisy machine.
 * Prints tables and writes them, with the raw numbers, to bench-results/bench.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/features/articles/model/parseArticle';
import { chromiumPath } from '../scripts/chromium';
import { parseArgs, USAGE, type BenchOptions } from './args';
import { measureBytes, sizeOf, type BytesReport } from './bytes';
import { renderFloorHtml } from './floor';
import { jsComposition, type JsShare } from './jsComposition';
import type { LighthousePageResult } from './lighthouse';
import {
  bytesTable,
  compositionTable,
  evaluateTargets,
  lighthouseTable,
  scaleTables,
  targetsTable,
  type PageRole,
} from './report';
import type { ScaleResult } from './scale';
import { buildValidScaleStory, SCALE_SLUG } from './scaleArticle';
import { startServer, type VirtualFile } from './server';
import { renderTable, type Table } from './table';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const OUT_DIR = join(ROOT, 'bench-results');
const SLUG = 'russia-ukraine-istanbul-ceasefire-talks';
const SECTION_ID = 'russian-demands-spark-frustration';
const FLOOR_PATH = '/bench/floor.html';
const SCALE_SIZE = { sections: 500, participants: 200, quotes: 100 };
const BUILD_TIMEOUT_MS = 5 * 60_000;
/** A hard stop, well past a normal run, so a hung browser can never keep the process alive. */
const WATCHDOG_MS = 30 * 60_000;

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/** Things to close, newest first, each at most once, whatever happened before. */
class Cleanup {
  private readonly closers: { name: string; close: () => Promise<void> | void }[] = [];
  private done: Promise<void> | null = null;

  add(name: string, close: () => Promise<void> | void) {
    this.closers.unshift({ name, close });
  }

  run(): Promise<void> {
    this.done ??= (async () => {
      for (const { name, close } of this.closers) {
        let timer: NodeJS.Timeout | undefined;
        try {
          await Promise.race([
            Promise.resolve().then(close),
            new Promise((resolve) => {
              timer = setTimeout(resolve, 10_000);
            }),
          ]);
        } catch (error) {
          log(`closing ${name} failed: ${String(error)}`);
        } finally {
          clearTimeout(timer);
        }
      }
    })();
    return this.done;
  }
}

function runBuild(): Promise<void> {
  log('building: scripts/build.ts (client, prerendered pages, service worker)');
  return new Promise((resolve, reject) => {
    // The build's own output goes to stderr, keeping stdout for the tables.
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/build.ts')],
      { cwd: ROOT, stdio: ['ignore', 2, 2] },
    );
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the build took over ${BUILD_TIMEOUT_MS / 1000} s`));
    }, BUILD_TIMEOUT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`the build failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

function versionOf(command: () => string): string {
  try {
    return command().trim();
  } catch {
    return 'unknown';
  }
}

async function bench(options: BenchOptions, cleanup: Cleanup): Promise<number> {
  const started = Date.now();
  const errors: string[] = [];
  const phaseSeconds: Record<string, number> = {};
  const phase = async <T>(name: string, work: () => Promise<T>): Promise<T | null> => {
    const phaseStarted = Date.now();
    try {
      return await work();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      errors.push(`${name}: ${message}`);
      log(`${name} failed: ${message}`);
      return null;
    } finally {
      phaseSeconds[name] = Math.round((Date.now() - phaseStarted) / 1000);
    }
  };

  if (options.build) {
    const buildStarted = Date.now();
    await runBuild();
    phaseSeconds.build = Math.round((Date.now() - buildStarted) / 1000);
  } else log('--no-build: reusing dist/');
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/index.html is missing: run without --no-build');

  const parsed = parseArticle(
    JSON.parse(await readFile(join(ROOT, 'public/articles', `${SLUG}.json`), 'utf8')),
  );
  if (!parsed.ok)
    throw new Error(
      `public/articles/${SLUG}.json fails the schema: ${JSON.stringify(parsed.problems)}`,
    );
  const floorHtml = renderFloorHtml(parsed.value);

  const virtualFiles = new Map<string, VirtualFile>([
    [FLOOR_PATH, { body: floorHtml, contentType: 'text/html; charset=utf-8' }],
    [
      '/bench/blank.html',
      { body: '<!doctype html><title>blank</title>', contentType: 'text/html; charset=utf-8' },
    ],
  ]);
  const scaleStory = options.scale
    ? await phase('scale story', async () => buildValidScaleStory(SCALE_SIZE))
    : null;
  const scaleJson = scaleStory === null ? null : Buffer.from(JSON.stringify(scaleStory.json));
  if (scaleJson !== null) {
    virtualFiles.set(`/articles/${SCALE_SLUG}.json`, {
      body: scaleJson,
      contentType: 'application/json; charset=utf-8',
    });
  }

  const server = await startServer({ root: DIST, virtualFiles });
  cleanup.add('server', server.close);
  log(`serving dist/ and the floor at ${server.origin}`);

  const bytes: BytesReport | null = await phase('bytes', () =>
    measureBytes({ dist: DIST, articleSlug: SLUG, floorHtml }),
  );
  const composition: JsShare[] | null =
    bytes === null
      ? null
      : await phase('js composition', () =>
          jsComposition(bytes.initialJs.files.map((file) => join(DIST, file.path))),
        );

  const pages: { name: PageRole; url: string }[] = [
    { name: 'floor', url: `${server.origin}${FLOOR_PATH}` },
    { name: 'article', url: `${server.origin}/articles/${SLUG}` },
    { name: 'section', url: `${server.origin}/articles/${SLUG}/${SECTION_ID}` },
  ];
  const lighthouse: LighthousePageResult[] | null = options.lighthouse
    ? await phase('lighthouse', async () => {
        // Loaded only when used: Lighthouse and Playwright take seconds to import.
        const { runLighthouseSuite } = await import('./lighthouse');
        const results = await runLighthouseSuite(pages, options.runs, log, (kill) =>
          cleanup.add('lighthouse chromium', kill),
        );
        const empty = results.filter((result) => result.samples.length === 0);
        if (empty.length > 0)
          throw new Error(`no successful run for ${empty.map((result) => result.name).join(', ')}`);
        return results;
      })
    : null;

  const scale: ScaleResult | null =
    scaleStory === null
      ? null
      : await phase('scale', async () => {
          const { measureScale } = await import('./scale');
          const result = await measureScale({
            origin: server.origin,
            path: `/articles/${SCALE_SLUG}`,
            jsonPath: `/articles/${SCALE_SLUG}.json`,
            lastSectionTitle: scaleStory.lastSectionTitle,
            sectionCount: SCALE_SIZE.sections,
            runs: options.runs,
            log,
            onBrowser: (close) => cleanup.add('playwright chromium', close),
          });
          if (result.samples.length === 0)
            throw new Error(`every load failed: ${result.errors.join('; ')}`);
          return result;
        });

  const lighthouseVersion = versionOf(
    () =>
      (
        JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as {
          version: string;
        }
      ).version,
  );
  const targets = evaluateTargets({ lighthouse, bytes, scale });
  const tables: Table[] = [
    ...(lighthouse === null ? [] : [lighthouseTable(lighthouse, options.runs, lighthouseVersion)]),
    ...(bytes === null ? [] : [bytesTable(bytes)]),
    ...(composition === null ? [] : [compositionTable(composition)]),
    ...(scale === null || scaleJson === null
      ? []
      : scaleTables(scale, sizeOf('scale', scaleJson), options.runs)),
    targetsTable(targets),
  ];
  const meta = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: versionOf(() =>
      execFileSync(chromiumPath(), ['--version'], {
        encoding: 'utf8',
        timeout: 20_000,
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    ),
    lighthouse: lighthouseVersion,
    cpus: cpus().length,
    loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
    runs: options.runs,
    built: options.build,
    seconds: Math.round((Date.now() - started) / 1000),
    phaseSeconds,
  };

  const phases = Object.entries(phaseSeconds).map(([name, seconds]) => `${name} ${seconds} s`);
  process.stdout.write(
    [
      '',
      `The reader vs the floor, ${meta.date}`,
      `${meta.chromium}; Node ${meta.node}; Lighthouse ${meta.lighthouse}; ${meta.cpus} CPUs, load average ${meta.loadAverage.join(' ')}`,
      `${meta.seconds} s: ${phases.join(', ')}`,
      '',
      '',
    ].join('\n'),
  );
  process.stdout.write(`${tables.map(renderTable).join('\n\n')}\n`);
  if (errors.length > 0)
    process.stdout.write(`\nErrors:\n${errors.map((error) => `  ${error}`).join('\n')}\n`);

  await mkdir(OUT_DIR, { recursive: true });
  const outFile = join(OUT_DIR, 'bench.json');
  await writeFile(
    outFile,
    `${JSON.stringify({ meta, tables, targets, errors, results: { lighthouse, bytes, jsComposition: composition, scale } }, null, 2)}\n`,
  );
  process.stdout.write(`\nWrote ${outFile}\n`);
  return errors.length > 0 ? 1 : 0;
}

async function main(): Promise<number> {
  let options: BenchOptions | 'help';
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const cleanup = new Cleanup();
  const stop = (signal: NodeJS.Signals) => {
    log(`${signal}: closing browsers and the server`);
    void cleanup.run().finally(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  setTimeout(() => {
    log(`still running after ${WATCHDOG_MS / 60_000} min: giving up`);
    void cleanup.run().finally(() => process.exit(3));
  }, WATCHDOG_MS).unref();

  try {
    return await bench(options, cleanup);
  } finally {
    await cleanup.run();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
