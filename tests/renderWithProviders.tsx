import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { expect } from 'vitest';

import { createQueryClient } from '../src/app/queryClient';
import { createRoutes } from '../src/app/routeTree';

/**
 * Renders the real app at a path: real routes, loaders, schema and components, with the app's
 * QueryClient, fresh for each test and not retrying, so each test sees failures at once. Stub `fetch` to feed it.
 */
export function renderApp(path: string) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const router = createMemoryRouter(createRoutes({ queryClient }), { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient, user };
}

/**
 * Waits for an article page to be whole: its headline, then its panels, which load after the
 * text (beside it on a wide screen, behind the "Story tools" bar on a phone).
 */
export async function findArticlePage(): Promise<HTMLElement> {
  const headline = await screen.findByRole('heading', { level: 1 });
  await waitFor(() => {
    const panels =
      screen.queryByRole('complementary', { name: 'Quotes' }) ??
      screen.queryByRole('navigation', { name: 'Story tools' });
    expect(panels).toBeInTheDocument();
  });
  return headline;
}
