import {
  useArticleIndex,
  articleIndexQueryOptions,
} from '../../features/articles/api/getArticleIndex';
import { ArticleList } from '../../features/articles/components/ArticleList';
import { ArticleListPlaceholder } from '../../features/articles/components/ArticleListPlaceholder';
import { paths, patterns } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { homeMeta } from '../pageMeta';
import type { PageRoute } from '../pageRoute';
import { RouteErrorPage } from './RouteErrorPage';

/** `/`: the articles on offer. */
function HomePage() {
  const index = useArticleIndex();
  useDocumentTitle(homeMeta(index).title);
  return (
    <>
      <h1 className="visually-hidden">Stories</h1>
      <ArticleList articles={index.articles} />
    </>
  );
}

export const homeRoute = {
  id: 'home',
  pattern: patterns.home,
  loader:
    ({ queryClient, fetch }) =>
    async () => ({
      meta: homeMeta(await queryClient.ensureQueryData(articleIndexQueryOptions(fetch))),
    }),
  Component: HomePage,
  ErrorBoundary: () => <RouteErrorPage subject="stories" />,
  HydrateFallback: ArticleListPlaceholder,
  prerender: () => [paths.home()],
} satisfies PageRoute;
