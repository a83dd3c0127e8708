// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../src/app/queryClient';
import {
  HttpError,
  MAX_RESPONSE_CHARS,
  MalformedJsonError,
  NetworkError,
  TooLargeError,
  fetchJson,
} from '../../src/lib/fetchJson';
import { InvalidDataError } from '../../src/lib/validation';

const URL = '/articles/a-story.json';

function answer(reply: () => Response | Promise<Response>) {
  vi.stubGlobal('fetch', vi.fn(reply));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('fetchJson', () => {
  it('returns the parsed body of a sound answer', async () => {
    answer(() => new Response('{"slug":"a-story"}'));
    await expect(fetchJson(URL)).resolves.toEqual({ slug: 'a-story' });
  });

  it.each([
    ['an empty body', '', 'the file is empty'],
    ['a body of spaces', '  \n', 'the file is empty'],
    ['HTML', '<!doctype html>', expect.stringMatching(/^not valid JSON \(.+\)$/)],
    ['cut-off JSON', '{"slug": "a-', expect.stringMatching(/^not valid JSON \(.+\)$/)],
  ])('names %s as a malformed answer', async (_name, body, detail) => {
    answer(() => new Response(body));
    const error: unknown = await fetchJson(URL).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MalformedJsonError);
    expect(error).toMatchObject({ url: URL, detail });
  });

  it('refuses a body over the limit, and takes one at the limit', async () => {
    const atLimit = `"${'a'.repeat(MAX_RESPONSE_CHARS - 2)}"`;
    answer(() => new Response(atLimit));
    await expect(fetchJson(URL)).resolves.toHaveLength(MAX_RESPONSE_CHARS - 2);

    answer(() => new Response(`${atLimit} `));
    await expect(fetchJson(URL)).rejects.toEqual(
      new TooLargeError(URL, MAX_RESPONSE_CHARS + 1, MAX_RESPONSE_CHARS),
    );
  });

  it('tells a server error from a failure to connect, and offline from both', async () => {
    answer(() => new Response('gone', { status: 410 }));
    await expect(fetchJson(URL)).rejects.toMatchObject({ name: 'HttpError', status: 410 });

    answer(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(fetchJson(URL)).rejects.toMatchObject({ reason: 'unreachable' });

    vi.spyOn(Navigator.prototype, 'onLine', 'get').mockReturnValue(false);
    await expect(fetchJson(URL)).rejects.toMatchObject({ reason: 'offline' });
  });
});

describe('retrying on its own', () => {
  const retry = createQueryClient().getDefaultOptions().queries?.retry;

  /** How many requests the app makes before it shows the failure, up to a cap of 100. */
  function attempts(error: unknown): number {
    if (typeof retry !== 'function') throw new Error('Expected a retry policy');
    let failures = 0;
    while (failures < 100 && retry(failures, error as Error)) failures += 1;
    return failures + 1;
  }

  it.each([
    ['a server error', 3, new HttpError(URL, 500)],
    ['a failure to connect', 3, new NetworkError(URL, 'unreachable')],
    ['a timeout, which already kept the reader waiting', 1, new NetworkError(URL, 'timeout')],
    ['offline, which waits for the connection instead', 1, new NetworkError(URL, 'offline')],
    ['a missing file', 1, new HttpError(URL, 404)],
    ['a malformed file', 1, new MalformedJsonError(URL, 'the file is empty')],
    ['a file too large', 1, new TooLargeError(URL, 2e6, 1e6)],
    ['a file with errors', 1, new InvalidDataError('The story', [])],
  ])('gives up after %s: %i request(s) in all', (_name, expected, error) => {
    expect(attempts(error)).toBe(expected);
  });
});
