import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Article, Section } from '../model/articleSchema';
import { windowRange, type ArticleWindow } from '../model/articleWindow';

/** Sections added on each side per step: a step's work stays well under a frame's budget. */
const GROWTH = 5;

/** The section at the top of the screen, and where it stands. */
function topSection(): { element: Element; top: number } | null {
  const inView = document.elementFromPoint(document.documentElement.clientWidth / 2, 1);
  const element = inView?.closest('section[id]');
  return element ? { element, top: element.getBoundingClientRect().top } : null;
}

/**
 * The sections to draw now. A long article starts with the window its page shows (prerendered,
 * or around the section a link names) and grows by a few sections at a time, each step a
 * time-sliced render and a small commit of its own, until every section is in the page (where
 * find-in-page and fragment links reach them). The section a link targets is drawn at once.
 */
export function useSectionsToRender(
  article: Article,
  sectionWindow: ArticleWindow | undefined,
  sectionId: string | undefined,
  targetSectionId: string | undefined,
): readonly Section[] {
  const [reach, setReach] = useState(0);
  const base = useMemo(() => windowRange(article, sectionId), [article, sectionId]);
  const total = article.sections.length;
  const start = Math.max(0, base.start - reach);
  const end = Math.min(total, base.end + reach);
  const complete = sectionWindow !== undefined || (start === 0 && end === total);

  // Sections drawn above the ones in view push them down. Browsers that anchor scrolling
  // (`overflow-anchor`) keep the reader's place; for those that do not, the section at the top of
  // the screen is kept where it stood. Only then is it measured: each measure is a forced layout
  // in every step, which a slow phone feels.
  const anchor = useRef<{ element: Element; top: number } | null>(null);
  useEffect(() => {
    if (complete) return;
    const timer = setTimeout(() => {
      anchor.current = start > 0 && !CSS.supports('overflow-anchor', 'auto') ? topSection() : null;
      startTransition(() => setReach((grown) => grown + GROWTH));
    }, 0);
    return () => clearTimeout(timer);
  }, [complete, reach, start]);
  useLayoutEffect(() => {
    const before = anchor.current;
    anchor.current = null;
    if (!before?.element.isConnected) return;
    const moved = before.element.getBoundingClientRect().top - before.top;
    // Instant: the page's smooth scrolling would let the place drift while it animates.
    if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: 'instant' });
  }, [start]);

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
