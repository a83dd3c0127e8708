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

/** A second valid story. */
function secondStory(slug: string) {
  return { ...articleJson(), slug, headline: 'A second story' };
}

describe('validateArticleFiles', () => {
  it('finds no problem in the real story files', () => {
    const files = realFiles();

    expect(Object.keys(files)).toContain(ARTICLE_FILE);
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

    // Only that: the file itself is not read.
    expect(validateArticleFiles({ ...realFiles(), [ARTICLE_FILE]: text })).toEqual([
      {
        file: ARTICLE_FILE,
        path: '(root)',
        message: `Too large: ${text.length} characters, and the reader refuses files over 1000000`,
      },
    ]);
  });

  it('accepts a second story with nothing else to write: no index lists it by hand', () => {
    const files = {
      ...realFiles(),
      'second-story.json': JSON.stringify(secondStory('second-story')),
    };

    expect(validateArticleFiles(files)).toEqual([]);
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

  it('reports a hand-kept index left in the folder, for deletion', () => {
    const files = { ...realFiles(), 'index.json': '{ "articles": [] }' };

    expect(validateArticleFiles(files)).toEqual([
      {
        file: 'index.json',
        path: '(root)',
        message: 'Not a story: the build lists the stories from their files now, so delete it',
      },
    ]);
  });
});
