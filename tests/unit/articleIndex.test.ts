import { describe, expect, it } from 'vitest';
import {
  LIST_PAGE_SIZE,
  articleIndex,
  listPage,
  listPageCount,
} from '../../src/features/articles/model/articleIndex';
import type { Article } from '../../src/features/articles/model/articleSchema';
import { parseArticle } from '../../src/features/articles/model/parseArticle';
import { articleJson } from '../fakeServer';

function story(slug: string, publishedAt: string): Article {
  const parsed = parseArticle({ ...articleJson(), slug, headline: `Story ${slug}`, publishedAt });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe('the index of stories', () => {
  it('lists every story newest first by the instant, whatever offset each was written in', () => {
    const index = articleIndex([
      // 12:00 UTC, 13:00 UTC and 12:30 UTC: the strings alone would sort them otherwise.
      story('noon', '2025-05-16T17:30:00+05:30'),
      story('one-pm', '2025-05-16T09:00:00-04:00'),
      story('half-past-twelve', '2025-05-16T12:30:00Z'),
    ]);

    expect(index.articles.map((summary) => summary.slug)).toEqual([
      'one-pm',
      'half-past-twelve',
      'noon',
    ]);
  });

  it('orders stories published at the same instant by slug, so every build agrees', () => {
    const index = articleIndex([
      story('b-story', '2025-05-16T12:00:00Z'),
      story('a-story', '2025-05-16T14:00:00+02:00'),
    ]);

    expect(index.articles.map((summary) => summary.slug)).toEqual(['a-story', 'b-story']);
  });

  it('says of each story only what the list shows, taken from the story', () => {
    const [summary] = articleIndex([story('one', '2025-05-16T12:00:00Z')]).articles;

    expect(summary).toEqual({
      slug: 'one',
      headline: 'Story one',
      standfirst: articleJson().standfirst,
      publishedAt: '2025-05-16T12:00:00Z',
    });
  });

  it('says in which language a story is written, when the story says', () => {
    const arabic = { ...story('arabic', '2025-05-16T12:00:00Z'), language: 'ar' };
    const [summary] = articleIndex([arabic]).articles;

    expect(summary).toMatchObject({ slug: 'arabic', language: 'ar' });
  });
});

describe('the pages of the list', () => {
  const many = articleIndex(
    Array.from({ length: 2 * LIST_PAGE_SIZE + 1 }, (_, index) =>
      story(`story-${index}`, new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString()),
    ),
  );

  it('holds a page of stories each, the last what is left, and an empty site one page', () => {
    expect(listPageCount(0)).toBe(1);
    expect(listPageCount(LIST_PAGE_SIZE)).toBe(1);
    expect(listPageCount(LIST_PAGE_SIZE + 1)).toBe(2);
    expect(listPage(many, 1)?.articles).toHaveLength(LIST_PAGE_SIZE);
    expect(listPage(many, 3)).toMatchObject({ page: 3, pageCount: 3 });
    expect(listPage(many, 3)?.articles).toHaveLength(1);
  });

  it('goes on where the page before ended, newest first', () => {
    const second = listPage(many, 2);

    expect(second?.firstPosition).toBe(LIST_PAGE_SIZE + 1);
    expect(second?.articles[0]).toEqual(many.articles[LIST_PAGE_SIZE]);
  });

  it.each([0, 4, 1.5, Number.NaN])('has no page %s', (page) => {
    expect(listPage(many, page)).toBeUndefined();
  });
});
