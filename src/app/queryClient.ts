import { QueryClient } from '@tanstack/react-query';
import { isTransient } from '../lib/fetchJson';

const MAX_RETRIES = 2;

/**
 * Articles change rarely, so cached data stays fresh for a while. Only failures that may pass
 * (network, 5xx) are retried, a bounded number of times; a 404 or a bad file never is.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        retry: (failureCount, error) => isTransient(error) && failureCount < MAX_RETRIES,
      },
    },
  });
}
