import { useEffect, useReducer } from 'react';
import { useHydrated } from './useHydrated';

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
    const list = window.matchMedia(query);
    list.addEventListener('change', changed);
    return () => list.removeEventListener('change', changed);
  }, [query]);
  if (!hydrated || typeof window === 'undefined' || typeof window.matchMedia !== 'function') {
    return fallback;
  }
  return window.matchMedia(query).matches;
}
