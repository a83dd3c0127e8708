import type { Bytes, JsShare, Size } from './bytes';
import type { LighthousePage } from './lighthouse';
import type { ScaleResult } from './scale';

/** A printed table; bench.json stores the same, so the file and the terminal agree. */
export type Table = { title: string; columns: string[]; rows: string[][]; notes?: string[] };
/** A goal beside what was measured: `meets` is null when it could not be measured. */
export type Target = { name: string; measured: string; target: string; meets: boolean | null };
export type PageName = 'floor' | 'article' | 'section';

const PAGES = {
  floor: 'floor (static HTML, no JS)',
  article: 'article page',
  section: 'section deep link',
};
const NA = 'n/a';
type Value = number | null | undefined;
/** A formatter that shows a missing value as n/a. */
type Show = (value: Value) => string;
const format =
  (show: (value: number) => string): Show =>
  (value) =>
    value == null ? NA : show(value);
const ms = format((v) => `${Math.round(v)} ms`);
const times = format((v) => `${v.toFixed(2)}x`);
const kib = format((v) => `${(v / 1024).toFixed(1)} KiB`);
const whole = format((v) => v.toFixed(0));
const cls = format((v) => v.toFixed(5));
const ratio = (a: Value, b: Value) => (a == null || !b ? null : a / b);

/** The middle value, or the mean of the middle two; null when there are no numbers. */
export function median(values: readonly Value[]): number | null {
  const sorted = values.filter((v): v is number => Number.isFinite(v)).sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length === 0
    ? null
    : (sorted[Math.ceil(middle) - 1]! + sorted[Math.floor(middle)]!) / 2;
}

/** The median of each named field over the samples. */
export function medians<K extends string>(
  samples: readonly { [key in K]?: Value }[],
  keys: readonly K[],
) {
  const entries = keys.map((key) => [key, median(samples.map((sample) => sample[key]))]);
  return Object.fromEntries(entries) as Record<K, number | null>;
}

export function lighthouseTable(pages: LighthousePage[], runs: number, version: string): Table {
  const floor = pages.find((page) => page.name === 'floor')?.median;
  const columns: [string, (page: LighthousePage, m: LighthousePage['median']) => string][] = [
    ['page', (page) => PAGES[page.name]],
    ['score', (_, m) => whole(m.score)],
    ['FCP', (_, m) => ms(m.fcpMs)],
    ['LCP', (_, m) => ms(m.lcpMs)],
    ['TBT', (_, m) => ms(m.tbtMs)],
    ['CLS', (_, m) => cls(m.cls)],
    ['Speed Index', (_, m) => ms(m.speedIndexMs)],
    ['FCP ÷ floor', (_, m) => times(ratio(m.fcpMs, floor?.fcpMs))],
    ['LCP ÷ floor', (_, m) => times(ratio(m.lcpMs, floor?.lcpMs))],
    ['benchmarkIndex', (_, m) => whole(m.benchmarkIndex)],
    ['runs ok', (page) => `${page.samples.length}/${runs}`],
  ];
  return {
    title: `Lighthouse ${version} mobile defaults (simulated slow 4G, 4x CPU), median of ${runs} run(s) per page`,
    columns: columns.map(([name]) => name),
    rows: pages.map((page) => columns.map(([, cell]) => cell(page, page.median))),
    notes: [
      ...pages.flatMap((page) => page.errors.map((error) => `failed run, ${page.name}: ${error}`)),
      "benchmarkIndex is Lighthouse's measure of this machine's speed (a typical laptop is ~1500+); the floor's own TBT shows the machine's noise.",
    ],
  };
}

export function bytesTable(bytes: Bytes): Table {
  const row = (label: string, size: Size, againstFloor = false) => {
    const floor = againstFloor ? times(ratio(size.gzip, bytes.floor.gzip)) : '';
    return [label, kib(size.raw), kib(size.gzip), floor];
  };
  const { initialJs, initialCss, allJs, allCss } = bytes;
  return {
    title: 'Bytes shipped (gzip at zlib default level, as served)',
    columns: ['what', 'raw', 'gzip', 'gzip ÷ floor'],
    rows: [
      row('floor page (HTML with inline CSS)', bytes.floor, true),
      row('reader story page (prerendered HTML)', bytes.document),
      row(`reader initial JS (${initialJs.files} file(s) from the page)`, initialJs, true),
      row(`reader initial CSS (${initialCss.files} file(s))`, initialCss),
      row('story JSON (embedded in the page; fetched on in-app navigation)', bytes.storyJson),
      row('reader first load total (HTML with data + JS + CSS)', bytes.total, true),
      row(`all JS in assets/ (${allJs.files} file(s))`, allJs),
      row(`all CSS in assets/ (${allCss.files} file(s))`, allCss),
    ],
  };
}

export function compositionTable(shares: JsShare[]): Table {
  const sum = (of: JsShare[], key: 'raw' | 'gzipAlone') => of.reduce((all, s) => all + s[key], 0);
  const [shown, rest] = [shares.slice(0, 9), shares.slice(9)];
  if (rest.length > 0)
    shown.push({
      owner: `${rest.length} others`,
      raw: sum(rest, 'raw'),
      gzipAlone: sum(rest, 'gzipAlone'),
    });
  return {
    title: 'What the initial JS is made of (from its source map)',
    columns: ['package', 'raw', '≈gzip alone', 'share of raw'],
    rows: shown.map(({ owner, raw, gzipAlone }) => {
      const share = `${((raw / sum(shares, 'raw')) * 100).toFixed(1)}%`;
      return [owner, kib(raw), kib(gzipAlone), share];
    }),
  };
}

const cpu = (m: Record<'scriptMs' | 'styleMs' | 'layoutMs', number | null>) =>
  `script ${whole(m.scriptMs)}, style ${whole(m.styleMs)}, layout ${whole(m.layoutMs)} ms`;

export function scaleTables(scale: ScaleResult, json: Size): Table[] {
  const m = scale.median;
  const expandAll = scale.interactions.find((interaction) => interaction.name === 'expand all');
  const load: Table = {
    title: `Scale: 500 sections, 200 participants, 100 quotes; Chromium CPU ${scale.cpuSlowdown}x slower, median of ${scale.loads.length}/${scale.runs} load(s)`,
    columns: ['measure', 'value'],
    rows: [
      ['story JSON', `${kib(json.raw)} raw, ${kib(json.gzip)} gzip`],
      ['navigation → app requests the story (JS loaded and run)', ms(m.requestedMs)],
      ['navigation → story JSON received', ms(m.fetchedMs)],
      ['navigation → headline (h1) in DOM', ms(m.h1Ms)],
      ['navigation → 500th section heading drawn', ms(m.renderedMs)],
      ['largest contentful paint', ms(m.lcpMs)],
      ['main-thread time until drawn, by kind', cpu(m)],
      ['section toggles found (h2 button[aria-expanded])', String(scale.toggleCount)],
      ['Expand all → every section open and drawn', ms(expandAll?.doneMs)],
    ],
    notes: [
      'main-thread time at 4x: ScriptDuration, RecalcStyleDuration and LayoutDuration from CDP Performance.getMetrics; for a click, from the click until its result was seen (so it can include work just after that frame)',
      ...scale.errors.map((error) => `failed load: ${error}`),
    ],
  };
  const interactions: Table = {
    title:
      'Scale: interactions at 4x (click → next frame; → whole result drawn; Event Timing when ≥ 16 ms)',
    columns: ['interaction', 'next frame', 'done', 'Event Timing', 'latency', 'main-thread time'],
    rows: scale.interactions.map((i) =>
      i.unavailable !== null
        ? [i.name, NA, NA, NA, NA, i.unavailable]
        : [
            i.name,
            ms(i.nextFrameMs),
            `${ms(i.doneMs)}${i.timedOut ? ' (timed out)' : ''}`,
            i.eventTimingMs === null ? '< 16 ms' : ms(i.eventTimingMs),
            ms(i.latencyMs),
            cpu(i),
          ],
    ),
    notes: [
      'latency = max(next frame, Event Timing) per load, then the median over loads',
      `slowest interaction: ${scale.slowest ? `${scale.slowest.name}, ${ms(scale.slowest.latencyMs)}` : NA}`,
    ],
  };
  return [load, interactions];
}

/** A target: met when `value op limit` holds, unknown when there is no value. */
function target(name: string, value: Value, op: '<' | '≤' | '≥', limit: number, show: Show) {
  const meets =
    value == null ? null : { '<': value < limit, '≤': value <= limit, '≥': value >= limit }[op];
  return { name, measured: show(value), target: `${op} ${show(limit)}`, meets };
}

/**
 * The goals, printed beside what was measured and never asserted (the bench reports, people
 * decide). One line each: a target added here shows in the table and in bench.json.
 */
export function evaluateTargets(results: {
  lighthouse: LighthousePage[] | null;
  bytes: Bytes | null;
  scale: ScaleResult | null;
}): Target[] {
  const median = (name: PageName) => results.lighthouse?.find((p) => p.name === name)?.median;
  const floor = median('floor');
  const slowest = results.scale?.slowest;
  const slowestName = `scale story: slowest interaction (${slowest?.name ?? NA})`;
  return [
    ...(['article', 'section'] as const).flatMap((name) => {
      const [m, page] = [median(name), PAGES[name]];
      return [
        target(`${page}: LCP ÷ floor`, ratio(m?.lcpMs, floor?.lcpMs), '≤', 1.1, times),
        target(`${page}: Lighthouse score`, m?.score, '≥', 100, whole),
        // Five digits, so that a tiny shift does not read as 0 next to "misses".
        target(`${page}: CLS`, m?.cls, '≤', 0, cls),
        target(`${page}: TBT`, m?.tbtMs, '<', 50, ms),
      ];
    }),
    target('reader: initial JS gzip', results.bytes?.initialJs.gzip, '<', 110 * 1024, kib),
    target(slowestName, slowest?.latencyMs, '<', 100, ms),
  ];
}

export function targetsTable(targets: Target[]): Table {
  const status = (meets: boolean | null) => (meets === null ? NA : meets ? 'meets' : 'misses');
  return {
    title: 'Targets (reported, not asserted)',
    columns: ['target', 'measured', 'goal', 'status'],
    rows: targets.map((t) => [t.name, t.measured, t.target, status(t.meets)]),
  };
}

/** Text columns align left, numbers (and n/a among them) right. */
export function renderTable({ title, columns, rows, notes = [] }: Table): string {
  const widths = columns.map((column, i) =>
    Math.max(column.length, ...rows.map((row) => row[i]!.length)),
  );
  const numeric = columns.map((_, i) => i > 0 && rows.some((row) => /^[\d<>≤~.-]/.test(row[i]!)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const lines = [
    title,
    line(columns),
    rule,
    ...rows.map(line),
    ...notes.map((note) => `  ${note}`),
  ];
  return lines.join('\n');
}
