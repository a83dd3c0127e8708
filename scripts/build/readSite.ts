import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Site } from '../../src/app/pageRoute';
import { articleIndex, newestFirst } from '../../src/features/articles/model/articleIndex';
import { parseArticle } from '../../src/features/articles/model/parseArticle';

/** The articles folder of a site: the article files, and the index the build derives. */
const ARTICLES = 'articles';
export const INDEX_FILE = 'index.json';

/**
 * Every article in a site folder (`public/` or a build), validated as the app would, newest
 * first, and the index derived from them: an editor adds a file, and nothing else.
 */
export function readSite(dir: string): Site {
  const articles = readdirSync(join(dir, ARTICLES))
    .filter((name) => name.endsWith('.json') && name !== INDEX_FILE)
    .map((name) => {
      const article = parseArticle(JSON.parse(readFileSync(join(dir, ARTICLES, name), 'utf8')));
      if (!article.ok) throw new Error(`${ARTICLES}/${name}: ${JSON.stringify(article.problems)}`);
      return article.value;
    })
    .sort(newestFirst);
  return { index: articleIndex(articles), articles };
}
