import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium';
import { median } from './stats';

export type LighthouseSample = {
  score: number | null;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  speedIndexMs: number | null;
  /** Lighthouse's estimate of this machine's speed; lower is slower (a laptop is ~1000+) */
  benchmarkIndex: number | null;
};

export type LighthousePageResult = {
  name: string;
  url: string;
  samples: LighthouseSample[];
  errors: string[];
  median: LighthouseSample;
};

const RUN_TIMEOUT_MS = 150_000;
/** The audits weighted in Lighthouse 12's performance score. */
const SCORED_AUDITS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

function numeric(lhr: Result, auditId: string): number | null {
  const value = lhr.audits[auditId]?.numericValue;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A headless Chromium for Lighthouse to drive, with the flags this machine needs. */
export function launchChromeForLighthouse(): Promise<chromeLauncher.LaunchedChrome> {
  return chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    logLevel: 'silent',
  });
}

/**
 * One Lighthouse run with its defaults (mobile, simulated slow 4G, 4x CPU slowdown), performance
 * only. Lighthouse clears the origin's cache and storage before it loads the page, so runs can
 * share one browser.
 */
export async function runLighthouseOnce(url: string, port: number): Promise<LighthouseSample> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const flags: Flags = {
      port,
      output: 'json',
      logLevel: 'error',
      // Only the audits the performance score is made of: the same settings and the same score,
      // without the gatherers (coverage, source maps, back/forward cache) that it never uses.
      // (onlyCategories would add the category's other audits back: the two are a union.)
      onlyAudits: SCORED_AUDITS,
      disableFullPageScreenshot: true,
    };
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Lighthouse took over ${RUN_TIMEOUT_MS / 1000} s`)),
        RUN_TIMEOUT_MS,
      );
    });
    const result = await Promise.race([lighthouse(url, flags), timeout]);
    if (result === undefined) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError !== undefined) {
      throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    }
    const score = lhr.categories.performance?.score;
    return {
      score: typeof score === 'number' ? Math.round(score * 100) : null,
      fcpMs: numeric(lhr, 'first-contentful-paint'),
      lcpMs: numeric(lhr, 'largest-contentful-paint'),
      tbtMs: numeric(lhr, 'total-blocking-time'),
      cls: numeric(lhr, 'cumulative-layout-shift'),
      speedIndexMs: numeric(lhr, 'speed-index'),
      benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
    };
  } finally {
    clearTimeout(timer);
  }
}

function medianOf(samples: LighthouseSample[], key: keyof LighthouseSample) {
  return median(samples.flatMap((sample) => (sample[key] === null ? [] : [sample[key]])));
}

/**
 * Runs every page `runs` times, taking the pages in turn within each round, so that the
 * machine's noise falls on all of them alike rather than on whichever page ran last.
 */
export async function runLighthouseSuite(
  pages: readonly { name: string; url: string }[],
  runs: number,
  log: (message: string) => void,
  onChrome: (kill: () => void) => void,
): Promise<LighthousePageResult[]> {
  const results = pages.map((page) => ({
    ...page,
    samples: [] as LighthouseSample[],
    errors: [] as string[],
  }));
  let chrome: chromeLauncher.LaunchedChrome | null = null;
  const kill = () => {
    chrome?.kill();
    chrome = null;
  };
  onChrome(kill);
  for (let round = 1; round <= runs; round += 1) {
    for (const result of results) {
      const started = Date.now();
      try {
        chrome ??= await launchChromeForLighthouse();
        const sample = await runLighthouseOnce(result.url, chrome.port);
        result.samples.push(sample);
        log(
          `lighthouse ${round}/${runs} ${result.name}: score ${sample.score ?? '?'}, LCP ${Math.round(sample.lcpMs ?? NaN)} ms, TBT ${Math.round(sample.tbtMs ?? NaN)} ms (${((Date.now() - started) / 1000).toFixed(0)} s)`,
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        result.errors.push(message);
        log(`lighthouse ${round}/${runs} ${result.name}: failed: ${message}`);
        kill(); // the next run starts from a fresh browser
      }
    }
  }
  kill();
  return results.map((result) => ({
    ...result,
    median: {
      score: medianOf(result.samples, 'score'),
      fcpMs: medianOf(result.samples, 'fcpMs'),
      lcpMs: medianOf(result.samples, 'lcpMs'),
      tbtMs: medianOf(result.samples, 'tbtMs'),
      cls: medianOf(result.samples, 'cls'),
      speedIndexMs: medianOf(result.samples, 'speedIndexMs'),
      benchmarkIndex: medianOf(result.samples, 'benchmarkIndex'),
    },
  }));
}
