import { HydrationBoundary, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';

import { addDeferredHead } from './app/deferredHead';
import { readPrerenderedState } from './app/prerenderedState';
import { createQueryClient } from './app/queryClient';
import { createRoutes } from './app/routeTree';
import { registerServiceWorker } from './app/serviceWorker';
import { elementIds } from './lib/elementIds';
import './styles/global.css';

// useArticleTarget scrolls to the linked section on every navigation, Back/Forward included; the
// browser's own restoration would run after it and put the section off-screen.
history.scrollRestoration = 'manual';

const root = document.getElementById(elementIds.root);
if (root === null) throw new Error(`index.html has no #${elementIds.root} element`);

const prerendered = readPrerenderedState();
const queryClient = createQueryClient();
const router = createBrowserRouter(
  createRoutes({ queryClient }),
  prerendered ? { hydrationData: prerendered.router } : {},
);

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <HydrationBoundary state={prerendered?.queries}>
        <RouterProvider router={router} />
      </HydrationBoundary>
    </QueryClientProvider>
  </StrictMode>
);

addDeferredHead();

if (prerendered) {
  // As a transition, hydration yields to the browser every few milliseconds instead of holding
  // the main thread until the whole page is done; a click meanwhile is not lost.
  startTransition(() => {
    hydrateRoot(root, app);
  });
} else {
  // 404.html and the offline shell were rendered for another path (or none): start afresh.
  root.replaceChildren();
  createRoot(root).render(app);
}

if (import.meta.env.PROD) registerServiceWorker({ keepPage: prerendered !== undefined });
