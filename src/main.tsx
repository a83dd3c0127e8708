import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';

import { createQueryClient } from './app/queryClient';
import { createRoutes } from './app/routes';
import './styles/global.css';

// useArticleTarget scrolls to the linked section on every navigation, Back/Forward included; the
// browser's own restoration would run after it and put the section off-screen.
history.scrollRestoration = 'manual';

const queryClient = createQueryClient();
const router = createBrowserRouter(createRoutes(queryClient));
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
