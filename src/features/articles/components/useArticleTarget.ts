import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { keepLanded } from '../../../lib/keepLanded';
import { useHydrated } from '../../../lib/useHydrated';
import type { ArticleTarget } from '../model/articleText';

const CURRENT = 'data-current';
const FLASH_MS = 2400;

function reducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/** The id the address's fragment names, as the browser reads it. */
function fragmentId(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return window.location.hash.slice(1);
  }
}

/** The element a place in the article lands on: the quote or mention itself, else the section's toggle. */
function landingElement(sectionId: string, anchorId: string | undefined): HTMLElement | null {
  if (anchorId) return document.getElementById(anchorId);
  const section = document.getElementById(sectionId);
  return section?.querySelector<HTMLElement>('h2 button') ?? section;
}

/**
 * Takes the reader to the place a link names, each time the location changes (first load, a
 * link, Back or Forward, a fragment typed or followed in the page): opens its section, then, once it is shown, scrolls it into view,
 * focuses it for keyboard and screen-reader users and marks it.
 */
export function useArticleTarget(
  target: ArticleTarget,
  reveal: (sectionId: string) => void,
  isExpanded: (sectionId: string) => boolean,
): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  // The location handled last, by identity: a fragment typed into the address bar or followed
  // from a plain `<a href="#…">` is a new location with the same key ("default") as the first.
  const handled = useRef<ReturnType<typeof useLocation> | undefined>(undefined);
  // The first landing is the page opening at its place: no animation from the top.
  const landedBefore = useRef(false);
  const pending = useRef<Extract<ArticleTarget, { kind: 'place' }> | null>(null);
  // A prerendered page hydrates with every section open; land only once the real folds apply.
  const hydrated = useHydrated();
  const stopKeeping = useRef<() => void>(undefined);
  const landing = useRef<number>(undefined);
  useEffect(
    () => () => {
      window.clearTimeout(landing.current);
      stopKeeping.current?.();
    },
    [],
  );

  useLayoutEffect(() => {
    if (!hydrated) return;
    if (handled.current !== location) {
      handled.current = location;
      window.clearTimeout(landing.current);
      pending.current = target.kind === 'place' ? target : null;
      // Only a change: a state update here, even to the same value, is a synchronous render
      // that also runs every pending effect in this task.
      if (target.kind === 'place') {
        if (!isExpanded(target.sectionId)) reveal(target.sectionId);
      } else if (navigationType === 'PUSH') window.scrollTo({ top: 0 });
    }
    // Land only once the section is open; revealing it re-runs this effect.
    const place = pending.current;
    if (place === null || !isExpanded(place.sectionId)) return;
    // A long article may not have drawn the place yet: land when it has.
    if (landingElement(place.sectionId, place.anchorId) === null) return;
    pending.current = null;
    // In a task of its own: scrolling lays out the page and focusing sends events through React,
    // which on a slow phone made one long task with the commit that opened the section.
    landing.current = window.setTimeout(() => {
      const element = landingElement(place.sectionId, place.anchorId);
      if (element === null) return;
      document
        .querySelectorAll(`[${CURRENT}]`)
        .forEach((marked) => marked.removeAttribute(CURRENT));
      const marked = place.anchorId ? element : document.getElementById(place.sectionId);
      marked?.setAttribute(CURRENT, '');
      if (!element.matches('button, a, [tabindex]')) element.setAttribute('tabindex', '-1');
      const behavior = reducedMotion() || !landedBefore.current ? 'instant' : 'smooth';
      const block = place.anchorId ? 'center' : 'start';
      const land = () => {
        element.scrollIntoView({ block, behavior });
        element.focus({ preventScroll: true });
      };
      land();
      stopKeeping.current?.();
      // The page opening at its place may still be assembling around it (a page drawn afresh, as
      // offline, gets its panels after it landed).
      if (!landedBefore.current) {
        stopKeeping.current = keepLanded(() =>
          element.scrollIntoView({ block, behavior: 'instant' }),
        );
      }
      // A fragment navigated to in the page (typed, or a plain link) scrolls to and focuses the
      // element it names once this has run: land again, unless the reader has moved on since.
      window.setTimeout(() => {
        const [focused, named] = [document.activeElement, fragmentId()];
        if (named && focused !== element && element.isConnected && focused?.id === named) land();
      }, 0);
      landedBefore.current = true;
      // A section's mark is a brief flash; a quote or mention stays marked until the next place.
      if (!place.anchorId) window.setTimeout(() => marked?.removeAttribute(CURRENT), FLASH_MS);
    }, 0);
  }, [hydrated, location, navigationType, target, reveal, isExpanded]);
}
