import { queryOptions, skipToken, useQuery, type DehydratedState } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo } from 'react';
import { fetchJson, type FetchOptions } from '../../../lib/fetchJson';
import { nextTask } from '../../../lib/nextTask';
import { runStepsWithPauses } from '../../../lib/steps';
import { dataUrls } from '../../../lib/paths';
import { InvalidDataError, quoted } from '../../../lib/validation';
import { prepareArticleText } from '../model/articleText';
import { fingerprintSteps } from '../model/changesSinceLastVisit';
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
  // Evaluating the schema's module is a task of its own; checking the data starts in the next.
  await nextTask();
  const result = await readArticleInSteps(json, nextTask);
  if (!result.ok) throw new InvalidDataError(resource, result.problems);
  const misnamed = fileNameProblem(result.value.article, articleFileName(slug));
  if (misnamed) throw new InvalidDataError(resource, [misnamed]);
  // Split into text, mentions and quotes here, and each section's fingerprint taken, in steps,
  // rather than while the page renders it or records the visit.
  await prepareArticleText(result.value.article, nextTask);
  await runStepsWithPauses(fingerprintSteps(result.value.article.sections), nextTask);
  return result.value;
}

const ARTICLE_KEY = ['articles', 'detail'] as const;
const WINDOW_KEY = ['articles', 'window'] as const;

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
 * Prepares each article a prerendered page brings, in steps (`pause` gives the page a turn),
 * before the page hydrates: its text split into mentions and quotes (a whole article's) and its
 * sections' fingerprints, each a long task if done while rendering or just after.
 */
export async function prepareDehydratedArticles(
  state: DehydratedState,
  pause: () => Promise<void>,
): Promise<void> {
  const isKey = (queryKey: readonly unknown[], key: readonly string[]) =>
    key.every((part, index) => queryKey[index] === part);
  for (const { queryKey, state: query } of state.queries) {
    const whole = isKey(queryKey, ARTICLE_KEY);
    if (query.data === undefined || !(whole || isKey(queryKey, WINDOW_KEY))) continue;
    // Built at build time from checked files, as getArticle returns it.
    const { article } = query.data as ReadableArticle;
    if (whole) await prepareArticleText(article, pause);
    await runStepsWithPauses(fingerprintSteps(article.sections), pause);
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
    queryKey: [...WINDOW_KEY, slug],
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
  // The query's news comes as an urgent update, which React would render in one piece: a long
  // story's whole text arriving after its window was one long task. Deferred, the page first
  // renders as it was, then with the news in a time-sliced render of its own.
  const deferred = useDeferredValue(view);
  // The loader fills one of the two before the page renders; a failure here is the loader's too.
  if (deferred === undefined) throw whole.error ?? new Error(`The article "${slug}" is not loaded`);
  return deferred;
}
