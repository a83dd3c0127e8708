import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium';
import { median, medians } from './report';
import { SCALE_SIZE, SCALE_SLUG } from './scaleArticle';

const CPU_SLOWDOWN = 4;
/** Phone-sized, like Lighthouse's mobile preset. */
const VIEWPORT = { width: 412, height: 823 };
const TIMEOUT = { timeout: 90_000 };
const TOGGLES = 'h2 button[aria-expanded]';
const PROBE = fileURLToPath(new URL('probe.js', import.meta.url));
const PATH = `/articles/${SCALE_SLUG}`;
const HITS = '(element, [x, y]) => element.contains(document.elementFromPoint(x, y))';

const LOAD_KEYS = ['requestedMs', 'fetchedMs', 'h1Ms', 'renderedMs', 'lcpMs'] as const;
const CPU = {
  scriptMs: 'ScriptDuration',
  styleMs: 'RecalcStyleDuration',
  layoutMs: 'LayoutDuration',
};
type Cpu = Record<keyof typeof CPU, number>;
const CPU_KEYS = Object.keys(CPU) as (keyof Cpu)[];
const CLICK_KEYS = ['nextFrameMs', 'doneMs', 'eventTimingMs', 'latencyMs'] as const;
/** A click: its times from probe.js, latency = max(next frame, Event Timing), main-thread time. */
type Click = Cpu & Record<(typeof CLICK_KEYS)[number], number | null> & { timedOut: boolean };
type Interaction = { name: string; unavailable?: string } & Partial<Click>;
type Marks = Record<(typeof LOAD_KEYS)[number], number | null>;
type Load = Cpu & Marks & { toggleCount: number; interactions: Interaction[] };
export type ScaleResult = Awaited<ReturnType<typeof measureScale>>;

/**
 * What is clicked, in order (each costs seconds at 500 sections on a slowed CPU): a Playwright
 * selector, and the condition in probe.js that says the result is drawn. The first toggle is
 * clicked twice to time both ways. On a phone the participants are in a sheet.
 */
const steps = [
  { name: 'click a paragraph (baseline)', done: 'frame', selector: 'article p:visible' },
  { name: 'toggle first section', done: 'flipped', selector: TOGGLES },
  { name: 'toggle first section back', done: 'flipped', selector: TOGGLES },
  { name: 'toggle middle section', done: 'flipped', selector: TOGGLES, middle: true },
  { name: 'collapse all', done: 'collapsed', selector: 'role=button[name=/collapse all/i]' },
  { name: 'expand all', done: 'expanded', selector: 'role=button[name=/expand all/i]' },
  {
    name: 'open a panel on a phone',
    done: 'dialog',
    selector: 'role=navigation[name="Story tools"] >> role=button[name=/participants/i]',
  },
  {
    name: 'choose a participant',
    done: 'flipped',
    selector: 'role=complementary[name="Participants"] >> button[aria-pressed]',
  },
];

/** An error's first line: Playwright's messages go on with a log of what it tried. */
const line = (error: unknown) => String(error).split('\n')[0]!;
const throttle = (cdp: CDPSession, rate: number) =>
  cdp.send('Emulation.setCPUThrottlingRate', { rate });

/** Main-thread time by kind since `since` (wall time, so slowed down with the CPU). */
async function cpuTime(cdp: CDPSession, since?: Cpu): Promise<Cpu> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (key: keyof Cpu) =>
    (metrics.find(({ name }) => name === CPU[key])?.value ?? 0) * 1000 - (since?.[key] ?? 0);
  return { scriptMs: ms('scriptMs'), styleMs: ms('styleMs'), layoutMs: ms('layoutMs') };
}

/** Two frames and a pause: lets Event Timing entries arrive and the page go quiet. */
const settle = (page: Page) =>
  page.evaluate(
    'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150))))',
  );

async function click(
  page: Page,
  cdp: CDPSession,
  step: (typeof steps)[number],
): Promise<Interaction> {
  // Finding, scrolling to and pointing at the control run at full speed: only the click is timed.
  await throttle(cdp, 1);
  const count = await page.locator(step.selector).count();
  const target = page.locator(step.selector).nth(step.middle ? Math.floor(count / 2) : 0);
  if (count === 0) return { name: step.name, unavailable: 'no such control' };
  if (!(await target.isEnabled())) return { name: step.name, unavailable: 'control is disabled' };
  await target.scrollIntoViewIfNeeded(TIMEOUT);
  // The mouse, at a point known to hit the control, keeps Playwright's own checks out of the
  // timed window; hovering there first keeps the hover's restyle out of it too.
  const box = await target.boundingBox();
  const [x, y] = box ? [box.x + box.width / 2, box.y + box.height / 2] : [-1, -1];
  const hits = await target.evaluate(HITS, [x, y]);
  if (hits) await page.mouse.move(x, y);
  await settle(page);
  await throttle(cdp, CPU_SLOWDOWN);
  await page.evaluate(`window.__bench.arm(${JSON.stringify(step.done)})`);
  const before = await cpuTime(cdp);
  await (hits ? page.mouse.click(x, y) : target.click({ ...TIMEOUT, noWaitAfter: true }));
  await page.waitForFunction('window.__bench.current.doneAt !== undefined', undefined, TIMEOUT);
  const cpu = await cpuTime(cdp, before);
  await throttle(cdp, 1);
  await settle(page);
  const times = (await page.evaluate('window.__bench.result()')) as Click;
  const latencyMs = Math.max(times.nextFrameMs ?? 0, times.eventTimingMs ?? 0);
  return { name: step.name, ...times, ...cpu, latencyMs };
}

async function load(browser: Browser, origin: string, lastSectionTitle: string): Promise<Load> {
  // The timing code runs from strings, which the page's CSP rightly forbids; this measures
  // speed, not policy.
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    bypassCSP: true,
  });
  try {
    const page = await context.newPage();
    const config = {
      path: PATH,
      jsonPath: `${PATH}.json`,
      toggles: TOGGLES,
      lastSectionTitle,
      sectionCount: SCALE_SIZE.sections,
    };
    await page.addInitScript({ content: `window.__benchConfig = ${JSON.stringify(config)};` });
    await page.addInitScript({ path: PROBE });
    // Open the origin first and slow its renderer down, so that the story's load is slowed too.
    await page.goto(`${origin}/bench/blank.html`);
    const cdp = await context.newCDPSession(page);
    await throttle(cdp, CPU_SLOWDOWN);
    await cdp.send('Performance.enable');
    const start = await cpuTime(cdp);
    await page.goto(`${origin}${PATH}`);
    await page.waitForFunction('window.__bench.marks.rendered', undefined, TIMEOUT);
    const marks = (await page.evaluate('window.__bench.loadMarks()')) as Marks;
    const cpu = await cpuTime(cdp, start);
    const toggleCount = await page.locator(TOGGLES).count();
    const interactions: Interaction[] = [];
    for (const step of steps) {
      // A step that fails is n/a, saying why; the rest still run.
      const failed = (error: unknown) => ({
        name: step.name,
        unavailable: `failed: ${line(error)}`,
      });
      interactions.push(await click(page, cdp, step).catch(failed));
    }
    return { ...marks, ...cpu, toggleCount, interactions };
  } finally {
    await context.close();
  }
}

/**
 * Loads the generated story `runs` times in Chromium with the CPU slowed 4x: how long it takes
 * to appear, and how long each of `steps` takes to respond; medians over the loads.
 */
export async function measureScale(
  origin: string,
  lastSectionTitle: string,
  runs: number,
  log: (message: string) => void,
) {
  const loads: Load[] = [];
  const errors: string[] = [];
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (let round = 1; round <= runs; round += 1) {
      try {
        loads.push(await load(browser, origin, lastSectionTitle));
        log(`scale ${round}/${runs}: drawn at ${Math.round(loads.at(-1)!.renderedMs ?? NaN)} ms`);
      } catch (error) {
        errors.push(line(error));
        log(`scale ${round}/${runs} failed: ${errors.at(-1)}`);
      }
    }
  } finally {
    await browser.close();
  }
  if (loads.length === 0) throw new Error(`every load failed: ${errors.join('; ')}`);

  const interactions = steps.map(({ name }) => {
    const found = loads.flatMap((load) => load.interactions.filter((i) => i.name === name));
    const measured = found.filter((i) => i.unavailable === undefined);
    const eventTimings = measured.flatMap((i) => i.eventTimingMs ?? []);
    return {
      name,
      unavailable: measured.length > 0 ? null : (found[0]?.unavailable ?? 'not measured'),
      ...medians(measured, [...CLICK_KEYS, ...CPU_KEYS]),
      // Entries under 16 ms are never reported, so a median over the rest would overstate.
      eventTimingMs: eventTimings.length > measured.length / 2 ? median(eventTimings) : null,
      timedOut: measured.some((i) => i.timedOut),
    };
  });
  const [slowest] = interactions
    .filter((i) => i.latencyMs !== null)
    .sort((a, b) => b.latencyMs! - a.latencyMs!);
  return {
    cpuSlowdown: CPU_SLOWDOWN,
    runs,
    loads,
    errors,
    median: medians(loads, [...LOAD_KEYS, ...CPU_KEYS]),
    toggleCount: loads[0]!.toggleCount,
    interactions,
    slowest,
  };
}
