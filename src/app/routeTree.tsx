import type { RouteObject } from 'react-router';
import { routeObject, type RouteContext } from './pageRoute';
import { articleRoute } from './routes/articleRoute';
import { homePageRoute } from './routes/homePageRoute';
import { homeRoute } from './routes/homeRoute';
import { notFoundRoute } from './routes/notFoundRoute';
import { RootLayout } from './routes/RootLayout';
import { RouteErrorPage } from './routes/RouteErrorPage';
import { quoteRoute } from './routes/quoteRoute';
import { sectionRoute } from './routes/sectionRoute';

/** Every page of the app. The prerender and the service worker read this list. */
export const pageRoutes = [
  homeRoute,
  homePageRoute,
  articleRoute,
  sectionRoute,
  quoteRoute,
  notFoundRoute,
] as const;

/**
 * The route tree, shared by the browser, the build and the tests. Section paths are children of
 * the article, so one component serves the article and each of its sections.
 */
export function createRoutes(context: RouteContext): RouteObject[] {
  return [
    {
      path: '/',
      Component: RootLayout,
      ErrorBoundary: () => <RouteErrorPage subject="page" />,
      children: [
        routeObject(homeRoute, context),
        routeObject(homePageRoute, context),
        routeObject(articleRoute, context, {
          children: [sectionRoute, quoteRoute].map((route) =>
            routeObject(route, context, { parentPattern: articleRoute.pattern }),
          ),
        }),
        routeObject(notFoundRoute, context),
      ],
    },
  ];
}
