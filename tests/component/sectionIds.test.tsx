import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../renderWithProviders';
import { SLUG, articleJson, jsonResponse, stubServer } from '../fakeServer';

/** The bundled article with its sections renamed to ids the page itself might use. */
function articleWithPageWordsForIds() {
  const article = articleJson();
  const renamed = new Map([
    ['opening', 'main'],
    ['no-putin-no-zelensky', 'root'],
    ['russian-demands-spark-frustration', 'participants-heading'],
    ['turkish-officials-present', 'quotes-heading'],
  ]);
  for (const section of article.sections) section.id = renamed.get(section.id) ?? section.id;
  for (const quote of article.quotes) quote.sectionId = renamed.get(quote.sectionId) ?? '';
  return article;
}

describe('an article whose section ids are words the page uses for itself', () => {
  it('keeps every id on the page unique, the skip link and the panels working', async () => {
    stubServer({ [`/articles/${SLUG}.json`]: () => jsonResponse(articleWithPageWordsForIds()) });
    const { user } = renderApp(`/articles/${SLUG}/participants-heading`);

    const toggle = await screen.findByRole('button', { name: 'Russian demands spark frustration' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);

    const skipTarget = screen.getByRole('link', { name: 'Skip to content' }).getAttribute('href');
    expect(document.getElementById(skipTarget?.slice(1) ?? '')?.tagName).toBe('MAIN');

    // Public ids stay the article's own, so `#root` and `/…/main` links still land.
    expect(document.getElementById('root')).toBe(
      screen.getByRole('region', { name: 'No Putin, no Zelensky' }),
    );
    expect(document.getElementById('main')).toBe(screen.getByRole('region', { name: 'Opening' }));

    const sidebar = await screen.findByRole('complementary', { name: 'Participants' });
    await user.click(within(sidebar).getByRole('button', { name: 'Vladimir Medinsky' }));
    const mention = screen.getAllByRole('button', { name: 'Vladimir Medinsky' })[0];
    expect(mention).toHaveAccessibleDescription('Shows this person in Participants');
  });
});
