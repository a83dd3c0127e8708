import { ArticleListPlaceholder } from '../../features/articles/components/ArticleListPlaceholder';
import { listPageCount } from '../../features/articles/model/articleIndex';
import { patterns } from '../../lib/paths';
import type { PageRoute } from '../pageRoute';
import { HomePage, homeLoader, listStaticPage } from './homeRoute';
import { RouteErrorPage } from './RouteErrorPage';

/** `/page/<n>`: the home page's list of stories, continued; the same page, further on. */
export const homePageRoute = {
  id: 'homePage',
  pattern: patterns.homePage,
  loader: homeLoader,
  Component: HomePage,
  ErrorBoundary: () => <RouteErrorPage subject="stories" />,
  HydrateFallback: ArticleListPlaceholder,
  prerender: (site) =>
    Array.from({ length: listPageCount(site.index.articles.length) - 1 }, (_, index) =>
      listStaticPage(site, index + 2),
    ).flat(),
} satisfies PageRoute;
