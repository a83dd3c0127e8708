import type { Section } from '../../../src/features/articles/model/articleSchema';
import { sectionId } from './ids';
import { noNotes, type Line, type Notes } from './page';

/** A subhead is a short line that does not end like a sentence. */
const MAX_SUBHEAD_WORDS = 12;
const ENDS_LIKE_TEXT = /[.!?,;:…"”’»)]$/;

/** Whether a line of plain text reads as a subhead: short, capitalised, no closing stop. */
function isSubhead(line: Line, next: Line | undefined): boolean {
  if (line.kind === 'heading') return true;
  if (line.kind !== 'text') return false;
  return (
    line.text.split(' ').length <= MAX_SUBHEAD_WORDS &&
    /^\p{Lu}/u.test(line.text) &&
    !ENDS_LIKE_TEXT.test(line.text) &&
    // A subhead heads some text.
    next !== undefined &&
    !isSubhead(next, undefined)
  );
}

/**
 * Sections from the remaining lines: each subhead starts one, the text before the first is the
 * untitled opening, and every other line is a paragraph, word for word. A subhead with no text
 * under it is left out and reported.
 */
export function readSections(lines: Line[]): { sections: Section[]; notes: Notes } {
  const notes = noNotes();
  const drafts: { title?: string; paragraphs: string[] }[] = [{ paragraphs: [] }];
  lines.forEach((line, at) => {
    if (isSubhead(line, lines[at + 1])) drafts.push({ title: line.text, paragraphs: [] });
    else drafts.at(-1)?.paragraphs.push(line.text);
  });
  const taken = new Set<string>();
  const sections: Section[] = [];
  for (const { title, paragraphs } of drafts) {
    if (paragraphs.length === 0) {
      if (title !== undefined)
        notes.checks.push(`The subhead "${title}" has no text under it: left out`);
      continue;
    }
    const id = title === undefined ? sectionId('opening', taken) : sectionId(title, taken);
    sections.push(title === undefined ? { id, paragraphs } : { id, title, paragraphs });
  }
  return { sections, notes };
}
