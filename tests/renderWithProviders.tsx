import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';

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
