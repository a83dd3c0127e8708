import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../renderWithProviders';
import { SLUG, articleJson, inTurn, jsonResponse, stubServer } from '../fakeServer';

const ARTICLE_URL = `/articles/${SLUG}.json`;
const HEADLINE = 'Russia and Ukraine Hold First Ceasefire Talks in Years, But No Breakthrough';

const ok = () => jsonResponse(articleJson());

describe('loading a story', () => {
  it('shows a placeholder while a slow response is on its way, then the story', async () => {
    let answer: (response: Response) => void = () => {};
    stubServer({ [ARTICLE_URL]: () => new Promise<Response>((resolve) => (answer = resolve)) });
    renderApp(`/articles/${SLUG}`);

    expect(await screen.findByRole('status', { name: 'Loading the story…' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: HEADLINE })).not.toBeInTheDocument();

    answer(ok());
    expect(await screen.findByRole('heading', { level: 1, name: HEADLINE })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Loading the story…' })).not.toBeInTheDocument();
  });

  it('explains a server error and recovers on Retry', async () => {
    const fetchMock = stubServer({
      [ARTICLE_URL]: inTurn(() => new Response('Internal Server Error', { status: 500 }), ok),
    });
    const { user } = renderApp(`/articles/${SLUG}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'We couldn’t load the story' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/error 500/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: HEADLINE })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('explains a network failure and recovers on Retry', async () => {
    stubServer({
      [ARTICLE_URL]: inTurn(() => Promise.reject(new TypeError('Failed to fetch')), ok),
    });
    const { user } = renderApp(`/articles/${SLUG}`);

    expect(await screen.findByText(/couldn’t reach the server/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: HEADLINE })).toBeInTheDocument();
  });

  it('explains a response that is not JSON and recovers on Retry', async () => {
    stubServer({
      [ARTICLE_URL]: inTurn(() => new Response('<!doctype html><p>Gateway', { status: 200 }), ok),
    });
    const { user } = renderApp(`/articles/${SLUG}`);

    expect(await screen.findByText(/not a story file/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: HEADLINE })).toBeInTheDocument();
  });

  it('shows not-found, with no Retry, for a 404', async () => {
    stubServer({ [ARTICLE_URL]: () => new Response('Not found', { status: 404 }) });
    renderApp(`/articles/${SLUG}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Story not found' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('tells the editor which fields are wrong when the file fails the schema', async () => {
    const broken = articleJson();
    broken.standfirst = ' ';
    broken.sections[2]!.id = 'no-putin-no-zelensky';
    stubServer({ [ARTICLE_URL]: () => jsonResponse(broken) });
    renderApp(`/articles/${SLUG}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'The story file has errors' }),
    ).toBeInTheDocument();
    const problems = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(problems.map((item) => item.textContent)).toEqual([
      'standfirst: Expected non-empty text',
      'sections[2].id: Duplicate id "no-putin-no-zelensky"',
    ]);
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });
});

describe('loading the index', () => {
  it('explains a failure and recovers on Retry', async () => {
    stubServer({
      '/articles/index.json': inTurn(
        () => new Response('Bad Gateway', { status: 502 }),
        () => jsonResponse({ articles: [] }),
      ),
    });
    const { user } = renderApp('/');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'We couldn’t load the stories' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('No stories yet.')).toBeInTheDocument();
  });
});
