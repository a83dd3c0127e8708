import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { ArticlePlaceholder } from '../features/articles/components/ArticlePlaceholder';
import { StoryListPlaceholder } from '../features/articles/components/StoryListPlaceholder';
import { articleLoader, homeLoader } from './loaders';
import { ArticleRoute } from './routes/ArticleRoute';
import { HomeRoute } from './routes/HomeRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import {
  ArticleErrorBoundary,
  PageErrorBoundary,
  StoriesErrorBoundary,
} from './routes/RouteErrorPage';
import { RootLayout } from './routes/RootLayout';
import { SectionRoute } from './routes/SectionRoute';

/**
 * The route tree, shared by the browser router and the tests' memory router. Section paths are
 * children of the article, so one component serves the story and each of its sections.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      Component: RootLayout,
      ErrorBoundary: PageErrorBoundary,
      children: [
        {
          index: true,
          loader: homeLoader(queryClient),
          Component: HomeRoute,
          HydrateFallback: StoryListPlaceholder,
          ErrorBoundary: StoriesErrorBoundary,
        },
        {
          path: 'articles/:slug',
          loader: articleLoader(queryClient),
          Component: ArticleRoute,
          HydrateFallback: ArticlePlaceholder,
          ErrorBoundary: ArticleErrorBoundary,
          children: [
            { index: true, Component: SectionRoute },
            { path: ':sectionId', Component: SectionRoute },
          ],
        },
        { path: '*', Component: NotFoundRoute },
      ],
    },
  ];
}
