import { articleLanguage } from './articleLanguage';
import { lastModified } from './articleUpdates';
import type { Article, Update } from './articleSchema';
import { paths } from '../../../lib/paths';

/** How many stories the feeds carry, newest first: a reader subscribes to what is new. */
export const FEED_SIZE = 50;

/** Google News reads at most this many stories from one news sitemap. */
export const NEWS_SITEMAP_SIZE = 1000;

/** A story as the feeds list it. */
export type FeedEntry = {
  /** Root-relative; made absolute with the site's origin. It is the entry's id too. */
  path: string;
  title: string;
  summary: string;
  author: string;
  publishedAt: string;
  updatedAt: string;
  language: string;
  /** What was updated or corrected after publishing, newest first. */
  updates: Update[];
};

/** A story's entry in the Atom and JSON feeds. */
export function feedEntry(article: Article): FeedEntry {
  return {
    path: paths.article(article.slug),
    title: article.headline,
    summary: article.standfirst,
    author: article.source,
    publishedAt: article.publishedAt,
    updatedAt: lastModified(article),
    language: articleLanguage(article),
    updates: [...(article.updates ?? [])].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)),
  };
}

/** A story as the news sitemap lists it (`news:news`). */
export type NewsEntry = { path: string; title: string; publishedAt: string; language: string };

export function newsEntry(article: Article): NewsEntry {
  return {
    path: paths.article(article.slug),
    title: article.headline,
    publishedAt: article.publishedAt,
    language: articleLanguage(article),
  };
}
