/** A stretch of a paragraph: where it starts and ends, and its text. */
export type Span = { start: number; end: number; text: string };

/** Quotation marks as pages write them: straight, curly, angle and low-high. */
const QUOTATION = /"([^"]+)"|“([^”]+)”|«([^»]+)»|„([^“”]+)[“”]/g;

/** The quoted stretches of a paragraph; `text` is what stands between the marks. */
export function quoteSpans(paragraph: string): Span[] {
  return [...paragraph.matchAll(QUOTATION)].map((match) => {
    const inner = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
    return { start: match.index, end: match.index + match[0].length, text: inner };
  });
}

/** Words a full stop follows without ending a sentence: initials (U.S.), titles (Mr.). */
const ABBREVIATION =
  /(?:\b[A-Za-z]\.)+$|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Prof|No|Jr|Sr|Inc|Ltd|Co|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
const END = /[.!?]+["”»“’)]*(?=\s+["“«„(]?[A-Z0-9])/g;

/**
 * A paragraph's sentences. A full stop inside a quotation ends a sentence only where the quotation
 * ends too, so a quoted sentence stays with the words that attribute it.
 */
export function sentences(paragraph: string): Span[] {
  const quotes = quoteSpans(paragraph);
  const spans: Span[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(END)) {
    const end = match.index + match[0].length;
    const inside = quotes.some((quote) => match.index > quote.start && end < quote.end);
    if (inside || ABBREVIATION.test(paragraph.slice(start, match.index + 1))) continue;
    spans.push({ start, end, text: paragraph.slice(start, end) });
    start = end + (/^\s+/.exec(paragraph.slice(end))?.[0].length ?? 0);
  }
  if (start < paragraph.length) {
    spans.push({ start, end: paragraph.length, text: paragraph.slice(start) });
  }
  return spans;
}

/** A text as a regular expression that matches it literally. */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as whole words: "Putin" in "Putin's", not in "Putinism". */
export const wholePhrase = (phrase: string, flags = 'u') =>
  new RegExp(`(?<![\\p{L}\\p{N}])${literal(phrase)}(?![\\p{L}\\p{N}])`, flags);
