import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readArticle } from '../../src/features/articles/model/parseArticle';
import { findArticlePage, renderApp } from '../renderWithProviders';
import { jsonResponse, stubServer } from '../fakeServer';
import { FOREIGN_HOST, RAN, hostileArticle, payload } from '../hostileArticle';

const SLUG = 'xss-probe';
const { story, fields } = hostileArticle(SLUG);

type ProbeWindow = Window & Partial<Record<typeof RAN, string[]>>;

beforeEach(() => {
  (window as unknown as ProbeWindow)[RAN] = [];
});

afterEach(() => {
  Reflect.deleteProperty(window, RAN);
});

describe('a story whose every text field carries markup and script URLs', () => {
  it('is a valid story, so nothing is left out and every payload reaches the page', () => {
    const result = readArticle(story);

    expect(result).toMatchObject({
      ok: true,
      value: { panelProblems: { participants: [], quotes: [] } },
    });
  });

  it('shows every field as text, and nothing in it runs, links or loads', async () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    const fetchMock = stubServer({ [`/articles/${SLUG}.json`]: () => jsonResponse(story) });
    renderApp(`/articles/${SLUG}`);
    const headline = await findArticlePage();

    expect(headline).toHaveTextContent(payload('headline'), { normalizeWhitespace: false });
    for (const field of fields) {
      expect(document.body.textContent).toContain(payload(field));
    }
    // Nothing became an element: no image, no script, no frame, no handler attribute.
    expect(screen.queryAllByRole('img')).toEqual([]);
    expect(
      document.querySelectorAll(
        'script, img, svg:not([aria-hidden]):not([role="presentation"]), iframe, object',
      ),
    ).toHaveLength(0);
    const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames().filter((name) => name.startsWith('on')),
    );
    expect(handlers).toEqual([]);
    // Every link stays inside the app: a path on this site or a place on this page.
    for (const link of screen.getAllByRole('link')) {
      expect(link.getAttribute('href')).toMatch(/^(\/(?!\/)|#)/);
    }
    expect((window as unknown as ProbeWindow)[RAN]).toEqual([]);
    expect(alert).not.toHaveBeenCalled();
    const hosts = fetchMock.mock.calls.map(
      ([input]) => new URL(String(input), 'http://localhost').host,
    );
    expect(hosts).not.toContain(FOREIGN_HOST);
  });
});
