import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState } from 'react-router';
import { elementIds } from '../lib/elementIds';

/** What a prerendered page hands the browser so it hydrates without fetching again. */
export type PrerenderedState = {
  /** The path the page was rendered for: the same HTML may answer others (offline, 404). */
  path: string;
  /**
   * The old address this copy of the page was written at, when a slug or id changed after
   * readers shared links to it: the page is the successor's, at `path`.
   */
  movedFrom?: string;
  router: HydrationState;
  queries: DehydratedState;
};

const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/**
 * The state of the prerendered page now open, when it was rendered for this very path; else
 * undefined, and the app renders from scratch.
 */
export function readPrerenderedState(
  pathname: string = window.location.pathname,
): PrerenderedState | undefined {
  const text = document.getElementById(elementIds.state)?.textContent;
  if (!text) return undefined;
  // Written by our own build from validated articles (scripts/build), so it is trusted here.
  const state = JSON.parse(text) as PrerenderedState;
  const here = withoutTrailingSlash(pathname);
  const renderedFor = [state.path, state.movedFrom].filter((path) => path !== undefined);
  if (!renderedFor.some((path) => withoutTrailingSlash(path) === here)) return undefined;
  // The HTML was fetched just now, so the data in it is as fresh as the page.
  const now = Date.now();
  return {
    ...state,
    queries: {
      ...state.queries,
      queries: state.queries.queries.map((query) => ({
        ...query,
        state: { ...query.state, dataUpdatedAt: now },
      })),
    },
  };
}
