import { total, type Bytes, type StoryFiles } from './bytes';
import type { LighthousePage } from './lighthouse';
import type { NewsroomBuild, NewsroomResult } from './newsroom';
import type { ScaleResult } from './scale';

/** A printed table; bench.json stores the same, so the file and the terminal agree. */
export type Table = { title: string; columns: string[]; rows: string[][]; notes?: string[] };

/** Progress goes to stderr, keeping stdout for the tables. */
export const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

const PAGES = {
  floor: 'floor (static HTML, no JS)',
  article: 'article page',
  section: 'section deep link',
  arabic: 'Arabic story page (right to left)',
  long: 'long story page (500 sections)',
  longSection: 'long story: deep link to round 400',
};
export type PageName = keyof typeof PAGES;
const NA = 'n/a';
type Value = number | null | undefined;
/** A formatter that shows a missing value as n/a. */
type Show = (value: Value) => string;
function format(show: (value: number) => string): Show {
  return (value) => (value == null ? NA : show(value));
}
const ms = format((v) => `${Math.round(v)} ms`);
const times = format((v) => `${v.toFixed(2)}x`);
const kib = format((v) => `${(v / 1024).toFixed(1)} KiB`);
const mb = format((v) => `${(v / 1e6).toFixed(1)} MB`);
const whole = format((v) => v.toFixed(0));
const cls = format((v) => v.toFixed(5));
const ratio = (a: Value, b: Value) => (a == null || !b ? null : a / b);

/** The middle value, or the mean of the middle two; null when there are no numbers. */
export function median(values: readonly Value[]): number | null {
  const sorted = values.filter((v): v is number => Number.isFinite(v)).sort((a, b) => a - b);
  const half = sorted.length / 2;
  return half === 0 ? null : (sorted[Math.ceil(half) - 1]! + sorted[Math.floor(half)]!) / 2;
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
    title: `Lighthouse ${version} mobile (simulated slow 4G, CPU slowed as calibrated below), median of ${runs} run(s) per page`,
    columns: columns.map(([name]) => name),
    rows: pages.map((page) => columns.map(([, cell]) => cell(page, page.median))),
    notes: [
      ...pages.flatMap((page) => page.errors.map((error) => `failed run, ${page.name}: ${error}`)),
      "benchmarkIndex is Lighthouse's measure of this machine's speed in each run (the calibration's is the median of its own runs); the floor's own TBT shows the machine's noise.",
    ],
  };
}

export function bytesTable(bytes: Bytes): Table {
  const row = (label: string, size: { raw: number; gzip: number }, againstFloor = false) => {
    const floor = againstFloor ? times(ratio(size.gzip, bytes.floor.gzip)) : '';
    return [label, kib(size.raw), kib(size.gzip), floor];
  };
  const { initialJs, initialCss } = bytes;
  return {
    title: 'Bytes shipped (gzip at zlib default level, as served)',
    columns: ['what', 'raw', 'gzip', 'gzip ÷ floor'],
    rows: [
      row('floor page (HTML with inline CSS)', bytes.floor, true),
      row('reader story page (prerendered HTML)', bytes.document),
      row(`reader initial JS (${initialJs.files} file(s) the page loads)`, initialJs, true),
      row(`reader CSS files (${initialCss.files}; inline styles count in the page)`, initialCss),
      row('story JSON (embedded in the page; fetched on in-app navigation)', bytes.storyJson),
      row('reader first load total (HTML with data + JS + CSS)', bytes.total, true),
    ],
  };
}

export function compositionTable(shares: Bytes['composition']): Table {
  const share = (raw: number) => `${((raw / total(shares).raw) * 100).toFixed(1)}%`;
  return {
    title: 'What the initial JS is made of (from its source map)',
    columns: ['package', 'raw', '≈gzip alone', 'share of raw'],
    rows: shares.map(({ owner, raw, gzip }) => [owner, kib(raw), kib(gzip), share(raw)]),
  };
}

/** The generated stories, largest first, against each other. */
export function longTable([large, small]: StoryFiles[], notes: string[]): Table {
  const row = (label: string, key: Exclude<keyof StoryFiles, 'slug'>, show: Show) => {
    const [a, b] = [large?.[key], small?.[key]];
    return [label, show(a), show(b), times(ratio(a, b))];
  };
  return {
    title: 'Long articles: what the generated stories cost to build and serve',
    columns: ['measure', large?.slug ?? NA, small?.slug ?? NA, '500 ÷ 250'],
    rows: [
      row('prerendered pages (articles/<slug>/**/*.html, raw)', 'pageBytes', mb),
      row('number of prerendered pages', 'pages', whole),
      row('share cards (articles/<slug>/**/card.png)', 'cardBytes', mb),
      row('all its files (pages, cards)', 'bytes', mb),
      row('story page HTML, gzip', 'pageGzip', kib),
      row('story JSON, gzip', 'jsonGzip', kib),
    ],
    notes,
  };
}

/** The load and the clicks on the long story, in one table. */
export function scaleTable(scale: ScaleResult): Table {
  const { loads, errors, median: m } = scale;
  const load = (label: string, value: Value) => [`load: ${label}`, ms(value), '', '', ''];
  return {
    title: `Scale: the prerendered 500-section story, 412 px wide, CPU ${scale.cpuSlowdown}x slower; median of ${loads.length}/${loads.length + errors.length} load(s)`,
    columns: ['step', 'time', 'next frame', 'result drawn', 'Event Timing'],
    rows: [
      load('HTML received', m.htmlMs),
      load('last section heading drawn', m.renderedMs),
      load('largest contentful paint', m.lcpMs),
      load('hydrated (last section toggle)', m.hydratedMs),
      // A click that could not be measured has no times, and says why instead of Event Timing.
      ...scale.interactions.map((i) => [
        i.name,
        ms(i.latencyMs),
        ms(i.nextFrameMs),
        `${ms(i.doneMs)}${i.timedOut ? ' (timed out)' : ''}`,
        i.unavailable ?? (i.eventTimingMs === null ? '< 16 ms' : ms(i.eventTimingMs)),
      ]),
    ],
    notes: [
      'time: for the load, since navigation; for a click, its latency = max(next frame, Event Timing), per load, then the median',
      `main-thread time until hydrated (CDP Performance.getMetrics): script ${whole(m.script)}, style ${whole(m.style)}, layout ${whole(m.layout)} ms; ${loads[0]?.toggleCount} section toggles`,
      ...errors.map((error) => `failed load: ${error}`),
    ],
  };
}

/** The packages the user chose for the stack, whose weight is decided, not ours to cut. */
const STACK =
  /^(react|react-dom|scheduler|react-router|@tanstack\/query-core|@tanstack\/react-query|cookie|set-cookie-parser)$/;

/** Initial JS (gzip) that is not the stack's libraries, by each owner's share of the raw bytes. */
function beyondStack(bytes: Bytes | null): number | null {
  if (!bytes) return null;
  const { composition, initialJs } = bytes;
  const all = total(composition).raw;
  const ours = total(composition.filter(({ owner }) => !STACK.test(owner))).raw;
  return all === 0 ? null : (initialJs.gzip * ours) / all;
}

const seconds = format((v) => `${(v / 1000).toFixed(1)} s`);
/** A build whose cost per page grows by no more than this from the smaller newsroom is linear. */
const LINEAR = 1.25;
const REBUILD_MS = 30_000;

function newsroomTargets(newsroom: NewsroomResult | null) {
  const { small, full, rebuild } = newsroom ?? {};
  return [
    target(
      `newsroom: full build, cost per page ${full?.stories ?? NA} ÷ ${small?.stories ?? NA} stories (linear)`,
      ratio(full?.perPageMs, small?.perPageMs),
      '≤',
      LINEAR,
      times,
    ),
    target(
      `newsroom: rebuild after one story changed (${full?.stories ?? NA} stories)`,
      rebuild?.wallMs,
      '≤',
      REBUILD_MS,
      seconds,
    ),
  ];
}

/**
 * The newsroom's builds side by side: the full build from empty caches and the rebuild after
 * one story's text changed, each against its target; the smaller newsroom's full build beside
 * them, as the base the full build's cost per page is compared with.
 */
export function newsroomTable(newsroom: NewsroomResult): Table {
  const { small, full, rebuild } = newsroom;
  const builds = [full, rebuild, small];
  const row = (label: string, cell: (build: NewsroomBuild) => string) => [
    label,
    ...builds.map(cell),
  ];
  const [linear, rebuildTarget] = newsroomTargets(newsroom);
  const status = (meets: boolean | null | undefined) =>
    meets == null ? NA : meets ? 'meets' : 'misses';
  return {
    title: `Newsroom: ${full.stories} generated stories of ordinary length, built from empty caches, then again after one story's text changed`,
    columns: [
      'measure',
      'full build',
      'rebuild, one story changed',
      `full build, ${small.stories} stories`,
    ],
    rows: [
      row('stories', (b) => whole(b.stories)),
      row('prerendered pages: drawn / copied', (b) => `${b.pages.rendered} / ${b.pages.reused}`),
      row('share cards: drawn / copied', (b) => `${b.cards.drawn} / ${b.cards.reused}`),
      row('client and server bundles', (b) => seconds(b.bundlesMs)),
      row('prerendering', (b) => seconds(b.pages.ms)),
      row('share cards', (b) => seconds(b.cards.ms)),
      row('wall time', (b) => seconds(b.wallMs)),
      row('cost per page (prerendering and cards ÷ pages)', (b) => `${b.perPageMs.toFixed(1)} ms`),
      [
        'target',
        `per page ≤ ${LINEAR}× the ${small.stories}-story build's: ${linear?.measured ?? NA}`,
        `${rebuildTarget?.target ?? NA}`,
        '',
      ],
      ['status', status(linear?.meets), status(rebuildTarget?.meets), ''],
    ],
    notes: [
      `the rebuild changed one paragraph of story ${newsroom.changed}: it should draw that story's pages and cards again, and copy the rest from the caches`,
      "wall time includes the build's fixed costs (the client and server bundles, reading every story), which the cost per page leaves out",
    ],
  };
}

/** A goal beside what was measured: `meets` is null when it could not be measured. */
function target(name: string, value: Value, op: '≤' | '≥', limit: number, show: Show) {
  const meets = value == null ? null : op === '≤' ? value <= limit : value >= limit;
  return { name, measured: show(value), target: `${op} ${show(limit)}`, meets };
}

/** The goals, one line each, printed beside what was measured and never asserted. */
export function evaluateTargets(results: {
  lighthouse: LighthousePage[] | null;
  bytes: Bytes | null;
  scale: ScaleResult | null;
  long: StoryFiles[] | null;
  newsroom: NewsroomResult | null;
}) {
  const lh = (name: PageName) => results.lighthouse?.find((p) => p.name === name)?.median;
  const lcpRatio = (name: PageName, to: PageName) => ratio(lh(name)?.lcpMs, lh(to)?.lcpMs);
  const pages = (names: PageName[], limits: { lcp: number; score: number; tbt: number }) =>
    names.flatMap((name) => [
      target(`${PAGES[name]}: LCP ÷ floor`, lcpRatio(name, 'floor'), '≤', limits.lcp, times),
      target(`${PAGES[name]}: Lighthouse score`, lh(name)?.score, '≥', limits.score, whole),
      target(`${PAGES[name]}: TBT`, lh(name)?.tbtMs, '≤', limits.tbt, ms),
    ]);
  // Every click on the long story, each within 200 ms of its next frame (100 ms is the aim).
  const clicks = (results.scale?.interactions ?? []).map((i) =>
    target(`scale story: ${i.name}`, i.latencyMs, '≤', 200, ms),
  );
  const [large, small] = results.long ?? [];
  return [
    ...pages(['article', 'section', 'arabic'], { lcp: 1.1, score: 98, tbt: 100 }),
    // Five digits, so that a tiny shift does not read as 0 next to "misses".
    target(`${PAGES.article}: CLS`, lh('article')?.cls, '≤', 0.001, cls),
    target(`${PAGES.section}: CLS`, lh('section')?.cls, '≤', 0.001, cls),
    target(`${PAGES.arabic}: CLS`, lh('arabic')?.cls, '≤', 0.001, cls),
    // The stack's own libraries (react-dom, react, react-router, TanStack Query) are ~106 KiB and
    // were chosen knowingly; the target is on what the reader adds to them.
    target(
      'reader: initial JS gzip beyond the stack',
      beyondStack(results.bytes),
      '≤',
      20 * 1024,
      kib,
    ),
    ...clicks,
    target(`${PAGES.long}: LCP ÷ article page's`, lcpRatio('long', 'article'), '≤', 2, times),
    ...pages(['long', 'longSection'], { lcp: 1.5, score: 90, tbt: 200 }),
    // The pages, which carry the story's text: the share cards (a fixed-size picture for each
    // page, added later) are printed beside them in the long articles' table.
    target(`${large?.slug ?? NA}: prerendered pages`, large?.pageBytes, '≤', 30e6, mb),
    target(
      'long articles: page bytes 500 ÷ 250',
      ratio(large?.pageBytes, small?.pageBytes),
      '≤',
      2,
      times,
    ),
    ...newsroomTargets(results.newsroom),
  ];
}

export function targetsTable(targets: ReturnType<typeof evaluateTargets>, notes: string[]): Table {
  const status = (meets: boolean | null) => (meets === null ? NA : meets ? 'meets' : 'misses');
  return {
    title: 'Targets (reported, not asserted)',
    columns: ['target', 'measured', 'goal', 'status'],
    rows: targets.map((t) => [t.name, t.measured, t.target, status(t.meets)]),
    notes,
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
  return [title, line(columns), rule, ...rows.map(line), ...notes.map((n) => `  ${n}`)].join('\n');
}
