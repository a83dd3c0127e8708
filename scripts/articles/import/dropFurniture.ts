import type { Line } from './page';

/** Furniture is short: a line longer than this is text, whatever words it uses. */
const MAX_WORDS = 16;

/** What pages put around a story, each named for what it is. */
const FURNITURE: { name: string; pattern: RegExp }[] = [
  { name: 'advertisement', pattern: /^(?:advertisement|advert|ad|sponsored)(?:\s*[-–—:|].*)?$/i },
  { name: 'follow prompt', pattern: /^follow(?: us)?\s*(?::|on\b|$)/i },
  {
    name: 'share prompt',
    pattern: /^(?:share(?: this(?: article| story| page)?)?\s*(?::|on\b|via\b|$)|copy link$)/i,
  },
  { name: 'newsletter prompt', pattern: /\bnewsletters?\b|\bsign up\b|^subscribe\b/i },
  {
    name: 'related link',
    pattern:
      /^(?:read more|also read|read also|related|more on this|see also|recommended|must read|watch)\s*(?::|\||-|–|—|$)/i,
  },
  {
    name: 'cookie notice',
    pattern:
      /\bwe use cookies\b|\bcookie (?:policy|settings|preferences)\b|^accept (?:all|cookies)$/i,
  },
];

const wordCount = (text: string) => text.split(' ').length;

/** What a line of furniture is, or undefined for a line of the story. */
export function furnitureName(line: Line): string | undefined {
  if (line.kind === 'title' || line.kind === 'time') return undefined;
  if (wordCount(line.text) > MAX_WORDS) return undefined;
  return FURNITURE.find(({ pattern }) => pattern.test(line.text))?.name;
}

/**
 * Drops the page's furniture: ads, follow, share and newsletter prompts, related links and
 * cookie notices. Keeps what was dropped, so the report can say so.
 */
export function dropFurniture(lines: Line[]): { lines: Line[]; dropped: Line[] } {
  const kept: Line[] = [];
  const dropped: Line[] = [];
  for (const line of lines) (furnitureName(line) === undefined ? kept : dropped).push(line);
  return { lines: kept, dropped };
}
