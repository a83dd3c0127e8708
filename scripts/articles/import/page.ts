/**
 * What a reader of a page hands the passes: the page's lines in reading order, each with what its
 * markup says it is, and what the page says of itself outside its text. Plain text knows nothing
 * of its lines (`text`); HTML names its headline, subheads, paragraphs, captions and times.
 */
export type LineKind =
  'text' | 'title' | 'standfirst' | 'heading' | 'paragraph' | 'caption' | 'time';

export type Line = {
  kind: LineKind;
  text: string;
  /** A `<time>` element's machine-readable `datetime`. */
  datetime?: string;
};

/** What a page's head and Readability's metadata say, apart from the text. */
export type PageMeta = {
  byline?: string;
  siteName?: string;
  description?: string;
  publishedTime?: string;
  modifiedTime?: string;
};

export type Page = { lines: Line[]; meta: PageMeta };

/** A field the import filled in from a cue rather than from the page's markup, and the words it read. */
export type Guess = { field: string; value: string; from: string };

/** What a pass has to tell the editor, besides its result. */
export type Notes = {
  guesses: Guess[];
  /** What the editor must check or fill in by hand. */
  checks: string[];
};

export const noNotes = (): Notes => ({ guesses: [], checks: [] });

/** Collapses runs of white space (a browser's copy keeps tabs and non-breaking spaces). */
export const tidy = (text: string): string => text.replace(/\s+/g, ' ').trim();
