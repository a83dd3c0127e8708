import type { QueryClient } from '@tanstack/react-query';
import {
  articleQueryOptions,
  articleWindowQueryOptions,
} from '../features/articles/api/getArticle';
import type { Article } from '../features/articles/model/articleSchema';
import { windowRange } from '../features/articles/model/articleWindow';
import { articleWindow } from '../features/articles/model/articleWindowCut';

/**
 * For a page the build writes: when the article is too long to put whole in every page, leaves in
 * the cache (so in the page's data) only the window of it the page shows, beginning at its section.
 */
export function keepWindowOnly(
  queryClient: QueryClient,
  article: Article,
  sectionId?: string,
): void {
  const range = windowRange(article, sectionId?.toLowerCase());
  if (range.end - range.start === article.sections.length) return;
  const whole = articleQueryOptions(article.slug).queryKey;
  const panelProblems = queryClient.getQueryData(whole)?.panelProblems ?? {
    participants: [],
    quotes: [],
  };
  queryClient.setQueryData(articleWindowQueryOptions(article.slug).queryKey, {
    ...articleWindow(article, range),
    panelProblems,
  });
  queryClient.removeQueries({ queryKey: whole, exact: true });
}
