import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium';
import { log, median, medians } from './report';

/** Phone-sized, like Lighthouse's mobile preset. */
const VIEWPORT = { width: 412, height: 823 };
const TIMEOUT = { timeout: 90_000 };
const TOGGLES = 'h2 button[aria-expanded]';
const PANEL_BUTTON = 'role=navigation[name="Story tools"] >> role=button[name=/participants/i]';
const PARTICIPANT = 'role=complementary[name="Participants"] >> button[aria-pressed]';
const PROBE = fileURLToPath(new URL('probe.js', import.meta.url));
/** Two frames and a pause: lets Event Timing entries arrive and the page go quiet. */
const SETTLE =
  'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150))))';

const LOAD_KEYS = ['htmlMs', 'renderedMs', 'lcpMs', 'hydratedMs'] as const;
const MARKS = `({ htmlMs: performance.getEntriesByType('navigation')[0].responseEnd, ...window.__bench.marks })`;
/** Main-thread time by kind, from CDP's Performance.getMetrics. */
const CPU = { script: 'ScriptDuration', style: 'RecalcStyleDuration', layout: 'LayoutDuration' };
type Cpu = Record<keyof typeof CPU, number>;
const CPU_KEYS = Object.keys(CPU) as (keyof Cpu)[];
const CLICK_KEYS = ['nextFrameMs', 'doneMs', 'eventTimingMs', 'latencyMs'] as const;
type Click = Record<(typeof CLICK_KEYS)[number], number | null> & { timedOut: boolean };
type Interaction = { name: string; unavailable?: string } & Partial<Click>;
type Marks = Record<(typeof LOAD_KEYS)[number], number | null>;
type Load = Awaited<ReturnType<typeof load>>;
export type ScaleResult = Awaited<ReturnType<typeof measureScale>>;

/**
 * What is clicked, in order, and the condition in probe.js that says its result is drawn. The
 * first toggle is clicked twice to time both ways; on a phone the participants are in a sheet.
 */
const steps = [
  { name: 'click a paragraph (baseline)', done: 'frame', selector: 'article p:visible' },
  { name: 'toggle first section', done: 'flipped', selector: TOGGLES },
  { name: 'toggle first section back', done: 'flipped', selector: TOGGLES },
  { name: 'toggle middle section', done: 'flipped', selector: TOGGLES, middle: true },
  { name: 'collapse all', done: 'collapsed', selector: 'role=button[name=/collapse all/i]' },
  { name: 'expand all', done: 'expanded', selector: 'role=button[name=/expand all/i]' },
  { name: 'open a panel on a phone', done: 'dialog', selector: PANEL_BUTTON },
  { name: 'choose a participant', done: 'flipped', selector: PARTICIPANT },
];

/** An error's first line: Playwright's messages go on with a log of what it tried. */
const line = (error: unknown) => String(error).split('\n')[0]!;
const throttle = (cdp: CDPSession, rate: number) =>
  cdp.send('Emulation.setCPUThrottlingRate', { rate });
/** Main-thread time by kind since `since`, as wall time (so slowed down with the CPU). */
async function cpuTime(cdp: CDPSession, since: Cpu = { script: 0, style: 0, layout: 0 }) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (key: keyof Cpu) =>
    (metrics.find(({ name }) => name === CPU[key])?.value ?? 0) * 1000 - since[key];
  return { script: ms('script'), style: ms('style'), layout: ms('layout') };
}

/** Clicks a step's control with the CPU slowed down, and times it until its result is drawn. */
async function click(
  page: Page,
  cdp: CDPSession,
  step: (typeof steps)[number],
  cpuSlowdown: number,
) {
  // Finding, scrolling to and pointing at the control run at full speed: only the click is timed.
  await throttle(cdp, 1);
  // A control that loads beside the text (the sheet's panels) may still be on its way.
  await page
    .locator(step.selector)
    .first()
    .waitFor({ state: 'attached', timeout: 10_000 })
    .catch(() => undefined);
  const count = await page.locator(step.selector).count();
  const target = page.locator(step.selector).nth(step.middle ? Math.floor(count / 2) : 0);
  if (count === 0) return { name: step.name, unavailable: 'no such control' };
  if (!(await target.isEnabled())) return { name: step.name, unavailable: 'control is disabled' };
  await target.scrollIntoViewIfNeeded(TIMEOUT);
  // The mouse, at a point known to hit the control, keeps Playwright's own checks out of the
  // timed window; hovering there first keeps the hover's restyle out of it too.
  const box = await target.boundingBox();
  const [x, y] = box ? [box.x + box.width / 2, box.y + box.height / 2] : [-1, -1];
  // A function, not a string: Playwright evaluates a string as an expression and never calls it.
  const hits = await target.evaluate(
    (element, [px, py]) => element.contains(document.elementFromPoint(px ?? -1, py ?? -1)),
    [x, y],
  );
  if (hits) await page.mouse.move(x, y);
  await page.evaluate(SETTLE);
  await throttle(cdp, cpuSlowdown);
  await page.evaluate(`window.__bench.arm(${JSON.stringify(step.done)})`);
  await (hits ? page.mouse.click(x, y) : target.click({ ...TIMEOUT, noWaitAfter: true }));
  await page.waitForFunction('window.__bench.current.doneAt !== undefined', undefined, TIMEOUT);
  await throttle(cdp, 1);
  await page.evaluate(SETTLE);
  const times = (await page.evaluate('window.__bench.result()')) as Click;
  // The latency is whichever is later: the next frame, or the browser's own Event Timing.
  const latencyMs = Math.max(times.nextFrameMs ?? 0, times.eventTimingMs ?? 0);
  return { name: step.name, ...times, latencyMs };
}

async function load(browser: Browser, url: URL, lastSectionId: string, cpuSlowdown: number) {
  // The timing code runs from strings, which the page's CSP rightly forbids.
  const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
  try {
    const page = await context.newPage();
    const config = { path: url.pathname, toggles: TOGGLES, lastSectionId };
    await page.addInitScript({ content: `window.__benchConfig = ${JSON.stringify(config)};` });
    await page.addInitScript({ path: PROBE });
    // Open the origin first and slow its renderer down, so that the story's load is slowed too.
    await page.goto(new URL('/bench/blank.html', url).href);
    const cdp = await context.newCDPSession(page);
    await throttle(cdp, cpuSlowdown);
    await cdp.send('Performance.enable');
    const before = await cpuTime(cdp);
    // A text fragment, as a search would, makes the reader draw the whole story (otherwise it
    // draws only what is near the reader): its interactions are timed with all 500 sections in
    // the page. The words are in no section, so the page stays where it opened.
    await page.goto(`${url.href}#:~:text=${encodeURIComponent('words in no section')}`);
    const loaded = 'window.__bench.marks.hydratedMs && window.__bench.marks.renderedMs';
    await page.waitForFunction(loaded, undefined, TIMEOUT);
    const cpu = await cpuTime(cdp, before);
    const marks = (await page.evaluate(MARKS)) as Marks;
    const toggleCount = await page.locator(TOGGLES).count();
    const interactions: Interaction[] = [];
    for (const step of steps) {
      // A step that fails is n/a, saying why; the rest still run.
      const failed = (e: unknown) => ({ name: step.name, unavailable: `failed: ${line(e)}` });
      interactions.push(await click(page, cdp, step, cpuSlowdown).catch(failed));
    }
    return { ...marks, ...cpu, toggleCount, interactions };
  } finally {
    await context.close();
  }
}

/** Loads the story at `url` `runs` times, CPU slowed down: the load's marks, each step's times. */
export async function measureScale(
  url: URL,
  lastSectionId: string,
  runs: number,
  cpuSlowdown: number,
) {
  const [loads, errors]: [Load[], string[]] = [[], []];
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (let round = 1; round <= runs; round += 1) {
    try {
      const loaded = await load(browser, url, lastSectionId, cpuSlowdown);
      loads.push(loaded);
      log(`scale ${round}/${runs}: hydrated at ${Math.round(loaded.hydratedMs ?? NaN)} ms`);
    } catch (error) {
      errors.push(line(error));
      log(`scale ${round}/${runs} failed: ${errors.at(-1)}`);
    }
  }
  await browser.close();
  if (loads.length === 0) throw new Error(`every load failed: ${errors.join('; ')}`);

  const interactions = steps.map(({ name }, index) => {
    const found = loads.map((load) => load.interactions[index]!);
    const measured = found.filter((i) => i.unavailable === undefined);
    const eventTimings = measured.flatMap((i) => i.eventTimingMs ?? []);
    return {
      name,
      unavailable: measured.length > 0 ? null : (found[0]?.unavailable ?? 'not measured'),
      ...medians(measured, CLICK_KEYS),
      // Entries under 16 ms are never reported, so a median over the rest would overstate.
      eventTimingMs: eventTimings.length > measured.length / 2 ? median(eventTimings) : null,
      timedOut: measured.some((i) => i.timedOut),
    };
  });
  const typical = medians(loads, [...LOAD_KEYS, ...CPU_KEYS]);
  return { cpuSlowdown, loads, errors, median: typical, interactions };
}
