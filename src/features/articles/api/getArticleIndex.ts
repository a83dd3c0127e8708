import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { fetchJson, type FetchOptions } from '../../../lib/fetchJson';
import { dataUrls } from '../../../lib/paths';
import { InvalidDataError } from '../../../lib/validation';
import { listPage, type ListPage } from '../model/articleIndex';
import type { ArticleIndex } from '../model/articleSchema';

/** Fetches the list of articles (the build derives it from the articles) and validates it. */
export async function getArticleIndex(options?: FetchOptions): Promise<ArticleIndex> {
  const json = await fetchJson(dataUrls.articleIndex(), options);
  // Loaded only when needed, as in getArticle.
  const { parseArticleIndex } = await import('../model/parseArticle');
  const result = parseArticleIndex(json);
  if (!result.ok) throw new InvalidDataError('The story index', result.problems);
  return result.value;
}

/**
 * One page of the list; null when the list has no such page. Only the page is kept, so a
 * prerendered page carries its own stories in its data, not the whole index.
 * `send` is where the request goes: the browser's `fetch` unless given.
 */
export const articleListQueryOptions = (page: number, send?: typeof fetch) =>
  // `send` is not part of the key: the network and the build's files hold the same data.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: ['articles', 'list', page],
    queryFn: async ({ signal }): Promise<ListPage | null> =>
      listPage(await getArticleIndex({ signal, fetch: send }), page) ?? null,
    // As for an article: try even when the browser says offline, so the page settles on a state.
    networkMode: 'offlineFirst',
  });

/** A page of the list of articles; the route loader has already put it in the cache. */
export function useArticleList(page: number): ListPage | null {
  return useSuspenseQuery(articleListQueryOptions(page)).data;
}
