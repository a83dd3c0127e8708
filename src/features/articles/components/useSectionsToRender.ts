import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { elementIds } from '../../../lib/elementIds';
import type { Article, Section } from '../model/articleSchema';
import { windowRange, type ArticleWindow } from '../model/articleWindow';
import { startsSearch } from './useFindInPageFallback';

/** Sections added on a side per step: a step's work stays well under a frame's budget. */
const GROWTH = 5;

/** The section at the top of the screen, and where it stands. */
function topSection(): { element: Element; top: number } | null {
  const inView = document.elementFromPoint(document.documentElement.clientWidth / 2, 1);
  const element = inView?.closest('section[id]');
  return element ? { element, top: element.getBoundingClientRect().top } : null;
}

/**
 * Whether the page was opened with a text fragment (`#:~:text=`), whose words the browser looks
 * for in the whole story. The page's own address has it taken out; the navigation's entry keeps it.
 */
function openedWithTextFragment(): boolean {
  const [entry] = performance.getEntriesByType?.('navigation') ?? [];
  return entry?.name.includes(':~:') ?? false;
}

/**
 * The sections to draw now. A long article starts with the window its page shows (prerendered,
 * or around the section a link names) and grows by a few sections on a side, each step a
 * time-sliced render and a small commit of its own, as the reader comes within a screen of that
 * side's last drawn section. Drawing all 500 of a long story at once cost a phone seconds of
 * main thread while the reader only read one part. The whole story is drawn, a few sections at
 * a time, once the reader searches the page (find-in-page's keys) or a text fragment names words
 * in it, and at once for printing. The section a link targets is drawn at once.
 */
export function useSectionsToRender(
  article: Article,
  sectionWindow: ArticleWindow | undefined,
  sectionId: string | undefined,
  targetSectionId: string | undefined,
): readonly Section[] {
  const [reach, setReach] = useState({ before: 0, after: 0 });
  // 'near': only where the reader is; 'whole': all of it, in steps; 'print': all of it now.
  const [drawing, setDrawing] = useState<'near' | 'whole' | 'print'>('near');
  const base = useMemo(() => windowRange(article, sectionId), [article, sectionId]);
  const total = article.sections.length;
  const start = Math.max(0, base.start - reach.before);
  const end = Math.min(total, base.end + reach.after);
  const complete =
    sectionWindow !== undefined || drawing === 'print' || (start === 0 && end === total);

  // Sections drawn above the ones in view push them down. Browsers that anchor scrolling
  // (`overflow-anchor`) keep the reader's place; for those that do not, the section at the top of
  // the screen is kept where it stood. Only then is it measured: each measure is a forced layout
  // in every step, which a slow phone feels.
  const anchor = useRef<{ element: Element; top: number } | null>(null);
  const grow = (before: number, after: number) => {
    anchor.current = before > 0 && !CSS.supports('overflow-anchor', 'auto') ? topSection() : null;
    startTransition(() =>
      setReach((grown) => ({ before: grown.before + before, after: grown.after + after })),
    );
  };

  // From the first moment of a long story: a search begun before the rest has arrived counts.
  const long = sectionWindow !== undefined || !complete;
  useEffect(() => {
    if (!long || drawing !== 'near') return;
    const whole = () => setDrawing('whole');
    if (openedWithTextFragment()) whole();
    const searching = (event: KeyboardEvent) => {
      if (startsSearch(event)) whole();
    };
    const printing = () => flushSync(() => setDrawing('print'));
    window.addEventListener('keydown', searching, true);
    window.addEventListener('beforeprint', printing);
    return () => {
      window.removeEventListener('keydown', searching, true);
      window.removeEventListener('beforeprint', printing);
    };
  }, [long, drawing]);

  useEffect(() => {
    if (complete) return;
    // The whole story, or where nothing tells when the text changes height: step by step.
    if (drawing === 'whole' || typeof ResizeObserver === 'undefined') {
      const timer = setTimeout(() => grow(start > 0 ? GROWTH : 0, GROWTH), 0);
      return () => clearTimeout(timer);
    }
    const first =
      start > 0 ? document.getElementById(elementIds.section(article.sections[start]!.id)) : null;
    const last =
      end < total
        ? document.getElementById(elementIds.section(article.sections[end - 1]!.id))
        : null;
    // Measured in a frame, where the layout is already done: near, or already passed (a jump
    // with Home, End or the scroll bar leaps over any margin without coming near).
    let frame = 0;
    const check = () => {
      frame = 0;
      const screen = window.innerHeight;
      const before = first !== null && first.getBoundingClientRect().top > -screen;
      const after = last !== null && last.getBoundingClientRect().bottom < 2 * screen;
      if (!before && !after) return;
      window.removeEventListener('scroll', scrolled);
      resized.disconnect();
      grow(before ? GROWTH : 0, after ? GROWTH : 0);
    };
    const scrolled = () => {
      frame ||= requestAnimationFrame(check);
    };
    // Sections off screen stand at an estimated height until drawn at their real one: the text
    // changing height moves the edges without a scroll.
    const resized = new ResizeObserver(scrolled);
    const text = (first ?? last)?.parentElement;
    if (text) resized.observe(text);
    window.addEventListener('scroll', scrolled, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      window.removeEventListener('scroll', scrolled);
    };
  }, [article, complete, drawing, end, start, total]);
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
