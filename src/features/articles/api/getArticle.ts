import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { fetchJson } from '../../../lib/fetchJson';
import { dataUrls } from '../../../lib/paths';
import { InvalidDataError, quoted } from '../../../lib/validation';
import type { Article } from '../model/articleSchema';
import { readArticle, type ReadableArticle, type RegionProblems } from '../model/parseArticle';

/**
 * Fetches one story and validates it; throws a typed error for every way it can fail. Faults
 * confined to participants or quotes do not throw: they come back as `regionProblems`.
 */
export async function getArticle(slug: string, signal?: AbortSignal): Promise<ReadableArticle> {
  const resource = `The story ${quoted(slug)}`;
  const json = await fetchJson(dataUrls.article(slug), signal);
  const result = readArticle(json);
  if (!result.ok) throw new InvalidDataError(resource, result.problems);
  const fileSlug = result.value.article.slug;
  // Its links are built from the slug, so a story under another's name would link elsewhere.
  if (fileSlug !== slug) {
    throw new InvalidDataError(resource, [
      {
        path: 'slug',
        message: `Expected ${quoted(slug)}, the file's name, not ${quoted(fileSlug)}`,
      },
    ]);
  }
  return result.value;
}

export const articleQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['articles', 'detail', slug],
    queryFn: ({ signal }) => getArticle(slug, signal),
    // Always ask (a service worker may answer offline), so the route loader settles on a page
    // rather than waiting, paused, for the connection to come back.
    networkMode: 'offlineFirst',
  });

/** The story for a slug; the route loader has already put it in the cache. */
export function useArticle(slug: string): Article {
  return useSuspenseQuery({ ...articleQueryOptions(slug), select: (story) => story.article }).data;
}

/** What was left out of the story's participants and quotes for faults in the file. */
export function useArticleRegionProblems(slug: string): RegionProblems {
  return useSuspenseQuery({ ...articleQueryOptions(slug), select: (story) => story.regionProblems })
    .data;
}
