import type { Line, PageMeta } from './page';

const REPORTED_BY = /^(?:reported by|written by|by)\s*:?\s+(.+)$/i;
const MAX_WORDS = 10;

/** The byline's name without its "By". */
const withoutBy = (byline: string) => byline.replace(/^by\s*:?\s+/i, '');

/**
 * Who reported the story: a "Reported by" or "By" line (dropped from the text once read), else
 * the byline in the page's markup, else the site's own name.
 */
export function readSource(
  lines: Line[],
  meta: PageMeta,
): { lines: Line[]; source?: { value: string; from: string } } {
  const index = lines.findIndex(
    (line) =>
      line.kind !== 'title' &&
      line.text.split(' ').length <= MAX_WORDS &&
      REPORTED_BY.test(line.text),
  );
  const line = lines[index];
  const byLine = line && REPORTED_BY.exec(line.text)?.[1];
  if (line && byLine) {
    return {
      lines: lines.filter((_, at) => at !== index),
      source: { value: byLine, from: `the line "${line.text}"` },
    };
  }
  if (meta.byline) {
    return { lines, source: { value: withoutBy(meta.byline), from: `the page's byline` } };
  }
  if (meta.siteName) {
    return { lines, source: { value: meta.siteName, from: `the site's name` } };
  }
  return { lines };
}
