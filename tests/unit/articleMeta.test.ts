import { en } from '../messages';
import { describe, expect, it } from 'vitest';
import { homeMeta } from '../../src/app/pageMeta';
import { articleMeta } from '../../src/features/articles/model/articleMeta';
import { openingWords } from '../../src/lib/text';
import { parseArticle } from '../../src/features/articles/model/parseArticle';
import { articleJson } from '../fakeServer';

function bundledStory() {
  const result = parseArticle(articleJson());
  if (!result.ok) throw new Error('the bundled story should be valid');
  return result.value;
}

const HEADLINE = 'Russia and Ukraine Hold First Ceasefire Talks in Years, But No Breakthrough';

describe('openingWords', () => {
  it('keeps a short text whole, with its spacing flattened', () => {
    expect(openingWords('  Talks  began\nin Istanbul. ')).toBe('Talks began in Istanbul.');
  });

  it('cuts a long text at a word, never mid-word, and marks the cut', () => {
    const text = 'word '.repeat(100);
    const cut = openingWords(text, 32);
    expect(cut).toBe('word word word word word word…');
    expect(cut.length).toBeLessThanOrEqual(32);
  });

  it('drops the punctuation a cut would leave dangling', () => {
    expect(openingWords('First clause, second clause, third clause', 20)).toBe('First clause…');
  });
});

describe('page metadata', () => {
  it('names a section page by the section and the story, described by its opening words', () => {
    const meta = articleMeta(bundledStory(), en, 'russian-demands-spark-frustration');
    expect(meta.title).toBe(`Russian demands spark frustration · ${HEADLINE} · The Reader`);
    expect(meta.shareTitle).toBe(`Russian demands spark frustration — ${HEADLINE}`);
    expect(meta.description).toMatch(
      /^According to a Ukrainian diplomatic source cited in an Axios report, .+…$/,
    );
    expect(meta.description.length).toBeLessThanOrEqual(160);
    expect(meta.path).toBe(
      '/articles/russia-ukraine-istanbul-ceasefire-talks/russian-demands-spark-frustration',
    );
    expect(meta.type).toBe('article');
    expect(meta.publishedAt).toBe('2025-05-16T18:22:00+05:30');
  });

  it('describes the story itself by its standfirst, as does its untitled opening', () => {
    const story = bundledStory();
    const meta = articleMeta(story, en);
    expect(meta.shareTitle).toBe(HEADLINE);
    expect(meta.description).toBe(story.standfirst);
    expect(meta.path).toBe('/articles/russia-ukraine-istanbul-ceasefire-talks');
    expect(articleMeta(story, en, 'opening').description).toBe(story.standfirst);
  });

  it('gives the home page the newest headline', () => {
    const story = bundledStory();
    const meta = homeMeta(
      {
        page: 1,
        pageCount: 1,
        firstPosition: 1,
        articles: [
          {
            slug: story.slug,
            headline: story.headline,
            standfirst: story.standfirst,
            publishedAt: story.publishedAt,
          },
        ],
      },
      en,
    );
    expect(meta).toMatchObject({ title: 'The Reader', path: '/', type: 'website' });
    expect(meta.description).toBe(`The Reader: ${HEADLINE}`);
  });
});
