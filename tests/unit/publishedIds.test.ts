import { describe, expect, it } from 'vitest';
import {
  parsePublishedIds,
  recordPublished,
  serializePublishedIds,
  slugClaimProblems,
  successors,
  validatePublishedLinks,
} from '../../scripts/articles/publishedIds';
import { ArticleSchema } from '../../src/features/articles/model/articleSchema';
import { EDITED_SLUG, ORIGINAL_SLUG, editedStory } from '../editedStory';
import { articleJson } from '../fakeServer';

const original = ArticleSchema.parse(articleJson());
const published = recordPublished({}, [original]);
/** A folder of `story` alone: its translations are not in it, so neither are its links to them. */
const files = (story: object) => ({
  [`${(story as { slug: string }).slug}.json`]: JSON.stringify({ ...story, translations: [] }),
});

describe('the published ids', () => {
  it('records every story, section and quote id, sorted, and never forgets one', () => {
    expect(published[ORIGINAL_SLUG]).toEqual({
      sections: [
        'no-putin-no-zelensky',
        'opening',
        'russian-demands-spark-frustration',
        'turkish-officials-present',
      ],
      quotes: [
        'final-coordination',
        'hide-from-the-americans',
        'killing-needs-to-stop',
        'peaceful-end',
      ],
    });
    const edited = ArticleSchema.parse(editedStory());
    const next = recordPublished(published, [edited]);
    expect(Object.keys(next)).toEqual([ORIGINAL_SLUG, EDITED_SLUG]);
    expect(next[ORIGINAL_SLUG]).toEqual(published[ORIGINAL_SLUG]);
  });

  it('reads back what it writes, and writes the same text for the same ids', () => {
    const text = serializePublishedIds(published);
    expect(parsePublishedIds(JSON.parse(text))).toEqual({ ok: true, value: published });
    expect(serializePublishedIds(recordPublished(published, [original]))).toBe(text);
  });

  it('leads every old address of an edited story to its successor', () => {
    const { moves, lost } = successors(published, [ArticleSchema.parse(editedStory())]);
    expect(lost).toEqual([]);
    const old = `/articles/${ORIGINAL_SLUG}`;
    const now = `/articles/${EDITED_SLUG}`;
    expect(moves).toContainEqual({ from: old, to: now });
    expect(moves).toContainEqual({
      from: `${old}/no-putin-no-zelensky`,
      to: `${now}/russian-demands-spark-frustration`,
    });
    expect(moves).toContainEqual({
      from: `${old}/quotes/peaceful-end`,
      to: `${now}/quotes/peaceful-end-of-the-war`,
    });
    expect(moves).toHaveLength(1 + 4 + 4);
  });

  it('has no moves while nothing changed', () => {
    expect(successors(published, [original])).toEqual({ moves: [], lost: [] });
  });

  it('names each id an edit without formerIds leaves behind, with the fix', () => {
    const problems = validatePublishedLinks(
      serializePublishedIds(published),
      files(editedStory({ formerIds: false })),
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('section "no-putin-no-zelensky"'),
      expect.stringContaining('section "turkish-officials-present"'),
      expect.stringContaining('quote "peaceful-end"'),
    ]);
    expect(problems[0]).toMatchObject({
      file: 'published-ids.json',
      path: `articles.${ORIGINAL_SLUG}.sections`,
    });
    expect(problems[0]?.message).toContain(
      `add "formerIds": ["no-putin-no-zelensky"] to the section in public/articles/${EDITED_SLUG}.json`,
    );
  });

  it('names a slug no story has or claims', () => {
    const problems = validatePublishedLinks(
      serializePublishedIds(published),
      files(editedStory({ formerSlugs: false })),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        path: `articles.${ORIGINAL_SLUG}`,
        message: expect.stringContaining(`add "formerSlugs": ["${ORIGINAL_SLUG}"]`),
      }),
    ]);
  });

  it('refuses a former slug that another story has, or that two stories claim', () => {
    const edited = ArticleSchema.parse(editedStory());
    const twin = { ...edited, slug: 'another-story' };
    expect(slugClaimProblems([edited, twin])).toEqual([
      expect.objectContaining({ file: 'articles/another-story.json', path: 'formerSlugs' }),
    ]);
    expect(
      slugClaimProblems([edited, { ...original, slug: 'x', formerSlugs: [EDITED_SLUG] }]),
    ).toEqual([
      expect.objectContaining({ message: expect.stringContaining('the slug of a current story') }),
    ]);
  });

  it('passes a folder whose links all lead somewhere, and one with nothing published yet', () => {
    expect(validatePublishedLinks(serializePublishedIds(published), files(articleJson()))).toEqual(
      [],
    );
    expect(validatePublishedLinks(undefined, files(articleJson()))).toEqual([]);
  });
});
