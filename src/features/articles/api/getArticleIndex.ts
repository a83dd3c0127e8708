import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { fetchJson, type FetchOptions } from '../../../lib/fetchJson';
import { dataUrls } from '../../../lib/paths';
import { InvalidDataError } from '../../../lib/validation';
import type { ArticleIndex } from '../model/articleSchema';

/** Fetches the list of articles and validates it. */
export async function getArticleIndex(options?: FetchOptions): Promise<ArticleIndex> {
  const json = await fetchJson(dataUrls.articleIndex(), options);
  // Loaded only when needed, as in getArticle.
  const { parseArticleIndex } = await import('../model/parseArticle');
  const result = parseArticleIndex(json);
  if (!result.ok) throw new InvalidDataError('The story index', result.problems);
  return result.value;
}

/** `send` is where the request goes: the browser's `fetch` unless given. */
export const articleIndexQueryOptions = (send?: typeof fetch) =>
  // `send` is not part of the key: the network and the build's files hold the same data.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: ['articles', 'list'],
    queryFn: ({ signal }) => getArticleIndex({ signal, fetch: send }),
    // As for an article: try even when the browser says offline, so the page settles on a state.
    networkMode: 'offlineFirst',
  });

/** The list of articles; the route loader has already put it in the cache. */
export function useArticleIndex(): ArticleIndex {
  return useSuspenseQuery(articleIndexQueryOptions()).data;
}
