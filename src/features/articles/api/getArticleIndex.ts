import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { fetchJson } from '../../../lib/fetchJson';
import { dataUrls } from '../../../lib/paths';
import { InvalidDataError } from '../../../lib/validation';
import type { ArticleIndex } from '../model/articleSchema';
import { parseArticleIndex } from '../model/parseArticle';

/** Fetches the list of stories and validates it. */
export async function getArticleIndex(signal?: AbortSignal): Promise<ArticleIndex> {
  const json = await fetchJson(dataUrls.articleIndex(), signal);
  const result = parseArticleIndex(json);
  if (!result.ok) throw new InvalidDataError('The story index', result.problems);
  return result.value;
}

export const articleIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['articles', 'list'],
    queryFn: ({ signal }) => getArticleIndex(signal),
    // As for a story: try even when the browser says offline, so the page settles on a state.
    networkMode: 'offlineFirst',
  });

/** The list of stories; the route loader has already put it in the cache. */
export function useArticleIndex(): ArticleIndex {
  return useSuspenseQuery(articleIndexQueryOptions()).data;
}
