import type { Article } from './articleSchema';

/**
 * How many sections a long article's prerendered page holds: its own and the next few, enough to
 * read on before the app draws the rest. Every section and quote has a page, so each section
 * more here is a section more in every one of them (with its data block and its markup).
 */
export const WINDOW_SIZE = 5;
/** An article with up to this many sections is prerendered whole on each of its pages. */
export const WHOLE_UP_TO = 20;

/** A run of an article's sections, by index: `start` up to, not including, `end`. */
export type SectionRange = { start: number; end: number };

/** A section a link beyond the window leads to. */
/** A section a page links to; the untitled opening has no title (the reader's words name it). */
export type SectionLink = { id: string; title?: string | undefined };

/**
 * What a long article's prerendered page holds: a window of its sections, with what the app needs
 * to draw them as part of the whole (the mention numbers before them) and what a reader without
 * JavaScript needs to go on reading (the sections before and after).
 */
export type ArticleWindow = SectionRange & {
  /** Sections in the whole article. */
  total: number;
  /** Each participant's mentions in the sections before the window, so anchors keep their number. */
  mentionsBefore: Record<string, number>;
  /** The start of the window before this one, when there is one. */
  earlier?: SectionLink | undefined;
  /** The first section after the window, when there is one. */
  later?: SectionLink | undefined;
};

/**
 * The sections a page shows first: the whole of a short article; of a long one, the window that
 * begins at the section the page is for (so it stands at the top, in view with or without
 * JavaScript), or at the beginning. An unknown section is treated as none.
 */
export function windowRange(article: Article, sectionId?: string): SectionRange {
  const total = article.sections.length;
  if (total <= WHOLE_UP_TO) return { start: 0, end: total };
  const start = Math.max(
    0,
    article.sections.findIndex((section) => section.id === sectionId),
  );
  return { start, end: Math.min(total, start + WINDOW_SIZE) };
}
