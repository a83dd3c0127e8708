import { DEFAULT_LANGUAGE } from '../../../lib/language';
import type { Article } from './articleSchema';

/**
 * The language a story is written in, as a BCP 47 tag: the one place the JSON-LD, the news
 * sitemap and the feeds ask. English when the story does not say.
 */
export function articleLanguage(article: Pick<Article, 'language'>): string {
  return article.language ?? DEFAULT_LANGUAGE;
}
