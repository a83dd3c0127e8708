import { describe, expect, it, vi } from 'vitest';
import { buildLongStory } from '../../scripts/articles/longArticles';
import {
  parseArticle,
  parseArticleIndex,
  readArticle,
  readArticleInSteps,
} from '../../src/features/articles/model/parseArticle';
import { SLUG, articleJson, indexJson } from '../fakeServer';

type ArticleJson = ReturnType<typeof articleJson>;

/** The item at `index`, failing loudly if the fixture no longer has it. */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`The fixture has no item ${index}`);
  return item;
}

/** An article clone broken by `breakIt`. */
function brokenArticle(breakIt: (article: ArticleJson) => void): ArticleJson {
  const article = articleJson();
  breakIt(article);
  return article;
}

describe('parseArticle', () => {
  it('accepts the bundled story and keeps its content', () => {
    const result = parseArticle(articleJson());

    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.value.slug).toBe(SLUG);
    expect(result.value.sections.map((section) => section.id)).toEqual([
      'opening',
      'no-putin-no-zelensky',
      'russian-demands-spark-frustration',
      'turkish-officials-present',
    ]);
    expect(result.value.quotes).toHaveLength(4);
  });

  it('fills in the defaults a story file may leave out', () => {
    const result = parseArticle(articleJson());

    if (!result.ok) throw new Error('The bundled story should parse');
    const medinsky = result.value.participants.find(({ id }) => id === 'vladimir-medinsky');
    const source = result.value.participants.find(({ id }) => id === 'ukrainian-diplomatic-source');
    expect(medinsky).toMatchObject({ kind: 'person', anonymous: false });
    expect(source).toMatchObject({ kind: 'person', anonymous: true });
  });

  // Each row breaks one thing in a clone of the real story. The path is what `npm run validate`
  // prints, so an editor must be able to find the broken field from it alone.
  it.each<{
    name: string;
    breakIt: (article: ArticleJson) => void;
    path: string;
    message: string;
  }>([
    {
      name: 'a missing headline',
      breakIt: (article) => Reflect.deleteProperty(article, 'headline'),
      path: 'headline',
      message: 'expected string, received undefined',
    },
    {
      name: 'a headline of only spaces',
      breakIt: (article) => (article.headline = '   '),
      path: 'headline',
      message: 'Expected non-empty text',
    },
    {
      name: 'a headline that is a number',
      breakIt: (article) => Object.assign(article, { headline: 42 }),
      path: 'headline',
      message: 'expected string, received number',
    },
    {
      name: 'a headline nested in an object',
      breakIt: (article) => Object.assign(article, { headline: { text: article.headline } }),
      path: 'headline',
      message: 'expected string, received object',
    },
    {
      name: 'a slug with capitals',
      breakIt: (article) => (article.slug = 'Russia-Ukraine-Talks'),
      path: 'slug',
      message: 'lowercase letters, digits and single hyphens',
    },
    {
      name: 'a slug with a slash',
      breakIt: (article) => (article.slug = 'russia/ukraine-talks'),
      path: 'slug',
      message: 'lowercase letters, digits and single hyphens',
    },
    {
      name: 'a published time without an offset',
      breakIt: (article) => (article.publishedAt = '2025-05-16T18:22:00'),
      path: 'publishedAt',
      message: 'with an offset',
    },
    {
      name: 'an updated time on a day that does not exist',
      breakIt: (article) => (article.updatedAt = '2025-02-30T18:22:00+05:30'),
      path: 'updatedAt',
      message: 'ISO 8601',
    },
    {
      name: 'an updated time that is not a date',
      breakIt: (article) => (article.updatedAt = 'Friday evening'),
      path: 'updatedAt',
      message: 'ISO 8601',
    },
    {
      name: 'sections given as an object',
      breakIt: (article) => Object.assign(article, { sections: { opening: article.sections[0] } }),
      path: 'sections',
      message: 'expected array, received object',
    },
    {
      name: 'no sections',
      breakIt: (article) => (article.sections = []),
      path: 'sections',
      message: 'Expected at least one section',
    },
    {
      name: 'a paragraph that is a number',
      breakIt: (article) => ((at(article.sections, 0).paragraphs as unknown[])[1] = 42),
      path: 'sections[0].paragraphs[1]',
      message: 'expected string, received number',
    },
    {
      name: 'a section with no paragraphs',
      breakIt: (article) => (at(article.sections, 1).paragraphs = []),
      path: 'sections[1].paragraphs',
      message: 'Expected at least one paragraph',
    },
    {
      name: 'a duplicate section id',
      breakIt: (article) => (at(article.sections, 3).id = 'no-putin-no-zelensky'),
      path: 'sections[3].id',
      message: 'Duplicate id "no-putin-no-zelensky"',
    },
    {
      name: 'a section after the first without a title',
      breakIt: (article) => Reflect.deleteProperty(at(article.sections, 2), 'title'),
      path: 'sections[2].title',
      message: 'only the first section may be untitled',
    },
    {
      name: 'an unknown key in a section',
      breakIt: (article) => Object.assign(at(article.sections, 1), { subtitle: 'Absent leaders' }),
      path: 'sections[1]',
      message: '"subtitle"',
    },
    {
      name: 'a duplicate participant id',
      breakIt: (article) => (at(article.participants, 3).id = 'hakan-fidan'),
      path: 'participants[3].id',
      message: 'Duplicate id "hakan-fidan"',
    },
    {
      name: 'a section id that would take a quote link’s place',
      breakIt: (article) => (at(article.sections, 3).id = 'quote-turkish-officials'),
      path: 'sections[3].id',
      message: 'does not begin with "quote-" or "mention-"',
    },
    {
      name: 'a member of a delegation without a side',
      breakIt: (article) => Reflect.deleteProperty(at(article.participants, 1), 'side'),
      path: 'participants[1].side',
      message: 'Expected a side for a member of a delegation',
    },
    {
      name: 'a participant in an unknown group',
      breakIt: (article) => Object.assign(at(article.participants, 2), { group: 'host' }),
      path: 'participants[2].group',
      message: '"mediator"',
    },
    {
      name: 'a mention phrase that is not in the text',
      breakIt: (article) => (at(article.participants, 0).mentions = ['Vladimir Medinskiy']),
      path: 'participants[0].mentions[0]',
      message: 'Phrase "Vladimir Medinskiy" does not appear in the text',
    },
    {
      name: 'a second mention phrase that is not in the text',
      breakIt: (article) =>
        (at(article.participants, 4).mentions = ['Vladimir Putin', 'the Kremlin']),
      path: 'participants[4].mentions[1]',
      message: 'Phrase "the Kremlin"',
    },
    {
      name: 'a duplicate quote id',
      breakIt: (article) => (at(article.quotes, 2).id = 'peaceful-end'),
      path: 'quotes[2].id',
      message: 'Duplicate id "peaceful-end"',
    },
    {
      name: 'a quote by an unknown speaker',
      breakIt: (article) => (at(article.quotes, 1).speakerId = 'tammy-brice'),
      path: 'quotes[1].speakerId',
      message: 'Unknown speaker "tammy-brice"',
    },
    {
      name: 'a quote in an unknown section',
      breakIt: (article) => (at(article.quotes, 0).sectionId = 'closing'),
      path: 'quotes[0].sectionId',
      message: 'Unknown section "closing"',
    },
    {
      name: 'a quote in the paragraph just past the end of its section',
      breakIt: (article) => (at(article.quotes, 3).paragraph = 2),
      path: 'quotes[3].paragraph',
      message: 'Section "russian-demands-spark-frustration" has no paragraph 2 (it has 2',
    },
    {
      name: 'a quote in a negative paragraph',
      breakIt: (article) => (at(article.quotes, 0).paragraph = -1),
      path: 'quotes[0].paragraph',
      message: '>=0',
    },
    {
      name: 'a quote in a fractional paragraph',
      breakIt: (article) => (at(article.quotes, 0).paragraph = 1.5),
      path: 'quotes[0].paragraph',
      message: 'expected int',
    },
    {
      name: 'a quote reworded from the paragraph',
      breakIt: (article) =>
        (at(article.quotes, 3).text = 'What do they have to hide from Americans?'),
      path: 'quotes[3].text',
      message: 'Quote does not appear word for word in paragraph 1',
    },
    {
      name: 'a quote pointing at a different paragraph of its section',
      breakIt: (article) => (at(article.quotes, 0).paragraph = 1),
      path: 'quotes[0].text',
      message: 'paragraph 1 of section "opening"',
    },
    {
      name: 'an unknown top-level key',
      breakIt: (article) => Object.assign(article, { byline: 'Staff' }),
      path: '(root)',
      message: 'Unrecognized key: "byline"',
    },
    {
      name: 'a former section id that is a current one',
      breakIt: (article) =>
        Object.assign(at(article.sections, 1), { formerIds: ['turkish-officials-present'] }),
      path: 'sections[1].formerIds[0]',
      message: 'Former id "turkish-officials-present" is the id of a current section',
    },
    {
      name: 'a former section id two sections claim',
      breakIt: (article) => {
        Object.assign(at(article.sections, 1), { formerIds: ['talks-in-istanbul'] });
        Object.assign(at(article.sections, 2), { formerIds: ['talks-in-istanbul'] });
      },
      path: 'sections[2].formerIds[0]',
      message: 'is claimed by section "no-putin-no-zelensky" too',
    },
    {
      name: 'a former quote id that is a current one',
      breakIt: (article) => Object.assign(at(article.quotes, 0), { formerIds: ['peaceful-end'] }),
      path: 'quotes[0].formerIds[0]',
      message: 'Former id "peaceful-end" is the id of a current quote',
    },
    {
      name: 'a former slug that is the slug',
      breakIt: (article) => Object.assign(article, { formerSlugs: [article.slug] }),
      path: 'formerSlugs[0]',
      message: 'is the current slug',
    },
    {
      name: 'an update about a section the story does not have',
      breakIt: (article) =>
        Object.assign(article, {
          updatedAt: '2025-05-16T20:00:00+05:30',
          updates: [
            {
              at: '2025-05-16T20:00:00+05:30',
              kind: 'update',
              text: 'More.',
              sectionIds: ['gone'],
            },
          ],
        }),
      path: 'updates[0].sectionIds[0]',
      message: 'Unknown section "gone"',
    },
    {
      name: 'an update of an unknown kind',
      breakIt: (article) =>
        Object.assign(article, {
          updates: [{ at: '2025-05-16T18:22:00+05:30', kind: 'retraction', text: 'Gone.' }],
        }),
      path: 'updates[0].kind',
      message: 'expected one of "update"|"correction"',
    },
    {
      name: 'an updated time earlier than the latest update',
      breakIt: (article) =>
        Object.assign(article, {
          updatedAt: '2025-05-16T19:00:00+05:30',
          updates: [
            { at: '2025-05-16T18:50:00+05:30', kind: 'update', text: 'More.' },
            { at: '2025-05-16T20:00:00+05:30', kind: 'correction', text: 'Fixed.' },
          ],
        }),
      path: 'updatedAt',
      message: 'no earlier than the latest update (2025-05-16T20:00:00+05:30)',
    },
    {
      name: 'updates without an updated time after them',
      breakIt: (article) => {
        Reflect.deleteProperty(article, 'updatedAt');
        Object.assign(article, {
          updates: [{ at: '2025-05-16T20:00:00+05:30', kind: 'update', text: 'More.' }],
        });
      },
      path: 'updatedAt',
      message: 'Expected updatedAt, no earlier than the latest update',
    },
  ])('rejects $name at $path', ({ breakIt, path, message }) => {
    const result = parseArticle(brokenArticle(breakIt));

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it('names every unknown top-level key in one problem', () => {
    const result = parseArticle(
      brokenArticle((article) => Object.assign(article, { byline: 'Staff', tags: ['war'] })),
    );

    expect(result).toEqual({
      ok: false,
      problems: [{ path: '(root)', message: 'Unrecognized keys: "byline", "tags"' }],
    });
  });

  it('reports every problem in a file at once, not only the first', () => {
    const result = parseArticle(
      brokenArticle((article) => {
        article.headline = '';
        at(article.quotes, 1).speakerId = 'nobody';
        Reflect.deleteProperty(at(article.participants, 0), 'side');
      }),
    );

    if (result.ok) throw new Error('Expected the broken story to be rejected');
    expect(result.problems.map((problem) => problem.path).sort()).toEqual([
      'headline',
      'participants[0].side',
      'quotes[1].speakerId',
    ]);
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'text'],
    ['an array', []],
    ['undefined', undefined],
  ])('rejects %s at the root without throwing', (_name, json) => {
    let result: ReturnType<typeof parseArticle> | undefined;

    expect(() => (result = parseArticle(json))).not.toThrow();
    expect(result).toEqual({
      ok: false,
      problems: [{ path: '(root)', message: expect.stringContaining('expected object') }],
    });
  });
});

describe('parseArticleIndex', () => {
  it('accepts the index derived from the bundled story', () => {
    const result = parseArticleIndex(indexJson());

    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.value.articles.map((summary) => summary.slug)).toEqual([SLUG]);
  });

  it('rejects a story listed twice at the second listing', () => {
    const index = indexJson();
    const second = index.articles.length;
    index.articles.push({ ...at(index.articles, 0) });

    expect(parseArticleIndex(index)).toEqual({
      ok: false,
      problems: [{ path: `articles[${second}].slug`, message: `Duplicate slug "${SLUG}"` }],
    });
  });

  it('rejects a summary with a field the index does not have', () => {
    const index = indexJson();
    Object.assign(at(index.articles, 0), { source: 'Republic World' });

    expect(parseArticleIndex(index)).toEqual({
      ok: false,
      problems: [{ path: 'articles[0]', message: 'Unrecognized key: "source"' }],
    });
  });

  it.each([null, 42, 'text', []])('rejects %j at the root without throwing', (json) => {
    expect(parseArticleIndex(json)).toMatchObject({
      ok: false,
      problems: [{ path: '(root)' }],
    });
  });
});

describe('readArticleInSteps', () => {
  const long = buildLongStory({ slug: 'long-talks', sections: 60, participants: 80, quotes: 30 });

  it('gives the page a turn while a long article is read, and reads it as readArticle does', async () => {
    // Each reading of the clock says 5 ms have passed: every step runs over its budget.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
    const pause = vi.fn(() => Promise.resolve());

    const result = await readArticleInSteps(long, pause);
    vi.restoreAllMocks();

    expect(result).toEqual(readArticle(long));
    expect(result.ok).toBe(true);
    // Every step runs over its budget: a pause before each of 60 sections, 80 participants, 30 quotes.
    expect(pause).toHaveBeenCalledTimes(60 + 80 + 30);
  });

  it('reports a broken article as readArticle does', async () => {
    const broken = { ...long, sections: 'none', quotes: [{ id: 'Not An Id' }] };
    const pause = () => Promise.resolve();

    expect(await readArticleInSteps(broken, pause)).toEqual(readArticle(broken));
    expect(readArticle(broken).ok).toBe(false);
  });
});
