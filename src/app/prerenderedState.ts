import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState } from 'react-router';

/** The `<script type="application/json">` a prerendered page carries its data in. */
export const STATE_ELEMENT_ID = 'reader-state';

/** What a prerendered page hands the browser so it hydrates without fetching again. */
export type PrerenderedState = {
  /** The path the page was rendered for: the same HTML may answer others (offline, 404). */
  path: string;
  router: HydrationState;
  queries: DehydratedState;
};

/**
 * JSON safe to place inside a `<script>` element: no `<` can close it early, whatever a story's
 * text contains, and the line separators old parsers choke on are escaped.
 */
export function serializeState(state: PrerenderedState): string {
  return JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/**
 * The state of the prerendered page now open, when it was rendered for this very path; else
 * undefined, and the app renders from scratch.
 */
export function readPrerenderedState(
  pathname: string = window.location.pathname,
): PrerenderedState | undefined {
  const text = document.getElementById(STATE_ELEMENT_ID)?.textContent;
  if (!text) return undefined;
  // Written by our own build from validated stories (scripts/build), so it is trusted here.
  const state = JSON.parse(text) as PrerenderedState;
  if (withoutTrailingSlash(state.path) !== withoutTrailingSlash(pathname)) return undefined;
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
