import type { Article, ArticleIndex, ArticleSummary } from './articleSchema';

/** How many stories a page of the list holds: `/`, then `/page/2` and on. */
export const LIST_PAGE_SIZE = 20;

/**
 * What the list shows of a story, taken from the story itself: its language too, which the list
 * gives each item (`lang`, `dir`) so that a story in Arabic is read right to left there as well.
 */
export function articleSummary(article: Article): ArticleSummary {
  const { slug, language, headline, standfirst, publishedAt } = article;
  return { slug, ...(language ? { language } : {}), headline, standfirst, publishedAt };
}

/** Newest first by the instant each was published (whatever its offset), then by slug. */
export function newestFirst(
  a: Pick<Article, 'slug' | 'publishedAt'>,
  b: Pick<Article, 'slug' | 'publishedAt'>,
): number {
  const byTime = Date.parse(b.publishedAt) - Date.parse(a.publishedAt);
  return byTime !== 0 ? byTime : a.slug.localeCompare(b.slug);
}

/** The index of the site: every story, newest first. Derived, never kept by hand. */
export function articleIndex(articles: readonly Article[]): ArticleIndex {
  return { articles: [...articles].sort(newestFirst).map(articleSummary) };
}

/** How many pages the list of `count` stories takes; an empty site still has its first. */
export const listPageCount = (count: number) => Math.max(1, Math.ceil(count / LIST_PAGE_SIZE));

/** One page of the list of stories. */
export type ListPage = {
  /** Counted from 1. */
  page: number;
  pageCount: number;
  /** The position in the whole list of this page's first story, counted from 1. */
  firstPosition: number;
  articles: ArticleSummary[];
};

/** Page `page` (from 1) of the index, or undefined when there is no such page. */
export function listPage(index: ArticleIndex, page: number): ListPage | undefined {
  const pageCount = listPageCount(index.articles.length);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  const start = (page - 1) * LIST_PAGE_SIZE;
  return {
    page,
    pageCount,
    firstPosition: start + 1,
    articles: index.articles.slice(start, start + LIST_PAGE_SIZE),
  };
}

/**
 * The page of the list a path names: `/` is the first; `/page/<n>` names the others, from 2, in
 * plain digits (so the first page has one address, and `/page/02` none).
 */
export function listPageNumber(param: string | undefined): number {
  if (param === undefined) return 1;
  return /^[1-9]\d*$/.test(param) && param !== '1' ? Number(param) : Number.NaN;
}
