import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../renderWithProviders';
import { SLUG, stubServer } from '../fakeServer';

const ARTICLE = `/articles/${SLUG}`;
const HEADLINE = 'Russia and Ukraine Hold First Ceasefire Talks in Years, But No Breakthrough';

async function open(path: string) {
  stubServer();
  renderApp(path);
  await screen.findByRole('heading', { level: 1, name: HEADLINE });
}

describe('links mangled on the way', () => {
  it.each([
    ['mixed case', `${ARTICLE}/No-Putin-NO-Zelensky`],
    ['percent-encoded', `${ARTICLE}/no%2Dputin%2Dno%2Dzelensky`],
    ['percent-encoded in mixed case', `${ARTICLE}/No%2DPutin%2dNo%2DZelensky`],
    ['a trailing slash', `${ARTICLE}/no-putin-no-zelensky/`],
    ['tracking parameters', `${ARTICLE}/no-putin-no-zelensky?utm_source=chat&fbclid=x1`],
    ['a fragment in mixed case', `${ARTICLE}?utm_source=chat#No-Putin-No-Zelensky`],
    ['a percent-encoded fragment', `${ARTICLE}/#no%2Dputin%2Dno%2Dzelensky`],
  ])('lands on the section through %s', async (_name, path) => {
    await open(path);

    await waitFor(() =>
      expect(document.title).toBe(`No Putin, no Zelensky · ${HEADLINE} · The Reader`),
    );
    expect(screen.getByRole('button', { name: 'No Putin, no Zelensky' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(screen.queryByText(/has no section/)).not.toBeInTheDocument();
  });

  it.each([
    ['a trailing slash', `${ARTICLE}/`],
    ['a query string', `${ARTICLE}?utm_source=whatsapp`],
    ['an empty fragment', `${ARTICLE}#`],
  ])('opens the story through %s', async (_name, path) => {
    await open(path);

    await waitFor(() => expect(document.title).toBe(`${HEADLINE} · The Reader`));
    expect(screen.queryByText(/has no section/)).not.toBeInTheDocument();
  });

  it.each([
    ['an unknown section', `${ARTICLE}/closing-remarks`, 'closing-remarks'],
    ['punctuation a chat app kept', `${ARTICLE}/no-putin-no-zelensky).`, 'no-putin-no-zelensky).'],
    ['broken percent-encoding', `${ARTICLE}/%E0%A4%A`, '%E0%A4%A'],
    ['markup', `${ARTICLE}/%3Cimg%20src%3Dx%3E`, '<img src=x>'],
  ])('shows the whole story with a note for %s', async (_name, path, requested) => {
    await open(path);

    expect(screen.getByText(/has no section/)).toHaveTextContent(
      `This story has no section “${requested}”. Here is the whole story.`,
    );
    await waitFor(() => expect(document.title).toBe(`${HEADLINE} · The Reader`));
  });

  it.each([
    ['an unknown story', '/articles/no-such-story'],
    ['a story in capitals', `/articles/${SLUG.toUpperCase()}`],
    ['a story with markup', '/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  ])('shows not-found for %s', async (_name, path) => {
    stubServer();
    renderApp(path);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Story not found' }),
    ).toBeInTheDocument();
  });
});
