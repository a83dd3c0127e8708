/**
 * The caches the service worker keeps pages and article files in. Shared by the build, which writes
 * the worker (scripts/build/serviceWorker.ts), and the page, which adds the page it opened with.
 */
export const OFFLINE_CACHES = {
  pages: 'reader-pages',
  // Named before the code said "article"; kept so readers keep what they saved offline.
  articles: 'reader-stories',
} as const;

/** Served for a page never opened when the network is gone; the app renders it from cache. */
export const OFFLINE_SHELL = 'shell.html';
