// @vitest-environment jsdom
import type { NewsArticle, Organization, Person, Quotation } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { scriptJson } from '../../scripts/build/scriptJson';
import { buildLongStory } from '../../scripts/articles/longArticles';
import { listPage, articleIndex } from '../../src/features/articles/model/articleIndex';
import type { Article } from '../../src/features/articles/model/articleSchema';
import {
  HEADLINE_LENGTH,
  articleLinkedData,
  listLinkedData,
} from '../../src/features/articles/model/linkedData';
import { articleMeta } from '../../src/features/articles/model/articleMeta';
import { parseArticle } from '../../src/features/articles/model/parseArticle';
import { articleJson } from '../fakeServer';
import { hostileArticle } from '../hostileArticle';
import { en } from '../messages';

const ORIGIN = 'https://reader.example';
const SLUG = 'russia-ukraine-istanbul-ceasefire-talks';
const STORY_URL = `${ORIGIN}/articles/${SLUG}`;

function parsed(json: unknown): Article {
  const result = parseArticle(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

/** A page's JSON-LD, drawn with the meta its loader gives the page. */
const linkedData = (article: Article, place: { sectionId?: string; quoteId?: string } = {}) =>
  articleLinkedData(
    article,
    articleMeta(article, en, place.sectionId, place.quoteId),
    place,
    ORIGIN,
  );

const nodes = (article: Article, place: { sectionId?: string; quoteId?: string } = {}) =>
  linkedData(article, place)['@graph'] as unknown as [
    Exclude<NewsArticle, string>,
    Exclude<Quotation, string>?,
  ];

describe("a story page's JSON-LD", () => {
  it('is a NewsArticle with the story’s own dates, offsets and all, and its source as author', () => {
    const [article] = nodes(parsed(articleJson()));

    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      '@id': `${STORY_URL}#article`,
      headline: 'Russia and Ukraine Hold First Ceasefire Talks in Years, But No Breakthrough',
      datePublished: '2025-05-16T18:22:00+05:30',
      dateModified: '2025-05-16T18:22:00+05:30',
      author: { '@type': 'Organization', name: 'Republic World' },
      publisher: {
        '@type': 'Organization',
        name: 'The Reader',
        logo: { '@type': 'ImageObject', url: `${ORIGIN}/icons/icon-512.png` },
      },
      mainEntityOfPage: STORY_URL,
      inLanguage: 'en',
      image: {
        '@type': 'ImageObject',
        url: `${STORY_URL}/card.png`,
        width: '1200',
        height: '630',
      },
    });
  });

  it('says the language the story is written in, and English when it does not say', () => {
    expect(nodes(parsed({ ...articleJson(), language: 'pt-BR' }))[0].inLanguage).toBe('pt-BR');
    expect(nodes(parsed(articleJson()))[0].inLanguage).toBe('en');
  });

  it('takes its modification time from the latest update', () => {
    const story = { ...articleJson(), updatedAt: '2025-05-17T09:00:00+03:00' };

    expect(nodes(parsed(story))[0]).toMatchObject({ dateModified: '2025-05-17T09:00:00+03:00' });
  });

  it('cuts a headline longer than Google reads at a word, with an ellipsis', () => {
    const long = `${'A very long headline about the talks '.repeat(5)}end`;
    const headline = String(nodes(parsed({ ...articleJson(), headline: long }))[0].headline);

    expect(headline.length).toBeLessThanOrEqual(HEADLINE_LENGTH);
    expect(headline.endsWith('…')).toBe(true);
    // Whole words of the headline, cut before the next space.
    const kept = headline.slice(0, -1);
    expect(long.startsWith(kept)).toBe(true);
    expect(long[kept.length]).toBe(' ');
    expect(kept.length).toBeGreaterThan(HEADLINE_LENGTH / 2);
  });

  it('names the participants it mentions with their roles, and an unnamed source by role alone', () => {
    const mentions = nodes(parsed(articleJson()))[0].mentions as Person[];

    expect(mentions).toContainEqual({
      '@type': 'Organization',
      name: 'U.K., France and Germany',
      description: 'National security advisers',
    });
    expect(mentions).toContainEqual({
      '@type': 'Person',
      name: 'Tammy Bruce',
      jobTitle: 'Spokesperson',
      affiliation: { '@type': 'Organization', name: 'U.S. State Department' },
    });
    const unnamed = articleJson().participants.filter(
      (participant) => !('name' in participant) && !('kind' in participant),
    );
    expect(unnamed.length).toBeGreaterThan(0);
    for (const participant of unnamed) {
      expect(mentions).toContainEqual({
        '@type': 'Person',
        jobTitle: participant.role,
        affiliation: { '@type': 'Organization', name: participant.affiliation },
      });
    }
  });

  it("on a section's page, is the page's own: its canonical URL, description and card", () => {
    const [article] = nodes(parsed(articleJson()), { sectionId: 'no-putin-no-zelensky' });

    expect(article.mainEntityOfPage).toBe(`${STORY_URL}/no-putin-no-zelensky`);
    expect(article.description).toMatch(/^Neither Russian President Vladimir Putin/);
    expect(article).toMatchObject({ image: { url: `${STORY_URL}/no-putin-no-zelensky/card.png` } });
  });

  it("on a long story's page, mentions only the participants of the part the page holds", () => {
    const story = parsed(
      buildLongStory({ slug: 'long', sections: 60, participants: 60, quotes: 6 }),
    );
    const mentions = nodes(story, { sectionId: 'round-030' })[0].mentions as unknown as {
      name?: string;
    }[];

    // Rounds 30 to 34 name participants 58 to 60 and 1 to 7, two to a round.
    expect(mentions.length).toBeLessThanOrEqual(10);
    expect(mentions.map((person) => person.name)).toContain('Delegate 059');
    expect(mentions.map((person) => person.name)).not.toContain('Delegate 020');
  });
});

describe("a quote page's JSON-LD", () => {
  it('adds a Quotation of the words, said by its speaker, part of the story', () => {
    const [article, quotation] = nodes(parsed(articleJson()), { quoteId: 'peaceful-end' });

    expect(article.mainEntityOfPage).toBe(`${STORY_URL}/quotes/peaceful-end`);
    expect(quotation).toMatchObject({
      '@type': 'Quotation',
      text: 'The three delegations discussed the importance of seeking a peaceful end to the Russia-Ukraine war',
      spokenByCharacter: { '@type': 'Person', name: 'Tammy Bruce', jobTitle: 'Spokesperson' },
      isPartOf: { '@id': article['@id'] },
      inLanguage: 'en',
    });
  });

  it('names an organisation that spoke as its creator', () => {
    const story = articleJson();
    const speaker = story.participants.find((p) => p.id === story.quotes[1]!.speakerId)!;
    Object.assign(speaker, { kind: 'organisation' });
    const [, quotation] = nodes(parsed(story), { quoteId: story.quotes[1]!.id });

    expect(quotation?.spokenByCharacter).toBeUndefined();
    expect(quotation?.creator as Organization).toMatchObject({
      '@type': 'Organization',
      description: speaker.role,
    });
  });
});

describe("the list pages' JSON-LD", () => {
  it('is an ItemList of the page’s stories, counted on from the pages before', () => {
    const stories = Array.from({ length: 25 }, (_, index) =>
      parsed({
        ...articleJson(),
        slug: `story-${index}`,
        publishedAt: new Date(Date.UTC(2025, 0, 1, index)).toISOString(),
      }),
    );
    const second = listPage(articleIndex(stories), 2);
    if (!second) throw new Error('25 stories make two pages');
    const [list] = listLinkedData(second, ORIGIN)['@graph'] as unknown as [
      { itemListElement: { position: number; url: string }[] },
    ];

    expect(list.itemListElement.map((item) => item.position)).toEqual([21, 22, 23, 24, 25]);
    expect(list.itemListElement[0]?.url).toBe(`${ORIGIN}/articles/story-4`);
  });
});

describe('JSON-LD in a page', () => {
  it('stays inert inside its script element, whatever a story says, and reads back whole', () => {
    const graph = linkedData(parsed(hostileArticle('hostile').story));
    const json = scriptJson(graph);
    expect(JSON.stringify(graph)).toContain('</script>');

    const page = new DOMParser().parseFromString(
      `<!doctype html><head><script type="application/ld+json">${json}</script></head><body></body>`,
      'text/html',
    );
    const scripts = page.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(page.querySelectorAll('img, svg, a')).toHaveLength(0);
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual(graph);
  });
});
