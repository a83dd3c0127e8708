import { sentences } from './sentences';
import { noNotes, type Line, type Notes, type PageMeta } from './page';

/** A standfirst is a sentence or two; a longer line after the headline is the story's text. */
const MAX_STANDFIRST_WORDS = 50;
const ENDS_A_SENTENCE = /[.!?…"”]$/;

/** In plain text, a short line right after the headline that is not the whole story. */
function lineAfterHeadline(lines: Line[], headlineAt: number): Line | undefined {
  const next = lines[headlineAt + 1];
  const isStandfirst =
    next?.kind === 'text' &&
    next.text.split(' ').length <= MAX_STANDFIRST_WORDS &&
    ENDS_A_SENTENCE.test(next.text) &&
    lines.length > headlineAt + 2;
  return isStandfirst ? next : undefined;
}

/**
 * The headline (the page's `<h1>`, or a plain text's first line) and the standfirst: the one
 * the page marks, else, in plain text, a short line right after the headline, else the page's
 * description, else the first sentence of the text (a guess). The headline and a standfirst
 * that stood as a line of its own are dropped from the text.
 */
export function readHeadline(
  lines: Line[],
  meta: PageMeta,
): { lines: Line[]; headline?: string; standfirst?: string; notes: Notes } {
  const notes = noNotes();
  const titleAt = lines.findIndex((line) => line.kind === 'title');
  const headlineAt = titleAt >= 0 ? titleAt : lines.findIndex((line) => line.kind === 'text');
  const headline = lines[headlineAt]?.text;

  const marked = lines.find((line) => line.kind === 'standfirst');
  const afterHeadline = marked ? undefined : lineAfterHeadline(lines, headlineAt);
  if (afterHeadline) {
    notes.guesses.push({
      field: 'standfirst',
      value: afterHeadline.text,
      from: 'the line after the headline',
    });
  }
  const ownLine = (marked ?? afterHeadline)?.text;
  const rest = lines.filter(
    (line, at) =>
      at !== headlineAt &&
      line.kind !== 'title' &&
      line.kind !== 'standfirst' &&
      // A copy of the standfirst among the paragraphs is the page's layout, not the story's text.
      line.text !== ownLine,
  );

  let standfirst = ownLine ?? meta.description;
  if (standfirst === undefined) {
    const first = rest.find((line) => line.kind === 'paragraph' || line.kind === 'text');
    standfirst = first && sentences(first.text)[0]?.text;
    if (standfirst !== undefined) {
      notes.guesses.push({
        field: 'standfirst',
        value: standfirst,
        from: 'the first sentence of the text',
      });
    }
  }
  return {
    lines: rest,
    ...(headline !== undefined ? { headline } : {}),
    ...(standfirst !== undefined ? { standfirst } : {}),
    notes,
  };
}
