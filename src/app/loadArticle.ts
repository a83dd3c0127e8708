import { data } from 'react-router';
import { articleQueryOptions } from '../features/articles/api/getArticle';
import type { Article } from '../features/articles/model/articleSchema';
import { isValidId } from '../features/articles/model/ids';
import { HttpError } from '../lib/fetchJson';
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
