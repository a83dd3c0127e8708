/** The server answered, but not with success. */
export class HttpError extends Error {
  readonly status: number;
  readonly url: string;

  constructor(url: string, status: number) {
    super(`Request for ${url} failed with status ${status}`);
    this.name = 'HttpError';
    this.url = url;
    this.status = status;
  }
}

/** The request never got an answer: offline, refused, timed out or aborted. */
export class NetworkError extends Error {
  readonly url: string;

  constructor(url: string, options?: { cause?: unknown }) {
    super(`Could not reach ${url}`, options);
    this.name = 'NetworkError';
    this.url = url;
  }
}

/** The server answered 2xx, but the body is not JSON. */
export class MalformedJsonError extends Error {
  readonly url: string;

  constructor(url: string, options?: { cause?: unknown }) {
    super(`The response from ${url} is not valid JSON`, options);
    this.name = 'MalformedJsonError';
    this.url = url;
  }
}

/** Whether trying the same request again might succeed. */
export function isTransient(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof HttpError && error.status >= 500);
}

export const REQUEST_TIMEOUT_MS = 15_000;

/**
 * Fetches a URL and returns its body as unknown JSON, turning each way of failing into a typed
 * error. The body is left untyped on purpose: callers must validate it with a schema.
 */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json' },
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (cause) {
    throw new NetworkError(url, { cause });
  }
  if (!response.ok) {
    // Read the small error body so the request completes rather than being reported as aborted.
    await response.text().catch(() => '');
    throw new HttpError(url, response.status);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    throw new NetworkError(url, { cause });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new MalformedJsonError(url, { cause });
  }
}
