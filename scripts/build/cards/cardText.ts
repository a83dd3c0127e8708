/** Text from a story, made safe and ready to lay out on a card. Pure functions. */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 and C1 controls, and the bidi embeddings, overrides and isolates, which satori does not
// apply: they would only move words about. Marks (LRM, RLM, ALM) and joiners stay.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * One line of plain text: well-formed, NFC, controls removed, runs of white space (line breaks
 * too) made one space. It is only ever drawn as text: satori escapes it into SVG `<text>`.
 */
export function cleanText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '')
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

// Letters of the scripts written right to left, as satori classifies them.
const RTL_LETTER =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const LETTER = /\p{L}/u;
// Arabic-Indic digits (bidi class AN), as satori classifies them.
const ARABIC_DIGIT = /[\u0660-\u0669\u066B\u066C\u08E2]/;
const DIGIT = /\p{Nd}/u;

export type Direction = 'ltr' | 'rtl';

/** Whether `text` has any right-to-left letters, so its words need reordering. */
export const hasRtl = (text: string) => RTL_LETTER.test(text);

/** The direction of a paragraph from its first strong letter, like `dir="auto"`. */
export function textDirection(text: string): Direction {
  for (const char of text) {
    if (char === '\u200F' || char === '\u061C') return 'rtl';
    if (char === '\u200E') return 'ltr';
    if (LETTER.test(char)) return RTL_LETTER.test(char) ? 'rtl' : 'ltr';
  }
  return 'ltr';
}

type Strong = 'L' | 'R';
const OPENING: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/**
 * Satori orders mixed-direction words by a simplified Unicode bidi algorithm without its rule for
 * bracket pairs, so in “Talks on محادثات (٢٠٢٥) in Istanbul” the closing bracket went to the
 * wrong side. This applies that rule (N0) itself: each bracket pair gets the direction a browser
 * gives it, pinned with an invisible mark (LRM or RLM) before the opening bracket and after the
 * closing one, which satori does read.
 */
export function pinBracketPairs(text: string, direction: Direction): string {
  if (!hasRtl(text)) return text;
  const chars = [...text];
  const embedding: Strong = direction === 'rtl' ? 'R' : 'L';
  // Strong types as N0 sees them: Arabic-Indic digits count as right-to-left, other digits
  // too unless they follow left-to-right letters (W7).
  let last: Strong = embedding;
  const types = chars.map((char): Strong | undefined => {
    if (char === '\u200E' || char === '\u200F' || LETTER.test(char)) {
      last = char === '\u200F' || RTL_LETTER.test(char) ? 'R' : 'L';
      return last;
    }
    if (ARABIC_DIGIT.test(char)) return 'R';
    if (DIGIT.test(char)) return last;
    return undefined;
  });
  const before = new Map<number, Strong>();
  const after = new Map<number, Strong>();
  const open: { index: number; closing: string }[] = [];
  for (const [i, char] of chars.entries()) {
    const closing = OPENING[char];
    if (closing) {
      open.push({ index: i, closing });
      continue;
    }
    const at = open.findLastIndex((pair) => pair.closing === char);
    const opening = open[at]?.index;
    if (opening === undefined) continue;
    open.length = at;
    const inside = new Set(types.slice(opening + 1, i).filter(Boolean));
    // The embedding direction if it is inside; else the other one, if it is inside and before.
    const pair = inside.has(embedding)
      ? embedding
      : inside.size > 0
        ? (types.slice(0, opening).findLast(Boolean) ?? embedding)
        : undefined;
    if (pair) {
      before.set(opening, pair);
      after.set(i, pair);
    }
  }
  const mark = (strong: Strong | undefined) =>
    strong === 'R' ? '\u200F' : strong === 'L' ? '\u200E' : '';
  return chars.map((char, i) => `${mark(before.get(i))}${char}${mark(after.get(i))}`).join('');
}
