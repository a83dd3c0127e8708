/**
 * Satori's SVG with `embedFont: false`: one `<text x y …>word</text>` per word (and per space and
 * punctuation mark), in reading order. These read that SVG and fix up what resvg, which shapes
 * and draws each of those words on its own, needs told.
 */

const TEXT_ELEMENT = /<text\b([^>]*)>([^<]*)<\/text>/g;

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const unescape = (text: string) =>
  text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const numberAttribute = (attributes: string, name: string) =>
  Number(new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1] ?? NaN);

export type TextRun = { x: number; y: number; text: string };

/** The words satori laid out, in reading order, each with where it starts and its baseline. */
export function textRuns(svg: string): TextRun[] {
  return [...svg.matchAll(TEXT_ELEMENT)].map(([, attributes = '', text = '']) => ({
    x: numberAttribute(attributes, 'x'),
    y: numberAttribute(attributes, 'y'),
    text: unescape(text),
  }));
}

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

/**
 * Satori writes a block's whole `font-family` list, in lower case, on each of its words; resvg
 * matches family names as the fonts spell them, and for a character the first family lacks it
 * falls back to any font with it, whatever its weight (bold Arabic came out regular, narrower
 * than satori measured it). So: the names as spelled, and the Arabic font first for Arabic words.
 */
export function matchFonts(svg: string, families: readonly string[], arabic: string): string {
  const spelled = new Map(families.map((family) => [family.toLowerCase(), family]));
  return svg.replace(TEXT_ELEMENT, (_element, attributes: string, text: string) => {
    const fixed = attributes.replace(/ font-family="([^"]*)"/, (_, list: string) => {
      let names = list.split(',').map((name) => spelled.get(name.trim()) ?? name.trim());
      if (ARABIC_SCRIPT.test(unescape(text))) {
        names = [arabic, ...names.filter((name) => name !== arabic)];
      }
      return ` font-family="${names.join(', ')}"`;
    });
    return `<text${fixed}>${text}</text>`;
  });
}

/** The family and weight of each font the text of `svg` asks for, as `family|weight`. */
export function fontsUsed(svg: string): Set<string> {
  const used = new Set<string>();
  for (const [, attributes = ''] of svg.matchAll(TEXT_ELEMENT)) {
    const list = / font-family="([^"]*)"/.exec(attributes)?.[1] ?? '';
    const weight = / font-weight="([^"]*)"/.exec(attributes)?.[1];
    const numeric = weight === 'bold' ? 700 : weight === 'normal' || !weight ? 400 : Number(weight);
    for (const name of list.split(',')) used.add(`${name.trim()}|${numeric}`);
  }
  return used;
}

const MIRRORED: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
};

/**
 * Satori places the words of mixed-direction text (a simplified Unicode bidi algorithm), but
 * resvg draws each on its own, so a bracket among right-to-left words lands in the right place
 * facing the wrong way: `(٢٠٢٥)` came out as `)٢٠٢٥(`. Since the words come in reading order, a
 * bracket is in a right-to-left run when the word read before it is drawn to its right (or, first
 * on its line, the word read after it is drawn to its left); those are drawn mirrored, as a
 * browser draws them.
 */
export function mirrorBrackets(svg: string): string {
  const runs = textRuns(svg);
  const neighbour = (i: number, step: 1 | -1) => {
    for (let j = i + step; j >= 0 && j < runs.length; j += step) {
      const run = runs[j];
      if (!run || run.y !== runs[i]?.y) return undefined;
      if (run.text.replace(/[\s\p{Cf}]/gu, '')) return run;
    }
    return undefined;
  };
  const rightToLeft = (i: number, run: TextRun) => {
    const before = neighbour(i, -1);
    if (before) return before.x > run.x;
    const after = neighbour(i, 1);
    return after !== undefined && after.x < run.x;
  };
  let i = -1;
  return svg.replace(TEXT_ELEMENT, (element, attributes: string) => {
    i++;
    const run = runs[i];
    // A bracket may carry the direction marks that pinned it (see pinBracketPairs).
    const bracket = run?.text.replace(/[\s\p{Cf}]/gu, '') ?? '';
    const mirror = MIRRORED[bracket];
    if (!run || !mirror || !rightToLeft(i, run)) return element;
    return `<text${attributes}>${escape(run.text.replace(bracket, mirror))}</text>`;
  });
}

const RTL_LETTER =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * Joins the words of each left-to-right line back into one `<text>`, and drops the spaces that
 * stand alone. resvg re-reads a font file for every `<text>` it shapes, so a card of 150 words
 * cost it 150 reads; lines shape to the same advances satori measured word by word. Lines with
 * right-to-left words keep satori's placing of each word.
 */
export function joinLines(svg: string): string {
  type Element = { start: number; end: number; attributes: string; text: string; x: number };
  const elements: Element[] = [...svg.matchAll(TEXT_ELEMENT)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    attributes: match[1] ?? '',
    text: match[2] ?? '',
    x: numberAttribute(match[1] ?? '', 'x'),
  }));
  // The attributes that must match for two words to be one run of text.
  const style = (attributes: string) =>
    attributes.replace(/\s(?:x|width)="[^"]*"/g, '').replace(/\s{2,}/g, ' ');
  let out = '';
  let at = 0;
  for (let i = 0; i < elements.length;) {
    const first = elements[i];
    if (!first) break;
    let last = first;
    let text = first.text;
    let j = i + 1;
    const joinable = !RTL_LETTER.test(unescape(first.text));
    while (joinable) {
      const next = elements[j];
      if (!next || next.start !== last.end || style(next.attributes) !== style(first.attributes)) {
        break;
      }
      const lastEnd = last.x + numberAttribute(last.attributes, 'width');
      if (RTL_LETTER.test(unescape(next.text)) || Math.abs(next.x - lastEnd) > 0.5) break;
      text += next.text;
      last = next;
      j++;
    }
    out += svg.slice(at, first.start);
    const width = last.x + numberAttribute(last.attributes, 'width') - first.x;
    const trimmed = text.replace(/\s+$/, '');
    if (trimmed) {
      const attributes = first.attributes.replace(/\swidth="[^"]*"/, ` width="${width}"`);
      out += `<text${attributes}>${trimmed}</text>`;
    }
    at = last.end;
    i = j;
  }
  return out + svg.slice(at);
}
