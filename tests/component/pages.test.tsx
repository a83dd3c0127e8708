import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../renderWithProviders';
import { SLUG, articleJson, jsonResponse, stubServer } from '../fakeServer';

describe('the article page', () => {
  it('shows the headline, standfirst, source, dates and the three subheads', async () => {
    stubServer();
    renderApp(`/articles/${SLUG}`);

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Russia and Ukraine Hold First Ceasefire Talks in Years, But No Breakthrough',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Although the dialogue was seen as a breakthrough in itself/),
    ).toBeInTheDocument();
    expect(screen.getByText('Republic World')).toBeInTheDocument();

    const published = screen.getByText(/^Published/);
    const time = within(published).getByText('16 May 2025, 12:52 UTC');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('dateTime', '2025-05-16T18:22:00+05:30');
    expect(published).toHaveTextContent(
      'Published and updated 16 May 2025, 12:52 UTC · 16 May 2025, 18:22 IST where reported',
    );

    const subheads = within(screen.getByRole('article'))
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
    expect(subheads).toEqual([
      'No Putin, no Zelensky',
      'Russian demands spark frustration',
      'Turkish officials present',
    ]);
  });

  it('shows the body text without the scraped page cruft', async () => {
    stubServer();
    renderApp(`/articles/${SLUG}`);

    const article = await screen.findByRole('article');
    expect(
      within(article).getByText(/^Russian and Ukrainian delegations met on Friday/),
    ).toBeInTheDocument();
    expect(
      within(article).getByText(/if both sides are willing to take it seriously\.$/),
    ).toBeInTheDocument();
    for (const cruft of ['Advertisement', 'Follow: Google News', 'Reported by:', 'Image: AP |']) {
      expect(article).not.toHaveTextContent(cruft);
    }
  });

  it('shows no lead picture, nor a caption for it, when the article has no picture', async () => {
    stubServer();
    renderApp(`/articles/${SLUG}`);

    const article = await screen.findByRole('article');
    expect(within(article).queryByRole('img')).not.toBeInTheDocument();
    expect(article).not.toHaveTextContent('Donetsk, Ukraine');
    expect(article).not.toHaveTextContent('Image: AP');
  });

  it('shows the lead picture with its caption and credit when the article has one', async () => {
    const withPicture = articleJson();
    withPicture.leadImage = {
      ...withPicture.leadImage,
      src: 'https://images.example/istanbul.jpg',
      alt: 'Delegations at the table in Istanbul',
    } as typeof withPicture.leadImage;
    stubServer({ [`/articles/${SLUG}.json`]: () => jsonResponse(withPicture) });
    renderApp(`/articles/${SLUG}`);

    const picture = await screen.findByRole('img', {
      name: 'Delegations at the table in Istanbul',
    });
    expect(picture).toHaveAttribute('src', 'https://images.example/istanbul.jpg');
    expect(screen.getByText(/^Donetsk, Ukraine/)).toHaveTextContent('Donetsk, Ukraine · Image: AP');
  });

  it('names the story in the document title', async () => {
    stubServer();
    renderApp(`/articles/${SLUG}`);

    await screen.findByRole('article');
    await waitFor(() =>
      expect(document.title).toBe(
        'Russia and Ukraine Hold First Ceasefire Talks in Years, But No Breakthrough · The Reader',
      ),
    );
  });
});

describe('the index', () => {
  it('lists the story and links to it', async () => {
    stubServer();
    const { user } = renderApp('/');

    const link = await screen.findByRole('link', {
      name: 'Russia and Ukraine Hold First Ceasefire Talks in Years, But No Breakthrough',
    });
    expect(link).toHaveAttribute('href', `/articles/${SLUG}`);

    await user.click(link);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'No Putin, no Zelensky' }),
    ).toBeInTheDocument();
  });
});

describe('pages that do not exist', () => {
  it('shows not-found for an unknown story', async () => {
    stubServer();
    renderApp('/articles/no-such-story');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Story not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all stories' })).toHaveAttribute('href', '/');
  });

  it('shows not-found without asking the server for a slug that cannot exist', async () => {
    const fetchMock = stubServer();
    renderApp('/articles/..%2Fsecret');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Story not found' }),
    ).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows not-found for any other path', async () => {
    stubServer();
    renderApp('/no/such/page');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
  });
});
