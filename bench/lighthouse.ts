import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium';
import { medians, type PageName } from './report';

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
 * One run with Lighthouse's defaults (mobile, simulated slow 4G, 4x CPU). Lighthouse clears the
 * origin's cache and storage first, so runs can share a browser.
 */
async function runOnce(url: string, port: number): Promise<Sample> {
  // onlyAudits gives the same score without the gatherers the score never uses; onlyCategories
  // would add the category's other audits back (the two are a union).
  const onlyAudits = Object.values(AUDITS);
  const options = { port, output: 'json', logLevel: 'error', onlyAudits } as const;
  const lhr = (await lighthouse(url, { ...options, disableFullPageScreenshot: true }))?.lhr;
  if (!lhr) throw new Error('Lighthouse returned no result');
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const audits = Object.entries(AUDITS).map(([key, id]) => [key, lhr.audits[id]?.numericValue]);
  const score = lhr.categories.performance?.score;
  return {
    ...(Object.fromEntries(audits) as Sample),
    score: typeof score === 'number' ? Math.round(score * 100) : null,
    benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
  };
}

/**
 * Runs every page `runs` times in Debian's Chromium, the pages taking turns within each round so
 * that the machine's noise falls on all of them alike.
 */
export async function runLighthouse(
  pages: { name: PageName; url: string }[],
  runs: number,
  log: (message: string) => void,
) {
  const results = pages.map((page) => ({
    ...page,
    samples: [] as Sample[],
    errors: [] as string[],
  }));
  const chromeFlags = [...CHROMIUM_ARGS, '--headless=new'];
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    for (let round = 1; round <= runs; round += 1) {
      for (const page of results) {
        try {
          chrome ??= await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags });
          const sample = await runOnce(page.url, chrome.port);
          page.samples.push(sample);
          log(
            `lighthouse ${round}/${runs} ${page.name}: score ${sample.score}, LCP ${Math.round(sample.lcpMs ?? NaN)} ms`,
          );
        } catch (error) {
          page.errors.push(String(error));
          log(`lighthouse ${round}/${runs} ${page.name} failed: ${String(error)}`);
          chrome?.kill(); // the next run starts from a fresh browser
          chrome = undefined;
        }
      }
    }
  } finally {
    chrome?.kill();
  }
  return results.map((page) => ({ ...page, median: medians(page.samples, KEYS) }));
}
