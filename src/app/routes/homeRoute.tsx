import { lazy, Suspense } from 'react';
import { articleListQueryOptions } from '../../features/articles/api/getArticleIndex';
import { ArticleListPlaceholder } from '../../features/articles/components/ArticleListPlaceholder';
import { listPage, listPageNumber } from '../../features/articles/model/articleIndex';
import { lastModified } from '../../features/articles/model/articleUpdates';
import { paths, patterns } from '../../lib/paths';
import { notFound } from '../loadArticle';
import { homeMeta } from '../pageMeta';
import type { PageRoute, RouteContext, Site, StaticPage } from '../pageRoute';
import { loadMessages } from '../../lib/i18n/messages';
import { DEFAULT_LANGUAGE } from '../../lib/language';
import { RouteErrorPage } from './RouteErrorPage';

// The list's own code loads with the first list shown: a story's page, where most readers
// arrive, has no use for it before it answers.
const ListOfStories = lazy(() => import('./HomePage'));

/** `/` and `/page/<n>`: the stories, newest first, a page at a time. */
function HomePage() {
  return (
    <Suspense fallback={<ArticleListPlaceholder />}>
      <ListOfStories />
    </Suspense>
  );
}

/**
 * Page `page` of the list as the build writes it: drawn from the stories it lists, and last
 * changed when the latest of them did.
 */
export function listStaticPage(site: Site, page: number): StaticPage[] {
  const list = listPage(site.index, page);
  if (!list) return [];
  const listed = new Set(list.articles.map((summary) => summary.slug));
  const [latest] = site.articles
    .filter((article) => listed.has(article.slug))
    .map(lastModified)
    .sort((a, b) => Date.parse(b) - Date.parse(a));
  return [{ path: paths.homePage(page), source: list, ...(latest ? { modifiedAt: latest } : {}) }];
}

/** Loads the page of the list the path names; one that does not exist is a 404. */
export const homeLoader =
  ({ queryClient, fetch }: RouteContext) =>
  async ({ params }: { params: { page?: string } }) => {
    const [list, t] = await Promise.all([
      queryClient.ensureQueryData(articleListQueryOptions(listPageNumber(params.page), fetch)),
      loadMessages(DEFAULT_LANGUAGE),
    ]);
    if (!list) notFound();
    return { meta: homeMeta(list, t) };
  };

/** What `/` and `/page/<n>` share: the one list of stories, at the page the path names. */
export const listRouteParts = {
  loader: homeLoader,
  Component: HomePage,
  ErrorBoundary: () => <RouteErrorPage subject="stories" />,
  HydrateFallback: ArticleListPlaceholder,
};

export const homeRoute = {
  id: 'home',
  pattern: patterns.home,
  ...listRouteParts,
  prerender: (site) => listStaticPage(site, 1),
} satisfies PageRoute;
