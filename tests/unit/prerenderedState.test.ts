// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { scriptJson } from '../../scripts/build/scriptJson';
import { readPrerenderedState, type PrerenderedState } from '../../src/app/prerenderedState';
import { elementIds } from '../../src/lib/elementIds';

const STATE_ELEMENT_ID = elementIds.state;

const hostile = '</script><script>alert(1)</script>\u2028<!--';

function stateWith(text: string, path = '/articles/a-story'): PrerenderedState {
  return {
    path,
    router: { loaderData: { root: null } },
    queries: {
      mutations: [],
      queries: [
        {
          queryKey: ['articles', 'detail', 'a-story'],
          queryHash: '["articles","detail","a-story"]',
          dehydratedAt: 0,
          state: {
            data: { headline: text },
            dataUpdateCount: 1,
            dataUpdatedAt: 0,
            error: null,
            errorUpdateCount: 0,
            errorUpdatedAt: 0,
            fetchFailureCount: 0,
            fetchFailureReason: null,
            fetchMeta: null,
            isInvalidated: false,
            status: 'success',
            fetchStatus: 'idle',
          },
        },
      ],
    },
  };
}

function placeInPage(state: PrerenderedState): void {
  const element = document.createElement('script');
  element.type = 'application/json';
  element.id = STATE_ELEMENT_ID;
  element.textContent = scriptJson(state);
  document.body.append(element);
}

afterEach(() => document.getElementById(STATE_ELEMENT_ID)?.remove());

describe('the prerendered state handed to the browser', () => {
  it('cannot close its <script> element, whatever a story says', () => {
    const json = scriptJson(stateWith(hostile));
    expect(json).not.toContain('<');
    expect(json).not.toContain('\u2028');
    expect(JSON.parse(json)).toEqual(stateWith(hostile));
  });

  it('is read back for the path it was rendered for, trailing slash or not', () => {
    placeInPage(stateWith(hostile));
    expect(readPrerenderedState('/articles/a-story/')?.queries.queries[0]?.state.data).toEqual({
      headline: hostile,
    });
  });

  it('counts its data as fresh from the moment the page loaded', () => {
    placeInPage(stateWith('text'));
    const before = Date.now();
    expect(
      readPrerenderedState('/articles/a-story')?.queries.queries[0]?.state.dataUpdatedAt,
    ).toBeGreaterThanOrEqual(before);
  });

  it('is ignored on another path (404.html or the offline shell standing in for it)', () => {
    placeInPage(stateWith('text', '/'));
    expect(readPrerenderedState('/articles/a-story')).toBeUndefined();
  });

  it('is absent from a page that was not prerendered', () => {
    expect(readPrerenderedState('/')).toBeUndefined();
  });
});
