import { SITE_LANGUAGE } from '../../../lib/site';
import type { Article } from './articleSchema';

/**
 * The language a story is written in, as a BCP 47 tag: the one place the JSON-LD, the news
 * sitemap and the feeds ask. Stories carry no language of their own yet, so it is the site's.
 */
export function articleLanguage(_article: Pick<Article, 'slug'>): string {
  return SITE_LANGUAGE;
}
