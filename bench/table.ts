/** A printed table: also what bench.json stores, so the file and the terminal say the same. */
export type Table = {
  title: string;
  columns: string[];
  rows: string[][];
  notes?: string[];
};

export const NA = 'n/a';

export function formatMs(value: number | null | undefined): string {
  return value === null || value === undefined ? NA : `${Math.round(value)} ms`;
}

export function formatRatio(value: number | null | undefined): string {
  return value === null || value === undefined ? NA : `${value.toFixed(2)}x`;
}

export function formatKiB(bytes: number | null | undefined): string {
  return bytes === null || bytes === undefined ? NA : `${(bytes / 1024).toFixed(1)} KiB`;
}

export function formatNumber(value: number | null | undefined, digits = 0): string {
  return value === null || value === undefined ? NA : value.toFixed(digits);
}

/** Text columns align left, the rest (numbers, n/a) right. */
export function renderTable(table: Table): string {
  const widths = table.columns.map((column, index) =>
    Math.max(column.length, ...table.rows.map((row) => (row[index] ?? '').length)),
  );
  const leftAligned = table.columns.map((_, index) =>
    table.rows.every((row) => !/^[\d<>≤~.-]/.test(row[index] ?? '')),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => {
        const width = widths[index] ?? 0;
        return index === 0 || leftAligned[index] ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ')
      .trimEnd();
  const lines = [
    table.title,
    line(table.columns),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...table.rows.map(line),
    ...(table.notes ?? []).map((note) => `  ${note}`),
  ];
  return lines.join('\n');
}
