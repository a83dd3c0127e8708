import {
  chromium,
  type Browser,
  type CDPSession,
  type ElementHandle,
  type Locator,
  type Page,
} from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium';
import { pageProbeScript } from './pageProbe';
import { median } from './stats';

export const CPU_SLOWDOWN = 4;
/** Phone-sized, like Lighthouse's mobile preset. */
const VIEWPORT = { width: 412, height: 823 };
const RENDER_TIMEOUT_MS = 90_000;
const STEP_TIMEOUT_MS = 40_000;

type Kind = 'frame' | 'allExpanded' | 'allCollapsed' | 'flipped';
type LoadMark = 'requestedMs' | 'fetchedMs' | 'h1Ms' | 'renderedMs' | 'lcpMs';

/** Main-thread time by kind, from CDP Performance.getMetrics: wall time, with the 4x slowdown. */
export type CpuBreakdown = { scriptMs: number; styleMs: number; layoutMs: number; taskMs: number };

export type InteractionSample = {
  name: string;
  /** main-thread work between the click and the result, by kind */
  cpu: CpuBreakdown | null;
  /** click → end of the next frame (what a person waits to see something change) */
  clickToNextFrameMs: number | null;
  /** click → end of the first frame showing the whole result (e.g. every section open) */
  clickToDoneMs: number | null;
  /** the longest Event Timing entry of the click, or null if under the API's 16 ms floor */
  eventTimingMs: number | null;
  timedOut: boolean;
};

export type InteractionResult = {
  name: string;
  /** why it could not be measured, e.g. the control does not exist yet */
  unavailable: string | null;
  clickToNextFrameMs: number | null;
  clickToDoneMs: number | null;
  eventTimingMs: number | null;
  /** the larger of next-frame time and Event Timing: the interaction's latency */
  latencyMs: number | null;
  timedOut: boolean;
  cpu: CpuBreakdown | null;
};

export type ScaleLoadSample = {
  /** when the app asked for the story: its JS has downloaded and started */
  requestedMs: number | null;
  fetchedMs: number | null;
  h1Ms: number | null;
  renderedMs: number | null;
  lcpMs: number | null;
  /** main-thread work from navigation until the whole story was drawn */
  cpu: CpuBreakdown | null;
  toggleCount: number;
  interactions: (InteractionSample | { name: string; unavailable: string })[];
};

export type ScaleResult = {
  url: string;
  cpuSlowdown: number;
  samples: ScaleLoadSample[];
  errors: string[];
  median: Record<LoadMark, number | null> & { cpu: CpuBreakdown | null };
  toggleCount: number;
  interactions: InteractionResult[];
  /** the slowest measured interaction, by its median latency */
  slowest: { name: string; latencyMs: number } | null;
  /** time until every section is open after "Expand all", or null if there is no such button */
  expandAllMs: number | null;
};

type Step = {
  name: string;
  kind: Kind;
  locate: (page: Page) => Promise<{ target: Locator; index?: number } | string>;
};

const TOGGLES = 'h2 button[aria-expanded]';

async function toggleAt(page: Page, position: 'first' | 'middle') {
  const toggles = page.locator(TOGGLES);
  const count = await toggles.count();
  if (count === 0) return 'no section toggle (button with aria-expanded inside an h2)';
  const index = position === 'first' ? 0 : Math.floor(count / 2);
  return { target: toggles.nth(index), index };
}

async function namedButton(page: Page, name: RegExp) {
  const buttons = page.getByRole('button', { name });
  if ((await buttons.count()) === 0) return `no button named ${String(name)}`;
  const button = buttons.first();
  if (!(await button.isEnabled())) return `${String(name)} button is disabled`;
  return { target: button };
}

/**
 * What is clicked, in order: a handful, since each costs seconds at 500 sections with a slowed
 * CPU. The first toggle is clicked twice to time both directions.
 */
const steps: Step[] = [
  {
    name: 'click a paragraph (baseline)',
    kind: 'frame',
    locate: async (page) => ({ target: page.locator('article p:visible').first() }),
  },
  { name: 'toggle first section', kind: 'flipped', locate: (page) => toggleAt(page, 'first') },
  { name: 'toggle first section back', kind: 'flipped', locate: (page) => toggleAt(page, 'first') },
  { name: 'toggle middle section', kind: 'flipped', locate: (page) => toggleAt(page, 'middle') },
  {
    name: 'collapse all',
    kind: 'allCollapsed',
    locate: (page) => namedButton(page, /collapse all/i),
  },
  { name: 'expand all', kind: 'allExpanded', locate: (page) => namedButton(page, /expand all/i) },
];

async function cpuTotals(cdp: CDPSession): Promise<CpuBreakdown> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return {
    scriptMs: ms('ScriptDuration'),
    styleMs: ms('RecalcStyleDuration'),
    layoutMs: ms('LayoutDuration'),
    taskMs: ms('TaskDuration'),
  };
}

function cpuSince(before: CpuBreakdown, after: CpuBreakdown): CpuBreakdown {
  return {
    scriptMs: after.scriptMs - before.scriptMs,
    styleMs: after.styleMs - before.styleMs,
    layoutMs: after.layoutMs - before.layoutMs,
    taskMs: after.taskMs - before.taskMs,
  };
}

/**
 * The middle of the element when a click there would land on it (nothing drawn over it). Clicking
 * with the mouse at a known point keeps Playwright's own checks out of the timed window.
 */
async function clickPoint(handle: ElementHandle): Promise<{ x: number; y: number } | null> {
  const box = await handle.boundingBox();
  if (box === null) return null;
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const hits = await handle.evaluate(
    '(element, point) => { const hit = document.elementFromPoint(point.x, point.y); return hit !== null && (hit === element || element.contains(hit)); }',
    point,
  );
  return hits === true ? point : null;
}

async function measureStep(
  page: Page,
  cdp: CDPSession,
  step: Step,
): Promise<InteractionSample | { name: string; unavailable: string }> {
  // Finding, scrolling to and pointing at the control run at full speed: only the click is timed.
  await throttle(cdp, 1);
  const located = await step.locate(page);
  if (typeof located === 'string') return { name: step.name, unavailable: located };
  const handle = await located.target.elementHandle({ timeout: STEP_TIMEOUT_MS });
  try {
    await handle.scrollIntoViewIfNeeded({ timeout: STEP_TIMEOUT_MS });
    const point = await clickPoint(handle);
    // Hovering first keeps the hover's restyle out of the click's time.
    if (point !== null) await page.mouse.move(point.x, point.y);
    await settle(page);
    await throttle(cdp, CPU_SLOWDOWN);
    await page.evaluate(
      `window.__bench.arm(${JSON.stringify(step.kind)}, ${located.index ?? 'undefined'})`,
    );
    const before = await cpuTotals(cdp);
    if (point === null) await handle.click({ timeout: STEP_TIMEOUT_MS, noWaitAfter: true });
    else await page.mouse.click(point.x, point.y);
    await page.waitForFunction(
      'window.__bench.current && window.__bench.current.doneAt !== null',
      undefined,
      {
        timeout: STEP_TIMEOUT_MS,
        polling: 100,
      },
    );
    const cpu = cpuSince(before, await cpuTotals(cdp));
    await throttle(cdp, 1);
    await settle(page);
    const result = (await page.evaluate('window.__bench.result()')) as Omit<
      InteractionSample,
      'name' | 'cpu'
    > | null;
    if (result === null) throw new Error(`No measurement for "${step.name}"`);
    return { name: step.name, cpu, ...result };
  } finally {
    await handle.dispose();
  }
}

function throttle(cdp: CDPSession, rate: number) {
  return cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Two frames and a pause: lets Event Timing entries arrive and the page go quiet. */
function settle(page: Page) {
  return page.evaluate(
    'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 150))))',
  );
}

async function loadOnce(
  browser: Browser,
  origin: string,
  path: string,
  probe: string,
  jsonUrl: string,
): Promise<ScaleLoadSample> {
  // The probe is evaluated from strings, which the pages' CSP (rightly) forbids; it measures
  // speed, not policy.
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    bypassCSP: true,
  });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: probe });
    // Open the origin first and throttle its renderer, so the story's load is throttled too.
    await page.goto(`${origin}/bench/blank.html`);
    const cdp = await context.newCDPSession(page);
    await throttle(cdp, CPU_SLOWDOWN);
    await cdp.send('Performance.enable');
    const start = await cpuTotals(cdp);
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await page.waitForFunction(
      'window.__bench && window.__bench.marks.rendered !== undefined',
      undefined,
      {
        timeout: RENDER_TIMEOUT_MS,
        polling: 250,
      },
    );
    const loaded = (await page.evaluate(`(() => {
      const entry = performance.getEntriesByName(${JSON.stringify(jsonUrl)})[0];
      const b = window.__bench;
      return { requestedMs: entry ? entry.startTime : null, fetchedMs: entry ? entry.responseEnd : null, h1Ms: b.marks.h1 ?? null, renderedMs: b.marks.rendered ?? null, lcpMs: b.lcp };
    })()`)) as Pick<ScaleLoadSample, LoadMark>;
    const cpu = cpuSince(start, await cpuTotals(cdp));
    const toggleCount = await page.locator(TOGGLES).count();
    const interactions: ScaleLoadSample['interactions'] = [];
    for (const step of steps) interactions.push(await measureStep(page, cdp, step));
    return { ...loaded, cpu, toggleCount, interactions };
  } finally {
    await context.close();
  }
}

function medianCpu(samples: (CpuBreakdown | null)[]): CpuBreakdown | null {
  const present = samples.filter((sample): sample is CpuBreakdown => sample !== null);
  if (present.length === 0) return null;
  const of = (key: keyof CpuBreakdown) => median(present.map((sample) => sample[key])) ?? 0;
  return {
    scriptMs: of('scriptMs'),
    styleMs: of('styleMs'),
    layoutMs: of('layoutMs'),
    taskMs: of('taskMs'),
  };
}

function summarise(
  samples: ScaleLoadSample[],
): Pick<ScaleResult, 'interactions' | 'slowest' | 'expandAllMs'> {
  const interactions: InteractionResult[] = steps.map((step) => {
    const measured: InteractionSample[] = [];
    let unavailable: string | null = null;
    for (const sample of samples) {
      const found = sample.interactions.find((interaction) => interaction.name === step.name);
      if (found === undefined) continue;
      if ('unavailable' in found) unavailable = found.unavailable;
      else measured.push(found);
    }
    const pick = (key: 'clickToNextFrameMs' | 'clickToDoneMs') =>
      median(measured.flatMap((sample) => (sample[key] === null ? [] : [sample[key]])));
    const latency = median(
      measured.map((sample) => Math.max(sample.clickToNextFrameMs ?? 0, sample.eventTimingMs ?? 0)),
    );
    const cpu = medianCpu(measured.map((sample) => sample.cpu));
    const eventTimings = measured.flatMap((sample) =>
      sample.eventTimingMs === null ? [] : [sample.eventTimingMs],
    );
    return {
      name: step.name,
      unavailable: measured.length === 0 ? (unavailable ?? 'not measured') : null,
      clickToNextFrameMs: pick('clickToNextFrameMs'),
      clickToDoneMs: pick('clickToDoneMs'),
      // Entries under 16 ms are not reported at all; a median over the rest would overstate.
      eventTimingMs: eventTimings.length > measured.length / 2 ? median(eventTimings) : null,
      latencyMs: latency,
      timedOut: measured.some((sample) => sample.timedOut),
      cpu,
    };
  });
  const slowest = interactions.reduce<ScaleResult['slowest']>(
    (worst, interaction) =>
      interaction.latencyMs !== null && (worst === null || interaction.latencyMs > worst.latencyMs)
        ? { name: interaction.name, latencyMs: interaction.latencyMs }
        : worst,
    null,
  );
  const expandAll = interactions.find((interaction) => interaction.name === 'expand all');
  return { interactions, slowest, expandAllMs: expandAll?.clickToDoneMs ?? null };
}

/**
 * Loads the generated story `runs` times in Chromium with the CPU slowed 4x and times how long
 * it takes to appear and how long each control takes to respond.
 */
export async function measureScale(options: {
  origin: string;
  path: string;
  jsonPath: string;
  lastSectionTitle: string;
  sectionCount: number;
  runs: number;
  log: (message: string) => void;
  onBrowser: (close: () => Promise<void>) => void;
}): Promise<ScaleResult> {
  const probe = pageProbeScript({
    path: options.path,
    lastSectionTitle: options.lastSectionTitle,
    sectionCount: options.sectionCount,
  });
  const browser = await chromium.launch(chromiumLaunchOptions());
  options.onBrowser(() => browser.close());
  const samples: ScaleLoadSample[] = [];
  const errors: string[] = [];
  try {
    for (let round = 1; round <= options.runs; round += 1) {
      const started = Date.now();
      try {
        const sample = await loadOnce(
          browser,
          options.origin,
          options.path,
          probe,
          `${options.origin}${options.jsonPath}`,
        );
        samples.push(sample);
        const slowest = Math.max(
          0,
          ...sample.interactions.map((interaction) =>
            'unavailable' in interaction
              ? 0
              : Math.max(interaction.clickToNextFrameMs ?? 0, interaction.eventTimingMs ?? 0),
          ),
        );
        options.log(
          `scale ${round}/${options.runs}: rendered at ${Math.round(sample.renderedMs ?? NaN)} ms, ${sample.toggleCount} toggles, slowest interaction ${Math.round(slowest)} ms (${Math.round((Date.now() - started) / 1000)} s)`,
        );
      } catch (error) {
        const message =
          error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
        errors.push(message);
        options.log(`scale ${round}/${options.runs}: failed: ${message}`);
      }
    }
  } finally {
    await browser.close();
  }
  const pickLoad = (key: LoadMark) =>
    median(samples.flatMap((sample) => (sample[key] === null ? [] : [sample[key]])));
  return {
    url: `${options.origin}${options.path}`,
    cpuSlowdown: CPU_SLOWDOWN,
    samples,
    errors,
    median: {
      requestedMs: pickLoad('requestedMs'),
      fetchedMs: pickLoad('fetchedMs'),
      h1Ms: pickLoad('h1Ms'),
      renderedMs: pickLoad('renderedMs'),
      lcpMs: pickLoad('lcpMs'),
      cpu: medianCpu(samples.map((sample) => sample.cpu)),
    },
    toggleCount: samples[0]?.toggleCount ?? 0,
    ...summarise(samples),
  };
}
