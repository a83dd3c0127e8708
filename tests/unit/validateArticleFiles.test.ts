import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateArticleFiles } from '../../scripts/articles/validateArticleFiles';
import { SLUG, articleJson } from '../fakeServer';

const articlesFolder = join(import.meta.dirname, '..', '..', 'public', 'articles');
const ARTICLE_FILE = `${SLUG}.json`;

/** The story files as `npm run validate` reads them. */
function realFiles(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(articlesFolder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, readFileSync(join(articlesFolder, name), 'utf8')]),
  );
}

type IndexJson = { articles: Record<string, unknown>[] };

function realIndex(): IndexJson {
  const files = realFiles();
  return JSON.parse(files['index.json'] ?? '') as IndexJson;
}

function withIndex(files: Record<string, string>, index: IndexJson): Record<string, string> {
  return { ...files, 'index.json': JSON.stringify(index) };
}

/** A second valid story, so tests can add it to or leave it out of the index. */
function secondStory(slug: string) {
  return { ...articleJson(), slug, headline: 'A second story' };
}

describe('validateArticleFiles', () => {
  it('finds no problem in the real story files', () => {
    const files = realFiles();

    expect(Object.keys(files)).toEqual(expect.arrayContaining(['index.json', ARTICLE_FILE]));
    expect(validateArticleFiles(files)).toEqual([]);
  });

  it('reports a file that is not JSON at its root, and nothing else', () => {
    const files = { ...realFiles(), [ARTICLE_FILE]: '{ "slug": ' };

    expect(validateArticleFiles(files)).toEqual([
      { file: ARTICLE_FILE, path: '(root)', message: expect.stringMatching(/^Not valid JSON: /) },
    ]);
  });

  it('reports schema problems with the file and the JSON path', () => {
    const broken = articleJson();
    broken.headline = '';

    expect(
      validateArticleFiles({ ...realFiles(), [ARTICLE_FILE]: JSON.stringify(broken) }),
    ).toEqual([{ file: ARTICLE_FILE, path: 'headline', message: 'Expected non-empty text' }]);
  });

  it('reports faults the reader would only leave out of a panel as errors all the same', () => {
    const broken = articleJson();
    Object.assign(broken.participants[8]!, { role: 42 });
    broken.quotes[0]!.sectionId = 'closing';

    expect(
      validateArticleFiles({ ...realFiles(), [ARTICLE_FILE]: JSON.stringify(broken) }),
    ).toEqual([
      {
        file: ARTICLE_FILE,
        path: 'participants[8].role',
        message: 'Invalid input: expected string, received number',
      },
      {
        file: ARTICLE_FILE,
        path: 'quotes[0].sectionId',
        message: 'Unknown section "closing": expected the id of a section',
      },
      {
        file: ARTICLE_FILE,
        path: 'quotes[1].speakerId',
        message:
          'Speaker "tammy-bruce" is left out because of the errors in their entry in participants',
      },
      {
        file: ARTICLE_FILE,
        path: 'quotes[2].speakerId',
        message:
          'Speaker "tammy-bruce" is left out because of the errors in their entry in participants',
      },
    ]);
  });

  it('reports a file too large for the reader to open', () => {
    const huge = articleJson();
    huge.sections[0]!.paragraphs.push('word '.repeat(200_000));
    const text = JSON.stringify(huge);

    // Only that: the index still lists an existing file, and the file itself is not read.
    expect(validateArticleFiles({ ...realFiles(), [ARTICLE_FILE]: text })).toEqual([
      {
        file: ARTICLE_FILE,
        path: '(root)',
        message: `Too large: ${text.length} characters, and the reader refuses files over 1000000`,
      },
    ]);
  });

  it('reports an index that is not valid against its schema', () => {
    const index = realIndex();
    const second = index.articles.length;
    index.articles.push({ ...index.articles[0] });

    expect(validateArticleFiles(withIndex(realFiles(), index))).toEqual([
      {
        file: 'index.json',
        path: `articles[${second}].slug`,
        message: `Duplicate slug "${SLUG}"`,
      },
    ]);
  });

  it('reports a story listed in the index that has no file', () => {
    const files = realFiles();
    delete files[ARTICLE_FILE];

    expect(validateArticleFiles(files)).toEqual([
      {
        file: 'index.json',
        path: 'articles[0].slug',
        message: `No file ${ARTICLE_FILE} for this story`,
      },
    ]);
  });

  it('points at the position of the listing whose file is missing', () => {
    const index = realIndex();
    const added = index.articles.length;
    index.articles.push({ ...index.articles[0], slug: 'missing-story' });

    expect(validateArticleFiles(withIndex(realFiles(), index))).toEqual([
      {
        file: 'index.json',
        path: `articles[${added}].slug`,
        message: 'No file missing-story.json for this story',
      },
    ]);
  });

  it.each([
    ['headline', 'Russia and Ukraine Talk'],
    ['standfirst', 'A different standfirst.'],
    ['publishedAt', '2025-05-16T18:23:00+05:30'],
  ])('reports an index whose %s differs from the story file', (field, value) => {
    const index = realIndex();
    index.articles[0] = { ...index.articles[0], [field]: value };

    expect(validateArticleFiles(withIndex(realFiles(), index))).toEqual([
      {
        file: 'index.json',
        path: `articles[0].${field}`,
        message: `Differs from ${field} in ${ARTICLE_FILE}`,
      },
    ]);
  });

  it('reports a story that the index does not list', () => {
    const files = {
      ...realFiles(),
      'second-story.json': JSON.stringify(secondStory('second-story')),
    };

    expect(validateArticleFiles(files)).toEqual([
      {
        file: 'second-story.json',
        path: '(root)',
        message: 'Not listed in index.json, so readers cannot find it',
      },
    ]);
  });

  it('accepts a second story once the index lists it', () => {
    const story = secondStory('second-story');
    const index = realIndex();
    index.articles.push({
      slug: story.slug,
      headline: story.headline,
      standfirst: story.standfirst,
      publishedAt: story.publishedAt,
    });
    const files = { ...realFiles(), 'second-story.json': JSON.stringify(story) };

    expect(validateArticleFiles(withIndex(files, index))).toEqual([]);
  });

  it('reports a file whose name does not match its slug', () => {
    const files = realFiles();
    const text = files[ARTICLE_FILE] ?? '';
    delete files[ARTICLE_FILE];
    files['istanbul-talks.json'] = text;

    expect(validateArticleFiles(files)).toContainEqual({
      file: 'istanbul-talks.json',
      path: 'slug',
      message: `Expected the file to be named ${ARTICLE_FILE}, not "istanbul-talks.json"`,
    });
  });

  it('reports a missing index', () => {
    const files = realFiles();
    delete files['index.json'];

    expect(validateArticleFiles(files)).toEqual([
      { file: 'index.json', path: '(root)', message: 'Missing: the app lists stories from it' },
    ]);
  });

  it('reports an index that is not JSON', () => {
    const files = { ...realFiles(), 'index.json': '' };

    expect(validateArticleFiles(files)).toEqual([
      { file: 'index.json', path: '(root)', message: expect.stringMatching(/^Not valid JSON: /) },
    ]);
  });
});
