import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium';
import { log, medians, type PageName } from './report';

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

/** One run with Lighthouse's defaults (mobile, simulated slow 4G, 4x CPU), in a fresh browser. */
async function runOnce(url: URL): Promise<Sample> {
  const chromeFlags = [...CHROMIUM_ARGS, '--headless=new'];
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags });
  try {
    // onlyAudits gives the same score without the gatherers the score never uses; onlyCategories
    // would add the category's other audits back (the two are a union).
    const onlyAudits = Object.values(AUDITS);
    const options = { port: chrome.port, output: 'json', logLevel: 'error', onlyAudits } as const;
    const lhr = (await lighthouse(url.href, { ...options, disableFullPageScreenshot: true }))?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const audits = Object.entries(AUDITS).map(([key, id]) => [key, lhr.audits[id]?.numericValue]);
    const score = lhr.categories.performance?.score;
    return {
      ...(Object.fromEntries(audits) as Sample),
      score: typeof score === 'number' ? Math.round(score * 100) : null,
      benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
    };
  } finally {
    chrome.kill();
  }
}

/** Runs every page `runs` times, taking turns in each round so that noise falls on all alike. */
export async function runLighthouse(pages: { name: PageName; url: URL }[], runs: number) {
  type Runs = { samples: Sample[]; errors: string[] };
  const results = pages.map((page): typeof page & Runs => ({ ...page, samples: [], errors: [] }));
  for (let round = 1; round <= runs; round += 1) {
    for (const page of results) {
      const progress = `lighthouse ${round}/${runs} ${page.name}`;
      try {
        const sample = await runOnce(page.url);
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
