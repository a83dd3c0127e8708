import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  utimesSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import type { CardContent } from '../../../src/features/articles/model/shareCard';
import { pruneUnused, writeAtomically } from '../fileCache';
import { cardFonts } from './cardFonts';
import type { CardJob, CardResult } from './cardWorker';
import { renderCard } from './renderCard';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../..');
const DEFAULT_CACHE = join(ROOT, 'node_modules/.cache/reader-cards');
/** Cached cards no build has used for this long are deleted. */
const CACHE_DAYS = 30;
/** Below this many cards to draw, starting worker threads costs more than it saves. */
const WORKERS_FROM = 24;

const require = createRequire(import.meta.url);

let version: string | undefined;

/**
 * What a card's pixels depend on besides its content: this renderer's own source, the versions
 * of satori, resvg and sharp, and the font files. A change to any of them draws every card again.
 */
function rendererVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const file of readdirSync(HERE)
    .filter((name) => /\.tsx?$/.test(name))
    .sort()) {
    hash.update(file).update(readFileSync(join(HERE, file)));
  }
  for (const name of ['satori', '@resvg/resvg-js']) {
    const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as {
      version: string;
    };
    hash.update(`${name}@${manifest.version}`);
  }
  // sharp exports no package.json; it says its own version and its libraries'.
  hash.update(JSON.stringify(sharp.versions));
  for (const font of cardFonts()) hash.update(font.data);
  version = hash.digest('hex');
  return version;
}

/** The cache key of one card: its content (keys in a fixed order) and the renderer's version. */
function cardKey(content: CardContent): string {
  const canonical = JSON.stringify(content, Object.keys(content).sort());
  return createHash('sha256').update(rendererVersion()).update(canonical).digest('hex');
}

type Job = { key: string; content: CardContent; files: string[] };

/** Draws the jobs on `count` worker threads, each taking the next job when it is done. */
async function drawInWorkers(
  jobs: Job[],
  count: number,
  done: (job: Job, png: Uint8Array) => void,
): Promise<void> {
  // The worker is TypeScript, so it registers tsx's loader before it imports the worker module.
  // (Worker threads on Node 20 ignore `--import` in `execArgv`; tsx's ESM API sits beside the
  // CommonJS one that `require` resolves to.)
  const tsx = pathToFileURL(join(dirname(require.resolve('tsx/esm/api')), 'index.mjs')).href;
  const entry = new URL('./cardWorker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  const workers: Worker[] = [];
  let next = 0;
  const run = () =>
    new Promise<void>((settle, fail) => {
      const worker = new Worker(bootstrap, { eval: true });
      workers.push(worker);
      const send = () => {
        const id = next++;
        const job = jobs[id];
        if (job) worker.postMessage({ id, content: job.content } satisfies CardJob);
        else {
          settle();
          void worker.terminate();
        }
      };
      worker.on('message', (result: CardResult) => {
        const job = jobs[result.id];
        if (!job) return;
        if ('error' in result) {
          fail(new Error(`Drawing the share card ${job.files.join(', ')}: ${result.error}`));
          return;
        }
        done(job, result.png);
        send();
      });
      worker.on('error', fail);
      // Once all is drawn this does nothing: the promise is settled before `terminate`.
      worker.on('exit', (code) =>
        fail(new Error(`A share card worker stopped (exit code ${code})`)),
      );
      send();
    });
  try {
    await Promise.all(Array.from({ length: count }, run));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

export type DrawCardsOptions = {
  /** Where the cards go: each card's `file` is relative to it. */
  outDir: string;
  /** Drawn cards, by a hash of what they depend on (default node_modules/.cache/reader-cards). */
  cacheDir?: string;
  /** Worker threads to draw on (default: one per core, when there are enough cards to draw). */
  workers?: number;
};

/**
 * Writes a share card for each of `cards` into `outDir`, drawing only those whose content (or
 * the renderer, or its fonts) changed since a build last drew them; the rest come from the cache.
 */
export async function drawCards(
  cards: { file: string; content: CardContent }[],
  options: DrawCardsOptions,
): Promise<{ drawn: number; reused: number; ms: number }> {
  const started = performance.now();
  const outDir = resolve(options.outDir);
  const cacheDir = resolve(options.cacheDir ?? DEFAULT_CACHE);
  mkdirSync(cacheDir, { recursive: true });

  const jobs = new Map<string, Job>();
  for (const { file, content } of cards) {
    const target = resolve(outDir, file);
    const inside = relative(outDir, target);
    if (!inside || inside.startsWith('..') || isAbsolute(inside)) {
      throw new Error(`A share card must be written inside ${outDir}, not to "${file}"`);
    }
    const key = cardKey(content);
    const job = jobs.get(key) ?? { key, content, files: [] };
    job.files.push(target);
    jobs.set(key, job);
  }

  let drawn = 0;
  let reused = 0;
  const now = new Date();
  const toDraw: Job[] = [];
  for (const job of jobs.values()) {
    const cached = join(cacheDir, `${job.key}.png`);
    if (!existsSync(cached)) {
      toDraw.push(job);
      continue;
    }
    utimesSync(cached, now, now);
    for (const file of job.files) {
      mkdirSync(dirname(file), { recursive: true });
      copyFileSync(cached, file);
    }
    reused += job.files.length;
  }

  const done = (job: Job, png: Uint8Array) => {
    writeAtomically(join(cacheDir, `${job.key}.png`), png);
    for (const file of job.files) writeAtomically(file, png);
    drawn += 1;
    reused += job.files.length - 1;
  };
  const workers = Math.min(
    options.workers ?? (toDraw.length >= WORKERS_FROM ? availableParallelism() : 1),
    toDraw.length,
  );
  if (workers > 1) {
    await drawInWorkers(toDraw, workers, done);
  } else {
    for (const job of toDraw) done(job, await renderCard(job.content));
  }
  pruneUnused(cacheDir, CACHE_DAYS);
  return { drawn, reused, ms: Math.round(performance.now() - started) };
}
