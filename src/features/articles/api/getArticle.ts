import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { fetchJson, type FetchOptions } from '../../../lib/fetchJson';
import { dataUrls } from '../../../lib/paths';
import { InvalidDataError, quoted } from '../../../lib/validation';
import type { Article } from '../model/articleSchema';
import type { PanelProblems, ReadableArticle } from '../model/parseArticle';

/**
 * Fetches one article and validates it; throws a typed error for every way it can fail. Faults
 * confined to participants or quotes do not throw: they come back as `panelProblems`.
 */
export async function getArticle(slug: string, options?: FetchOptions): Promise<ReadableArticle> {
  const resource = `The story ${quoted(slug)}`;
  const json = await fetchJson(dataUrls.article(slug), options);
  // The schema loads with the first article fetched: a prerendered page brings its data
  // checked at build time, so reading it needs none of this.
  const { articleFileName, fileNameProblem, readArticle } = await import('../model/parseArticle');
  const result = readArticle(json);
  if (!result.ok) throw new InvalidDataError(resource, result.problems);
  const misnamed = fileNameProblem(result.value.article, articleFileName(slug));
  if (misnamed) throw new InvalidDataError(resource, [misnamed]);
  return result.value;
}

/** `send` is where the request goes: the browser's `fetch` unless given. */
export const articleQueryOptions = (slug: string, send?: typeof fetch) =>
  // `send` is not part of the key: the network and the build's files hold the same data.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: ['articles', 'detail', slug],
    queryFn: ({ signal }) => getArticle(slug, { signal, fetch: send }),
    // Always ask (a service worker may answer offline), so the route loader settles on a page
    // rather than waiting, paused, for the connection to come back.
    networkMode: 'offlineFirst',
  });

/** The article for a slug; the route loader has already put it in the cache. */
export function useArticle(slug: string): Article {
  return useSuspenseQuery({ ...articleQueryOptions(slug), select: (readable) => readable.article })
    .data;
}

/** What was left out of the article's participants and quotes for faults in the file. */
export function useArticlePanelProblems(slug: string): PanelProblems {
  return useSuspenseQuery({
    ...articleQueryOptions(slug),
    select: (readable) => readable.panelProblems,
  }).data;
}
