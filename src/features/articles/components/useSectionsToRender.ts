import { startTransition, useEffect, useMemo, useState } from 'react';
import type { Article, Section } from '../model/articleSchema';
import { windowRange, type ArticleWindow } from '../model/articleWindow';

/** Sections added on each side per step: a step's work stays well under a frame's budget. */
const GROWTH = 20;

/**
 * The sections to draw now. A long article starts with the window its page shows (prerendered,
 * or around the section a link names) and grows by a few sections at a time, each step a
 * time-sliced render and a small commit of its own, until every section is in the page (where
 * find-in-page and fragment links reach them). The section a link targets is drawn at once.
 */
export function useSectionsToRender(
  article: Article,
  window: ArticleWindow | undefined,
  sectionId: string | undefined,
  targetSectionId: string | undefined,
): readonly Section[] {
  const [reach, setReach] = useState(0);
  const base = useMemo(() => windowRange(article, sectionId), [article, sectionId]);
  const total = article.sections.length;
  const start = Math.max(0, base.start - reach);
  const end = Math.min(total, base.end + reach);
  const complete = window !== undefined || (start === 0 && end === total);

  useEffect(() => {
    if (complete) return;
    const timer = setTimeout(() => startTransition(() => setReach((grown) => grown + GROWTH)), 0);
    return () => clearTimeout(timer);
  }, [complete, reach]);

  return useMemo(
    () =>
      complete
        ? article.sections
        : article.sections.filter(
            (section, index) => (index >= start && index < end) || section.id === targetSectionId,
          ),
    [article, complete, end, start, targetSectionId],
  );
}
