import { HydrationBoundary, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { prepareDehydratedArticles } from '../features/articles/api/getArticle';
import { elementIds } from '../lib/elementIds';
import { loadMessages } from '../lib/i18n/messages';
import { DEFAULT_LANGUAGE } from '../lib/language';
import { nextTask } from '../lib/nextTask';
import { openStorage } from '../lib/storage';
import { HydrationProvider } from '../lib/useHydrated';
import { addDeferredHead } from './deferredHead';
import { readPrerenderedState } from './prerenderedState';
import { createQueryClient } from './queryClient';
import { createRoutes } from './routeTree';
import { registerServiceWorker } from './serviceWorker';

/**
 * Takes over the page: hydrates a prerendered page (the router and the cache start from the data
 * it carries), or renders afresh. In steps, each a task of its own, so none holds the main thread
 * long enough for a reader to notice.
 */
export async function startApp(): Promise<void> {
  // useArticleTarget scrolls to the linked section on every navigation, Back/Forward included;
  // the browser's own restoration would run after it and put the section off-screen.
  history.scrollRestoration = 'manual';
  const root = document.getElementById(elementIds.root);
  if (root === null) throw new Error(`index.html has no #${elementIds.root} element`);

  const prerendered = readPrerenderedState();
  // A page written at a link's old address: the address bar shows where the story is now (the
  // fragment, which may name an old id, is kept for the article to resolve).
  if (prerendered?.movedFrom !== undefined) {
    const { search, hash } = window.location;
    history.replaceState(history.state, '', `${prerendered.path}${search}${hash}`);
  }
  const queryClient = createQueryClient();
  addDeferredHead();
  // The page's words must be at hand when it hydrates, as they were when it was prerendered.
  await Promise.all([loadMessages(document.documentElement.lang || DEFAULT_LANGUAGE), nextTask()]);
  if (prerendered) await prepareDehydratedArticles(prerendered.queries, nextTask);
  // Before the router's start reads the session's storage and the hydration the reader's choices.
  await openStorage(nextTask);
  const router = createBrowserRouter(
    createRoutes({ queryClient }),
    prerendered ? { hydrationData: prerendered.router } : {},
  );
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <HydrationBoundary state={prerendered?.queries}>
          <HydrationProvider hydrating={prerendered !== undefined}>
            <RouterProvider router={router} />
          </HydrationProvider>
        </HydrationBoundary>
      </QueryClientProvider>
    </StrictMode>
  );
  await nextTask();

  if (prerendered) {
    // As a transition, hydration yields to the browser every few milliseconds instead of
    // holding the main thread until the whole page is done; a click meanwhile is not lost.
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    // 404.html and the offline shell were rendered for another path (or none): start afresh.
    root.replaceChildren();
    createRoot(root).render(app);
  }
  if (import.meta.env.PROD) registerServiceWorker({ keepPage: prerendered !== undefined });
}
