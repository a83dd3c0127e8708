import type { BytesReport } from './bytes';
import type { JsShare } from './jsComposition';
import type { LighthousePageResult } from './lighthouse';
import type { CpuBreakdown, ScaleResult } from './scale';
import { KIB, ratio } from './stats';
import { formatKiB, formatMs, formatNumber, formatRatio, NA, type Table } from './table';

export type PageRole = 'floor' | 'article' | 'section';

export type Target = {
  target: string;
  page: string;
  measured: string;
  status: 'meets' | 'misses' | 'n/a';
};

export const PAGE_LABELS: Record<PageRole, string> = {
  floor: 'floor (static HTML, no JS)',
  article: 'reader: article',
  section: 'reader: section deep link',
};

const status = (ok: boolean | null): Target['status'] =>
  ok === null ? 'n/a' : ok ? 'meets' : 'misses';

export function lighthouseTable(
  results: LighthousePageResult[],
  runs: number,
  version: string,
): Table {
  const floor = results.find((result) => result.name === 'floor');
  const rows = results.map((result) => {
    const m = result.median;
    const isFloor = result === floor;
    return [
      PAGE_LABELS[result.name as PageRole] ?? result.name,
      formatNumber(m.score),
      formatMs(m.fcpMs),
      formatMs(m.lcpMs),
      formatMs(m.tbtMs),
      formatNumber(m.cls, 3),
      formatMs(m.speedIndexMs),
      isFloor ? '1.00x' : formatRatio(ratio(m.fcpMs, floor?.median.fcpMs)),
      isFloor ? '1.00x' : formatRatio(ratio(m.lcpMs, floor?.median.lcpMs)),
      `${result.samples.length}/${runs}`,
    ];
  });
  const notes = results.flatMap((result) => {
    const label = PAGE_LABELS[result.name as PageRole] ?? result.name;
    return result.errors.map((error) => `failed run, ${label}: ${error}`);
  });
  const benchmark = results
    .map((result) => result.median.benchmarkIndex)
    .find((value) => value !== null);
  notes.push(
    `Lighthouse benchmarkIndex (machine speed, a typical laptop is ~1500+): ${formatNumber(benchmark ?? null)}; the floor's own TBT shows this machine's noise.`,
  );
  return {
    title: `Lighthouse ${version} mobile defaults (simulated slow 4G, 4x CPU), median of ${runs} run(s) per page`,
    columns: [
      'page',
      'score',
      'FCP',
      'LCP',
      'TBT',
      'CLS',
      'Speed Index',
      'FCP ÷ floor',
      'LCP ÷ floor',
      'runs ok',
    ],
    rows,
    notes,
  };
}

export function bytesTable(bytes: BytesReport): Table {
  const floor = bytes.floor;
  const row = (label: string, size: { raw: number; gzip: number }, againstFloor = false) => [
    label,
    formatKiB(size.raw),
    formatKiB(size.gzip),
    againstFloor ? formatRatio(ratio(size.gzip, floor.gzip)) : '',
  ];
  return {
    title: 'Bytes shipped (gzip at zlib default level, as served)',
    columns: ['what', 'raw', 'gzip', 'gzip ÷ floor'],
    rows: [
      row('floor page (HTML with inline CSS)', floor, true),
      row('reader story page (prerendered HTML)', bytes.document),
      row(
        `reader initial JS (${bytes.initialJs.files.length} file(s) from the page)`,
        bytes.initialJs,
        true,
      ),
      row(`reader initial CSS (${bytes.initialCss.files.length} file(s))`, bytes.initialCss),
      row('story JSON (embedded in the page; fetched on in-app navigation)', bytes.articleJson),
      row('reader first load total (HTML with data + JS + CSS)', bytes.readerTotal, true),
      row(`all JS in dist/assets (${bytes.allJs.files.length} file(s))`, bytes.allJs),
      row(`all CSS in dist/assets (${bytes.allCss.files.length} file(s))`, bytes.allCss),
    ],
  };
}

export function compositionTable(shares: JsShare[]): Table {
  const total = shares.reduce((sum, share) => sum + share.raw, 0);
  const shown = shares.slice(0, 9);
  const rest = shares.slice(9);
  const rows = shown.map((share) => [
    share.owner,
    formatKiB(share.raw),
    formatKiB(share.gzipAlone),
    `${((share.raw / total) * 100).toFixed(1)}%`,
  ]);
  if (rest.length > 0) {
    const raw = rest.reduce((sum, share) => sum + share.raw, 0);
    const gzip = rest.reduce((sum, share) => sum + share.gzipAlone, 0);
    rows.push([
      `${rest.length} others`,
      formatKiB(raw),
      formatKiB(gzip),
      `${((raw / total) * 100).toFixed(1)}%`,
    ]);
  }
  return {
    title: 'What the initial JS is made of (from its source map)',
    columns: ['package', 'raw', '≈gzip alone', 'share of raw'],
    rows,
  };
}

function formatCpu(cpu: CpuBreakdown | null): string {
  if (cpu === null) return NA;
  return `script ${Math.round(cpu.scriptMs)}, style ${Math.round(cpu.styleMs)}, layout ${Math.round(cpu.layoutMs)} ms`;
}

export function scaleTables(
  scale: ScaleResult,
  json: { raw: number; gzip: number },
  runs: number,
): Table[] {
  const m = scale.median;
  const load: Table = {
    title: `Scale: 500 sections, 200 participants, 100 quotes; Chromium CPU ${scale.cpuSlowdown}x slower, median of ${scale.samples.length}/${runs} load(s)`,
    columns: ['measure', 'value'],
    rows: [
      ['story JSON', `${formatKiB(json.raw)} raw, ${formatKiB(json.gzip)} gzip`],
      ['navigation → app requests the story (JS loaded and run)', formatMs(m.requestedMs)],
      ['navigation → story JSON received', formatMs(m.fetchedMs)],
      ['navigation → headline (h1) in DOM', formatMs(m.h1Ms)],
      ['navigation → 500th section heading drawn', formatMs(m.renderedMs)],
      ['largest contentful paint', formatMs(m.lcpMs)],
      ['main-thread time until drawn, by kind', formatCpu(m.cpu)],
      ['section toggles found (h2 button[aria-expanded])', String(scale.toggleCount)],
      [
        'Expand all → every section open and drawn',
        scale.expandAllMs === null ? NA : formatMs(scale.expandAllMs),
      ],
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
    rows: scale.interactions.map((interaction) =>
      interaction.unavailable !== null
        ? [interaction.name, NA, NA, NA, NA, interaction.unavailable]
        : [
            interaction.name,
            formatMs(interaction.clickToNextFrameMs),
            `${formatMs(interaction.clickToDoneMs)}${interaction.timedOut ? ' (timed out)' : ''}`,
            interaction.eventTimingMs === null ? '< 16 ms' : formatMs(interaction.eventTimingMs),
            formatMs(interaction.latencyMs),
            formatCpu(interaction.cpu),
          ],
    ),
    notes: [
      'latency = max(next frame, Event Timing) per load, then the median over loads',
      scale.slowest === null
        ? 'slowest interaction: n/a'
        : `slowest interaction: ${scale.slowest.name}, ${formatMs(scale.slowest.latencyMs)}`,
    ],
  };
  return [load, interactions];
}

/** The goals, printed beside what was measured; never asserted (the bench reports, CI decides). */
export function evaluateTargets(input: {
  lighthouse: LighthousePageResult[] | null;
  bytes: BytesReport | null;
  scale: ScaleResult | null;
}): Target[] {
  const targets: Target[] = [];
  const floor = input.lighthouse?.find((result) => result.name === 'floor');
  for (const role of ['article', 'section'] as const) {
    const page = PAGE_LABELS[role];
    const result = input.lighthouse?.find((candidate) => candidate.name === role);
    const m = result?.median;
    const lcpRatio = ratio(m?.lcpMs, floor?.median.lcpMs);
    targets.push(
      {
        target: 'LCP within 1.1x the floor',
        page,
        measured:
          lcpRatio === null
            ? NA
            : `${formatRatio(lcpRatio)} (${formatMs(m?.lcpMs)} vs ${formatMs(floor?.median.lcpMs)})`,
        status: status(lcpRatio === null ? null : lcpRatio <= 1.1),
      },
      {
        target: 'Lighthouse performance 100',
        page,
        measured: formatNumber(m?.score ?? null),
        status: status(m?.score === null || m?.score === undefined ? null : m.score >= 100),
      },
      {
        target: 'CLS 0',
        page,
        // Enough digits that a tiny shift does not read as 0.000 next to "misses".
        measured: formatNumber(m?.cls ?? null, 5),
        status: status(m?.cls === null || m?.cls === undefined ? null : m.cls === 0),
      },
      {
        target: 'TBT under 50 ms',
        page,
        measured: formatMs(m?.tbtMs),
        status: status(m?.tbtMs === null || m?.tbtMs === undefined ? null : m.tbtMs < 50),
      },
    );
  }
  const js = input.bytes?.initialJs.gzip ?? null;
  targets.push({
    target: 'initial JS under 110 KiB gzip',
    page: 'reader',
    measured: formatKiB(js),
    status: status(js === null ? null : js < 110 * KIB),
  });
  const slowest = input.scale?.slowest ?? null;
  targets.push({
    target: 'every interaction under 100 ms at 500 sections',
    page: 'scale story',
    measured: slowest === null ? NA : `${formatMs(slowest.latencyMs)} (${slowest.name})`,
    status: status(slowest === null ? null : slowest.latencyMs < 100),
  });
  return targets;
}

export function targetsTable(targets: Target[]): Table {
  return {
    title: 'Targets (reported, not asserted)',
    columns: ['target', 'page', 'measured', 'status'],
    rows: targets.map((target) => [target.target, target.page, target.measured, target.status]),
  };
}
