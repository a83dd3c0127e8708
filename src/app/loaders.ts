import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import { articleQueryOptions } from '../features/articles/api/getArticle';
import { articleIndexQueryOptions } from '../features/articles/api/getArticleIndex';
import { isValidSlug } from '../features/articles/model/articleSchema';
import { HttpError } from '../lib/fetchJson';

function notFound(): never {
  throw data(null, { status: 404, statusText: 'Not Found' });
}

/** Fills the cache with the story list before the index renders. */
export const homeLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(articleIndexQueryOptions());
  return null;
};

/** Fills the cache with the story before its page renders; a missing story becomes a 404. */
export const articleLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const slug = params.slug ?? '';
    if (!isValidSlug(slug)) notFound();
    try {
      await queryClient.ensureQueryData(articleQueryOptions(slug));
    } catch (error) {
      if (error instanceof HttpError && error.status === 404) notFound();
      throw error;
    }
    return null;
  };
