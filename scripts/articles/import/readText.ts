import { tidy, type Page } from './page';

/**
 * Reads text copied out of a browser: one line per block, blank lines between them carry no
 * meaning. What each line is (headline, subhead, furniture) is for the later passes to decide.
 */
export function readText(text: string): Page {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map(tidy)
    .filter((line) => line !== '')
    .map((line) => ({ kind: 'text' as const, text: line }));
  return { lines, meta: {} };
}
