import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REQUEST_TIMEOUT_MS } from '../../src/lib/fetchJson';
import { renderApp } from '../renderWithProviders';
import {
  SLUG,
  articleJson,
  inTurn,
  jsonResponse,
  neverAnswers,
  neverFinishes,
  stubServer,
} from '../fakeServer';

const ARTICLE_URL = `/articles/${SLUG}.json`;
const HEADLINE = 'Russia and Ukraine Hold First Ceasefire Talks in Years, But No Breakthrough';
const ok = () => jsonResponse(articleJson());
const story = () => screen.findByRole('heading', { level: 1, name: HEADLINE });

function goOffline() {
  const onLine = vi.spyOn(Navigator.prototype, 'onLine', 'get').mockReturnValue(false);
  window.dispatchEvent(new Event('offline'));
  return {
    /** Back online, as the browser announces it. */
    reconnect() {
      onLine.mockReturnValue(true);
      act(() => void window.dispatchEvent(new Event('online')));
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a request that takes too long', () => {
  it.each([
    ['never answers', neverAnswers],
    ['sends part of the file and then stalls', neverFinishes],
  ])('gives up when the server %s, then Retry brings the story', async (_name, stall) => {
    // Only the timers: the app's own timeout is what is under test.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const fetchMock = stubServer({ [ARTICLE_URL]: inTurn(stall, ok) });
    const { user } = renderApp(`/articles/${SLUG}`);

    expect(await screen.findByRole('status', { name: 'Loading the story…' })).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS - 1000));
    expect(screen.queryByRole('heading', { name: 'We couldn’t load the story' })).toBeNull();

    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'We couldn’t load the story' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/took more than 15 seconds to answer/)).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await story()).toBeInTheDocument();
  });
});

describe('offline', () => {
  it('says the reader is offline, and opens the story by itself once back online', async () => {
    const connection = goOffline();
    const fetchMock = stubServer({
      [ARTICLE_URL]: inTurn(() => Promise.reject(new TypeError('Failed to fetch')), ok),
    });
    renderApp(`/articles/${SLUG}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You’re offline' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'This story has not been saved for reading offline yet. It will open as soon as you are back online.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('You’re offline · The Reader'));
    // Retrying on its own while offline would only fail again.
    expect(fetchMock).toHaveBeenCalledTimes(1);

    connection.reconnect();
    expect(await story()).toBeInTheDocument();
  });

  it('answers Retry while still offline with the same clear page', async () => {
    goOffline();
    const fetchMock = stubServer({
      [ARTICLE_URL]: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    const { user } = renderApp(`/articles/${SLUG}`);

    await user.click(await screen.findByRole('button', { name: 'Retry' }));
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeEnabled();
    expect(screen.getByRole('heading', { level: 1, name: 'You’re offline' })).toBeInTheDocument();
  });

  it('says so for the list of stories too', async () => {
    goOffline();
    stubServer({ '/articles/index.json': () => Promise.reject(new TypeError('Failed to fetch')) });
    renderApp('/');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You’re offline' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^The list of stories has not been saved for reading offline yet/),
    ).toBeInTheDocument();
  });
});
