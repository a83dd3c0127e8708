import { data } from 'react-router';
import {
  articleQueryOptions,
  articleWindowQueryOptions,
} from '../features/articles/api/getArticle';
import { articleWindow, windowRange } from '../features/articles/model/articleWindow';
import type { Article } from '../features/articles/model/articleSchema';
import { isValidId } from '../features/articles/model/ids';
import { HttpError } from '../lib/fetchJson';
import type { QueryClient } from '@tanstack/react-query';
import type { RouteContext } from './pageRoute';

/** Answers the route with a 404: the not-found page. */
export function notFound(): never {
  throw data(null, { status: 404, statusText: 'Not Found' });
}

/**
 * Fills the cache with an article before its page renders, for the article's loader and its
 * sections' (which share one request); a missing article becomes a 404.
 */
export async function loadArticle(
  { queryClient, fetch }: RouteContext,
  slug = '',
): Promise<Article> {
  if (!isValidId(slug)) notFound();
  try {
    return (await queryClient.ensureQueryData(articleQueryOptions(slug, fetch))).article;
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) notFound();
    throw error;
  }
}

/**
 * For a page the build writes: when the article is too long to put whole in every page, leaves in
 * the cache (so in the page's data) only the window of it the page shows, beginning at its section.
 */
export function keepWindowOnly(
  queryClient: QueryClient,
  article: Article,
  sectionId?: string,
): void {
  const range = windowRange(article, sectionId?.toLowerCase());
  if (range.end - range.start === article.sections.length) return;
  const whole = articleQueryOptions(article.slug).queryKey;
  const panelProblems = queryClient.getQueryData(whole)?.panelProblems ?? {
    participants: [],
    quotes: [],
  };
  queryClient.setQueryData(articleWindowQueryOptions(article.slug).queryKey, {
    ...articleWindow(article, range),
    panelProblems,
  });
  queryClient.removeQueries({ queryKey: whole, exact: true });
}
