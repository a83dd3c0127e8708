import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { fetchJson } from '../../../lib/fetchJson';
import { dataUrls } from '../../../lib/paths';
import { InvalidDataError } from '../../../lib/validation';
import type { Article } from '../model/articleSchema';
import { parseArticle } from '../model/parseArticle';

/** Fetches one story and validates it; throws a typed error for every way it can fail. */
export async function getArticle(slug: string, signal?: AbortSignal): Promise<Article> {
  const json = await fetchJson(dataUrls.article(slug), signal);
  const result = parseArticle(json);
  if (!result.ok) throw new InvalidDataError(`The story "${slug}"`, result.problems);
  return result.value;
}

export const articleQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['articles', 'detail', slug],
    queryFn: ({ signal }) => getArticle(slug, signal),
  });

/** The story for a slug; the route loader has already put it in the cache. */
export function useArticle(slug: string): Article {
  return useSuspenseQuery(articleQueryOptions(slug)).data;
}
