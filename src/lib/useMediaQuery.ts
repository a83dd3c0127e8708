import { useEffect, useReducer } from 'react';
import { useHydrated } from './useHydrated';

// One list per query, kept: making one evaluates the query, and the page asks on every render.
// Kept per `matchMedia`, which a test may stand in for.
const lists = new WeakMap<typeof window.matchMedia, Map<string, MediaQueryList>>();
function mediaQueryList(query: string): MediaQueryList {
  let known = lists.get(window.matchMedia);
  if (known === undefined) {
    known = new Map();
    lists.set(window.matchMedia, known);
  }
  let list = known.get(query);
  if (list === undefined) {
    list = window.matchMedia(query);
    known.set(query, list);
  }
  return list;
}

/**
 * Whether a media query matches now, updating when it changes. Until the page has hydrated (and
 * without `matchMedia`: a server render, an old test environment) it answers `fallback`, as the
 * prerendered page did; the switch then comes with the hydration's own, time-sliced, render.
 */
export function useMediaQuery(query: string, fallback = true): boolean {
  const hydrated = useHydrated();
  const [, changed] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const list = mediaQueryList(query);
    list.addEventListener('change', changed);
    return () => list.removeEventListener('change', changed);
  }, [query]);
  if (!hydrated || typeof window === 'undefined' || typeof window.matchMedia !== 'function') {
    return fallback;
  }
  return mediaQueryList(query).matches;
}
