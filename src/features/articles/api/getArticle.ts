import { queryOptions, skipToken, useQuery, type DehydratedState } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { fetchJson, type FetchOptions } from '../../../lib/fetchJson';
import { nextTask } from '../../../lib/nextTask';
import { dataUrls } from '../../../lib/paths';
import { InvalidDataError, quoted } from '../../../lib/validation';
import { prepareArticleText } from '../model/articleText';
import type { ArticleWindow } from '../model/articleWindow';
import type { ReadableArticle } from '../model/parseArticle';

/**
 * Fetches one article and validates it; throws a typed error for every way it can fail. Faults
 * confined to participants or quotes do not throw: they come back as `panelProblems`.
 */
export async function getArticle(slug: string, options?: FetchOptions): Promise<ReadableArticle> {
  const resource = `The story ${quoted(slug)}`;
  const json = await fetchJson(dataUrls.article(slug), options);
  // The schema loads with the first article fetched: a prerendered page brings its data
  // checked at build time, so reading it needs none of this.
  const { articleFileName, fileNameProblem, readArticleInSteps } =
    await import('../model/parseArticle');
  const result = await readArticleInSteps(json, nextTask);
  if (!result.ok) throw new InvalidDataError(resource, result.problems);
  const misnamed = fileNameProblem(result.value.article, articleFileName(slug));
  if (misnamed) throw new InvalidDataError(resource, [misnamed]);
  // Split into text, mentions and quotes here, in steps, rather than while the page renders it.
  await prepareArticleText(result.value.article, nextTask);
  return result.value;
}

const ARTICLE_KEY = ['articles', 'detail'] as const;

/** `send` is where the request goes: the browser's `fetch` unless given. */
export const articleQueryOptions = (slug: string, send?: typeof fetch) =>
  // `send` is not part of the key: the network and the build's files hold the same data.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: [...ARTICLE_KEY, slug],
    queryFn: ({ signal }) => getArticle(slug, { signal, fetch: send }),
    // Always ask (a service worker may answer offline), so the route loader settles on a page
    // rather than waiting, paused, for the connection to come back.
    networkMode: 'offlineFirst',
  });

/**
 * Splits the text of each whole article a prerendered page brings, in steps (`pause` gives the
 * page a turn), before the page hydrates: done while rendering, it would be one long task.
 */
export async function prepareDehydratedArticles(
  state: DehydratedState,
  pause: () => Promise<void>,
): Promise<void> {
  for (const { queryKey, state: query } of state.queries) {
    const isArticle = ARTICLE_KEY.every((part, index) => queryKey[index] === part);
    // Built at build time from checked files, as getArticle returns it.
    const data = query.data as ReadableArticle | undefined;
    if (isArticle && data !== undefined) await prepareArticleText(data.article, pause);
  }
}

/** A long article's window, as its prerendered page carries it (see model/articleWindow). */
export type WindowedArticle = ReadableArticle & { sectionWindow: ArticleWindow };

/**
 * The window a long article's prerendered page was built with. Never fetched: it only ever
 * comes in the page's own data, and the whole article replaces it once fetched.
 */
export const articleWindowQueryOptions = (slug: string) =>
  queryOptions<WindowedArticle>({
    queryKey: ['articles', 'window', slug],
    queryFn: skipToken,
    staleTime: Number.POSITIVE_INFINITY,
  });

/** What an article page shows: the whole article, or for now the window its page came with. */
export type ArticleView = ReadableArticle & {
  sectionWindow?: ArticleWindow | undefined;
  /** Why the rest of a long article could not be fetched, if it could not. */
  restError?: Error | undefined;
  retryRest: () => void;
};

/**
 * The article for a slug. The route loader has put it in the cache, whole; on a long article's
 * prerendered page only its window is there, and the rest is fetched once `fetchRest` (so that a
 * page hydrates as it was prerendered before it asks for anything).
 */
export function useArticleView(slug: string, fetchRest: boolean): ArticleView {
  const whole = useQuery({ ...articleQueryOptions(slug), enabled: fetchRest });
  const windowed = useQuery(articleWindowQueryOptions(slug));
  const { refetch } = whole;
  const retryRest = useCallback(() => void refetch(), [refetch]);
  const view = useMemo((): ArticleView | undefined => {
    if (whole.data) return { ...whole.data, retryRest };
    if (windowed.data) return { ...windowed.data, restError: whole.error ?? undefined, retryRest };
    return undefined;
  }, [whole.data, whole.error, windowed.data, retryRest]);
  // The loader fills one of the two before the page renders; a failure here is the loader's too.
  if (view === undefined) throw whole.error ?? new Error(`The article "${slug}" is not loaded`);
  return view;
}
