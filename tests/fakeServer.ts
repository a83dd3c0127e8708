import { vi } from 'vitest';
import bundledArticle from '../public/articles/russia-ukraine-istanbul-ceasefire-talks.json';
import { articleSummary } from '../src/features/articles/model/articleIndex';
import type { Article } from '../src/features/articles/model/articleSchema';

export const SLUG = 'russia-ukraine-istanbul-ceasefire-talks';

/** A fresh, mutable copy of the real story file. */
export function articleJson(): typeof bundledArticle {
  return structuredClone(bundledArticle);
}

/** The index the build derives from the bundled story, as the server answers it. */
export function indexJson() {
  return { articles: [articleSummary(bundledArticle as Article)] };
}

/** A reply, or a function of the request's options (its `signal`, to answer an abort like fetch). */
type Reply = Response | ((init?: RequestInit) => Response | Promise<Response>);
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
    '/articles/index.json': () => jsonResponse(indexJson()),
    [`/articles/${SLUG}.json`]: () => jsonResponse(bundledArticle),
    ...overrides,
  };
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url, 'http://localhost').pathname;
    const reply = routes[path];
    if (reply === undefined) return new Response('Not found', { status: 404 });
    return typeof reply === 'function' ? reply(init) : reply;
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** Rejects the way fetch does when the request's signal aborts (a timeout, a cancelled load). */
function onAbort(init: RequestInit | undefined, fail: (reason: unknown) => void): void {
  const signal = init?.signal;
  signal?.addEventListener('abort', () => fail(signal.reason), { once: true });
}

/** A server that never answers: the request stays open until it is aborted. */
export function neverAnswers(init?: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => onAbort(init, reject));
}

/** A server that sends the headers and a first chunk, then nothing more, until aborted. */
export function neverFinishes(init?: RequestInit): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"slug": "russia-'));
      onAbort(init, (reason) => controller.error(reason));
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
}

/** Answers with each reply in turn, then keeps giving the last one. */
export function inTurn(...replies: ((init?: RequestInit) => Response | Promise<Response>)[]) {
  let call = 0;
  return (init?: RequestInit) => {
    const reply = replies[Math.min(call, replies.length - 1)];
    call += 1;
    if (reply === undefined) throw new Error('inTurn needs at least one reply');
    return reply(init);
  };
}
