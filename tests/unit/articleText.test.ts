import { describe, expect, it, vi } from 'vitest';
import { buildLongStory } from '../../scripts/articles/longArticles';
import { ArticleSchema } from '../../src/features/articles/model/articleSchema';
import {
  buildArticleText,
  findMentions,
  prepareArticleText,
  resolveTarget,
  type Segment,
} from '../../src/features/articles/model/articleText';
import { editedStory } from '../editedStory';
import { articleJson } from '../fakeServer';

const article = ArticleSchema.parse(articleJson());
const text = buildArticleText(article);

/** A paragraph's segments written back as text, to prove nothing was lost or doubled. */
function flatten(segments: Segment[]): string {
  return segments
    .map((segment) => (segment.kind === 'quote' ? flatten(segment.children) : segment.text))
    .join('');
}

describe('findMentions', () => {
  const phrases = [
    { phrase: 'Putin', participantId: 'putin' },
    { phrase: 'Vladimir Putin', participantId: 'putin' },
    { phrase: 'Vladimir Medinsky', participantId: 'medinsky' },
  ];

  it('prefers the longest phrase where two overlap', () => {
    const found = findMentions('Russian President Vladimir Putin met Putin', phrases);
    expect(found).toEqual([
      { start: 18, end: 32, participantId: 'putin' },
      { start: 37, end: 42, participantId: 'putin' },
    ]);
  });

  it('matches whole words only', () => {
    expect(findMentions('Putinism and Rasputin', phrases)).toEqual([]);
    expect(findMentions('Putin’s adviser', phrases)).toHaveLength(1);
  });

  it('falls back to a shorter phrase when the longer one runs into a word', () => {
    expect(findMentions('Vladimir Putinist Putin', phrases)).toEqual([
      { start: 18, end: 23, participantId: 'putin' },
    ]);
    const withTail = [...phrases, { phrase: 'Vladimir', participantId: 'someone' }];
    expect(findMentions('Vladimir Putinism', withTail)).toEqual([
      { start: 0, end: 8, participantId: 'someone' },
    ]);
  });

  it('checks a word edge only where the phrase has a letter or digit', () => {
    const found = findMentions('the U.S.delegation, not xU.S.', [
      { phrase: 'U.S.', participantId: 'us' },
    ]);
    expect(found).toEqual([{ start: 4, end: 8, participantId: 'us' }]);
  });
});

describe('buildArticleText', () => {
  it('keeps every paragraph’s text exactly', () => {
    for (const section of article.sections) {
      const paragraphs = text.paragraphs.get(section.id) ?? [];
      expect(paragraphs.map(flatten)).toEqual(section.paragraphs);
    }
  });

  it('wraps each quote where it stands, with mentions inside it', () => {
    const [, , , bruce] = text.paragraphs.get('opening') ?? [];
    const quotes = (bruce ?? []).filter((segment) => segment.kind === 'quote');
    expect(quotes.map((quote) => quote.anchorId)).toEqual([
      'quote-peaceful-end',
      'quote-killing-needs-to-stop',
    ]);
    expect(quotes[1]?.children[0]).toMatchObject({
      kind: 'mention',
      text: 'The Secretary',
      participantId: 'marco-rubio',
    });
  });

  it('lists where each participant is mentioned, section by section', () => {
    expect(text.mentionsByParticipant.get('vladimir-putin')).toEqual([
      {
        sectionId: 'no-putin-no-zelensky',
        anchorIds: [
          'mention-vladimir-putin-1',
          'mention-vladimir-putin-2',
          'mention-vladimir-putin-3',
          'mention-vladimir-putin-4',
        ],
      },
    ]);
    expect(text.mentionsByParticipant.get('marco-rubio')?.map((place) => place.sectionId)).toEqual([
      'opening',
    ]);
    expect(text.sectionOfAnchor.get('mention-michael-anton-1')).toBe(
      'russian-demands-spark-frustration',
    );
  });

  it('finds every participant at least once', () => {
    for (const participant of article.participants) {
      expect(text.mentionsByParticipant.get(participant.id), participant.id).toBeDefined();
    }
  });
});

describe('resolveTarget', () => {
  it('resolves a section path, in any letter case', () => {
    expect(resolveTarget(article, text, 'Turkish-Officials-Present', '')).toEqual({
      kind: 'place',
      sectionId: 'turkish-officials-present',
    });
  });

  it('resolves a fragment naming a section, a quote or a mention', () => {
    expect(resolveTarget(article, text, undefined, '#no-putin-no-zelensky')).toEqual({
      kind: 'place',
      sectionId: 'no-putin-no-zelensky',
    });
    expect(resolveTarget(article, text, 'opening', '#quote-hide-from-the-americans')).toEqual({
      kind: 'place',
      sectionId: 'russian-demands-spark-frustration',
      anchorId: 'quote-hide-from-the-americans',
      quoteId: 'hide-from-the-americans',
    });
    expect(resolveTarget(article, text, undefined, '#mention-hakan-fidan-1')).toEqual({
      kind: 'place',
      sectionId: 'turkish-officials-present',
      anchorId: 'mention-hakan-fidan-1',
    });
  });

  it('resolves a quote’s own page to the quote’s words, in any letter case', () => {
    expect(resolveTarget(article, text, undefined, '', 'Hide-From-The-Americans')).toEqual({
      kind: 'place',
      sectionId: 'russian-demands-spark-frustration',
      anchorId: 'quote-hide-from-the-americans',
      quoteId: 'hide-from-the-americans',
    });
    expect(resolveTarget(article, text, undefined, '', 'no-such-quote')).toEqual({
      kind: 'unknown',
      requested: 'no-such-quote',
    });
  });

  it('leads a former section or quote id, in a path or a fragment, to where it is now', () => {
    const edited = ArticleSchema.parse(editedStory());
    const editedText = buildArticleText(edited);
    const resolve = (section: string | undefined, hash: string, quote?: string) =>
      resolveTarget(edited, editedText, section, hash, quote);
    const merged = { kind: 'place', sectionId: 'russian-demands-spark-frustration' };
    expect(resolve('no-putin-no-zelensky', '')).toEqual(merged);
    expect(resolve(undefined, '#No-Putin-No-Zelensky')).toEqual(merged);
    expect(resolve('turkish-officials-present', '')).toEqual({
      kind: 'place',
      sectionId: 'turkish-officials-in-the-room',
    });
    const quote = {
      kind: 'place',
      sectionId: 'opening',
      anchorId: 'quote-peaceful-end-of-the-war',
      quoteId: 'peaceful-end-of-the-war',
    };
    expect(resolve(undefined, '', 'peaceful-end')).toEqual(quote);
    expect(resolve(undefined, '#quote-peaceful-end')).toEqual(quote);
  });

  it('reports what was asked for when nothing matches', () => {
    expect(resolveTarget(article, text, 'nope', '')).toEqual({
      kind: 'unknown',
      requested: 'nope',
    });
    expect(resolveTarget(article, text, undefined, '#%E0%A4%A')).toEqual({
      kind: 'unknown',
      requested: '%e0%a4%a',
    });
    expect(resolveTarget(article, text, undefined, '')).toEqual({ kind: 'none' });
  });
});

describe('prepareArticleText', () => {
  it('builds a long article’s text in steps, which buildArticleText then returns as it is', async () => {
    const long = ArticleSchema.parse(
      buildLongStory({ slug: 'long-talks', sections: 60, participants: 24, quotes: 12 }),
    );
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
    const pause = vi.fn(() => Promise.resolve());

    const prepared = await prepareArticleText(long, pause);
    vi.restoreAllMocks();

    // Every step runs over its budget: a pause before each of the 60 sections.
    expect(pause).toHaveBeenCalledTimes(60);
    expect(buildArticleText(long)).toBe(prepared);
    expect(prepared).toEqual(buildArticleText(structuredClone(long)));
  });
});
