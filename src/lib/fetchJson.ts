/** A request that failed: each kind names itself (names survive minifying) and its URL. */
abstract class RequestError extends Error {
  readonly url: string;

  constructor(name: string, url: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = name;
    this.url = url;
  }
}

/** The server answered, but not with success. */
export class HttpError extends RequestError {
  readonly status: number;

  constructor(url: string, status: number) {
    super('HttpError', url, `Request for ${url} failed with status ${status}`);
    this.status = status;
  }
}

/**
 * Why no answer came: the browser is offline, the answer took longer than REQUEST_TIMEOUT_MS,
 * or the server could not be reached (refused, reset, aborted).
 */
export type NetworkFailure = 'offline' | 'timeout' | 'unreachable';

/** The request never got a (whole) answer. */
export class NetworkError extends RequestError {
  readonly reason: NetworkFailure;

  constructor(url: string, reason: NetworkFailure, options?: ErrorOptions) {
    super('NetworkError', url, `Could not reach ${url} (${reason})`, options);
    this.reason = reason;
  }
}

/** The server answered 2xx, but the body is empty or not JSON. */
export class MalformedJsonError extends RequestError {
  /** What is wrong with the body, in words: empty, or the JSON parser's complaint. */
  readonly detail: string;

  constructor(url: string, detail: string, options?: ErrorOptions) {
    super(
      'MalformedJsonError',
      url,
      `The response from ${url} is not valid JSON: ${detail}`,
      options,
    );
    this.detail = detail;
  }
}

/** The body is larger than any article should be: rendering it could freeze the page. */
export class TooLargeError extends RequestError {
  /** Characters in the body, and the most this app accepts. */
  readonly size: number;
  readonly limit: number;

  constructor(url: string, size: number, limit: number) {
    super(
      'TooLargeError',
      url,
      `The response from ${url} has ${size} characters; the limit is ${limit}`,
    );
    this.size = size;
    this.limit = limit;
  }
}

/**
 * Whether trying the same request again soon, on its own, might succeed. Offline waits for the
 * connection instead, and a timeout has already kept the reader waiting: both get a Retry button.
 */
export function isTransient(error: unknown): boolean {
  return (
    (error instanceof NetworkError && error.reason === 'unreachable') ||
    (error instanceof HttpError && error.status >= 500)
  );
}

export const REQUEST_TIMEOUT_MS = 15_000;

/**
 * The longest body accepted, in characters: about 110 times the bundled article. A 10 MB article
 * (10,000 sections) takes seconds to parse and far longer to render, freezing a phone.
 */
export const MAX_RESPONSE_CHARS = 1_000_000;

export type FetchOptions = {
  signal?: AbortSignal | undefined;
  /** Where requests go: the browser's `fetch` unless given (the build reads files from disk). */
  fetch?: typeof fetch | undefined;
};

/**
 * Fetches a URL and returns its body as unknown JSON, turning each way of failing into a typed
 * error. The body is left untyped on purpose: callers must validate it with a schema.
 */
export async function fetchJson(
  url: string,
  { signal, fetch: send = fetch }: FetchOptions = {},
): Promise<unknown> {
  // A timer of our own rather than AbortSignal.timeout, so a timeout is told apart from an abort.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), REQUEST_TIMEOUT_MS);
  const failed = (cause: unknown) =>
    new NetworkError(
      url,
      timeout.signal.aborted ? 'timeout' : navigator.onLine ? 'unreachable' : 'offline',
      { cause },
    );
  let text: string;
  try {
    let response: Response;
    try {
      response = await send(url, {
        headers: { Accept: 'application/json' },
        signal: signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal,
      });
    } catch (cause) {
      throw failed(cause);
    }
    if (!response.ok) {
      // Read the small error body so the request completes rather than being reported as aborted.
      await response.text().catch(() => '');
      throw new HttpError(url, response.status);
    }
    try {
      // The timer runs on: a body that never finishes times out too.
      text = await response.text();
    } catch (cause) {
      throw failed(cause);
    }
  } finally {
    clearTimeout(timer);
  }
  if (text.length > MAX_RESPONSE_CHARS)
    throw new TooLargeError(url, text.length, MAX_RESPONSE_CHARS);
  if (text.trim() === '') throw new MalformedJsonError(url, 'the file is empty');
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new MalformedJsonError(url, `not valid JSON (${reason})`, { cause });
  }
}
