import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium';
import { cpuSlowdownFor, type Calibration } from './calibration';
import { log, median, medians, type PageName } from './report';

/** The audits Lighthouse 12's performance score is made of. */
const AUDITS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
};
const KEYS = ['fcpMs', 'lcpMs', 'tbtMs', 'cls', 'speedIndexMs', 'score', 'benchmarkIndex'] as const;
type Sample = Record<(typeof KEYS)[number], number | null>;
export type LighthousePage = Awaited<ReturnType<typeof runLighthouse>>[number];

/**
 * One run with Lighthouse's mobile defaults (simulated slow 4G) but the CPU slowed `cpuSlowdown`
 * times, in a fresh browser. `audits` defaults to those of the performance score.
 */
async function runOnce(url: URL, cpuSlowdown: number, audits = Object.values(AUDITS)) {
  const chromeFlags = [...CHROMIUM_ARGS, '--headless=new'];
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags });
  try {
    // onlyAudits gives the same score without the gatherers the score never uses; onlyCategories
    // would add the category's other audits back (the two are a union).
    const options = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyAudits: audits,
    } as const;
    // Merged into the mobile preset's throttling: only the CPU's multiplier changes.
    const throttling = { cpuSlowdownMultiplier: cpuSlowdown };
    const flags = { ...options, throttling, disableFullPageScreenshot: true } as const;
    const lhr = (await lighthouse(url.href, flags))?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    chrome.kill();
  }
}

/** One scored run of a page. */
async function sampleOnce(url: URL, cpuSlowdown: number): Promise<Sample> {
  const lhr = await runOnce(url, cpuSlowdown);
  const audits = Object.entries(AUDITS).map(([key, id]) => [key, lhr.audits[id]?.numericValue]);
  const score = lhr.categories.performance?.score;
  return {
    ...(Object.fromEntries(audits) as Sample),
    score: typeof score === 'number' ? Math.round(score * 100) : null,
    benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
  };
}

/**
 * The host's `benchmarkIndex` as Lighthouse measures it at the start of every run (unthrottled,
 * in the page), over `runs` short runs of a blank page, with the multiplier it calls for.
 */
export async function calibrate(blank: URL, runs: number): Promise<Calibration> {
  const samples: number[] = [];
  for (let round = 1; round <= runs; round += 1) {
    const lhr = await runOnce(blank, 1, [AUDITS.fcpMs]);
    const index = lhr.environment.benchmarkIndex;
    if (typeof index === 'number') samples.push(index);
    log(`calibration ${round}/${runs}: benchmarkIndex ${Math.round(index ?? NaN)}`);
  }
  const benchmarkIndex = median(samples);
  if (benchmarkIndex === null) throw new Error('Lighthouse reported no benchmarkIndex');
  return {
    cpuSlowdown: cpuSlowdownFor(benchmarkIndex),
    benchmarkIndex,
    samples,
    source: 'calibrated',
  };
}

/** Runs every page `runs` times, taking turns in each round so that noise falls on all alike. */
export async function runLighthouse(
  pages: { name: PageName; url: URL }[],
  runs: number,
  cpuSlowdown: number,
) {
  type Runs = { samples: Sample[]; errors: string[] };
  const results = pages.map((page): typeof page & Runs => ({ ...page, samples: [], errors: [] }));
  for (let round = 1; round <= runs; round += 1) {
    for (const page of results) {
      const progress = `lighthouse ${round}/${runs} ${page.name}`;
      try {
        const sample = await sampleOnce(page.url, cpuSlowdown);
        page.samples.push(sample);
        log(`${progress}: score ${sample.score}, LCP ${Math.round(sample.lcpMs ?? NaN)} ms`);
      } catch (error) {
        page.errors.push(String(error));
        log(`${progress} failed: ${String(error)}`);
      }
    }
  }
  return results.map((page) => ({ ...page, median: medians(page.samples, KEYS) }));
}
