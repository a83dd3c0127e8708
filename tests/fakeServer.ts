import { vi } from 'vitest';
import bundledArticle from '../public/articles/russia-ukraine-istanbul-ceasefire-talks.json';
import bundledIndex from '../public/articles/index.json';

export const SLUG = 'russia-ukraine-istanbul-ceasefire-talks';

/** A fresh, mutable copy of the real story file. */
export function articleJson(): typeof bundledArticle {
  return structuredClone(bundledArticle);
}

type Reply = Response | (() => Response | Promise<Response>);
type Routes = Record<string, Reply>;

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/**
 * Stubs `fetch` with the bundled story files, plus any replies a test overrides by URL path.
 * Unknown paths answer 404, as a static host would. Returns the mock to inspect calls.
 */
export function stubServer(overrides: Routes = {}) {
  const routes: Routes = {
    '/articles/index.json': () => jsonResponse(bundledIndex),
    [`/articles/${SLUG}.json`]: () => jsonResponse(bundledArticle),
    ...overrides,
  };
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url, 'http://localhost').pathname;
    const reply = routes[path];
    if (reply === undefined) return new Response('Not found', { status: 404 });
    return typeof reply === 'function' ? reply() : reply;
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
