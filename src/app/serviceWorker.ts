import { matchPath } from 'react-router';
import { dataUrls, patterns } from '../lib/paths';
import { OFFLINE_CACHES } from './offlineCaches';

/**
 * The page a reader arrives on loaded before the worker existed, and a prerendered article never
 * fetched its JSON, so neither passed through the worker's caches: keep them now, so this article
 * and every section of it open offline.
 */
async function keepThisPageOffline(): Promise<void> {
  const slug = matchPath({ path: patterns.article, end: false }, window.location.pathname)?.params
    .slug;
  const pages = await caches.open(OFFLINE_CACHES.pages);
  await pages.add(window.location.pathname);
  if (slug) {
    const articles = await caches.open(OFFLINE_CACHES.articles);
    await articles.add(dataUrls.article(slug));
  }
}

/**
 * Registers the service worker the build writes (scripts/build/serviceWorker.ts), after the page
 * has loaded so it never competes with the article for bandwidth. `keepPage` when the page is a
 * real prerendered one (not 404.html or the offline shell standing in for another path).
 */
export function registerServiceWorker({ keepPage }: { keepPage: boolean }): void {
  if (!('serviceWorker' in navigator)) return;
  // Leaving the page (a reload, a link) aborts the worker's first fetches: not a failure to report.
  // Firefox may reject them before `pagehide`; `beforeunload` comes first, and is listened for only
  // while they run (a standing listener keeps Firefox from keeping the page for Back).
  let leaving = false;
  const leave = () => (leaving = true);
  window.addEventListener('pagehide', leave, { once: true });
  const register = () => {
    window.addEventListener('beforeunload', leave);
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`)
      .then(() => navigator.serviceWorker.ready)
      .then(() => (keepPage ? keepThisPageOffline() : undefined))
      .catch((error: unknown) => {
        // Reading still works without it; only offline reading is lost.
        if (!leaving) console.warn('Offline reading is not available:', error);
      })
      .finally(() => window.removeEventListener('beforeunload', leave));
  };
  // The app itself starts after the first frame, often after the page has loaded.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
