import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { LoaderFunctionArgs, RouteObject, ShouldRevalidateFunction } from 'react-router';
import type { Article, ArticleIndex } from '../features/articles/model/articleSchema';
import type { PageMeta } from '../features/articles/model/articleMeta';
import { lastModified } from '../features/articles/model/articleUpdates';

/** What loaders are given: the cache to fill, and the `fetch` to read data files with. */
export type RouteContext = {
  queryClient: QueryClient;
  /** The build reads the files from disk; the browser (the default) asks the network. */
  fetch?: typeof fetch | undefined;
  /** Rendering a page for the build to write, rather than in a reader's browser. */
  prerender?: boolean;
};

/** What every page's loader returns: what the page says about itself, for its head and tab. */
export type PageData = { meta: PageMeta };

/**
 * Everything the build knows about the site, from which routes list the pages to prerender: the
 * articles newest first, and the index derived from them.
 */
export type Site = { index: ArticleIndex; articles: readonly Article[] };

/**
 * A page the build writes: its path; the data it is drawn from, which must hold everything on
 * the page that differs from one page to the next (the build keeps each page and draws it again
 * only when its `source`, or the app, changed); and when its content last changed, for sitemaps.
 */
export type StaticPage = { path: string; source: unknown; modifiedAt?: string };

/**
 * One page of the app, defined in one module: its path pattern, loader, component, error
 * boundary and placeholder, and the paths the build writes for it. The router, the prerender and
 * the service worker all read these, so none of them retypes a pattern.
 */
export type PageRoute = {
  id: string;
  /** The full path pattern, from `lib/paths`. */
  pattern: string;
  /** Fills the cache and returns the page's metadata from its data. */
  loader?: (context: RouteContext) => (args: LoaderFunctionArgs) => Promise<PageData>;
  /** When to load again on a move within the page (react-router reloads on any change). */
  shouldRevalidate?: ShouldRevalidateFunction;
  /** The metadata of a page that has no data. */
  meta?: PageMeta;
  Component: ComponentType;
  ErrorBoundary?: ComponentType;
  HydrateFallback?: ComponentType;
  /** The pages of this route the build writes as static files. */
  prerender?: (site: Site) => StaticPage[];
};

/**
 * A page route as react-router wants it: its path relative to its parent's pattern, and the
 * routes nested in it.
 */
export function routeObject(
  route: PageRoute,
  context: RouteContext,
  { parentPattern = '/', children }: { parentPattern?: string; children?: RouteObject[] } = {},
): RouteObject {
  const base = parentPattern.endsWith('/') ? parentPattern : `${parentPattern}/`;
  if (route.pattern !== '*' && !`${route.pattern}/`.startsWith(base)) {
    throw new Error(`Route ${route.id} (${route.pattern}) is not under ${parentPattern}`);
  }
  const path = route.pattern === '*' ? '*' : route.pattern.slice(base.length);
  const place = path === '' && !children ? { index: true as const } : { path, children };
  return {
    id: route.id,
    ...place,
    ...(route.loader ? { loader: route.loader(context) } : {}),
    ...(route.shouldRevalidate ? { shouldRevalidate: route.shouldRevalidate } : {}),
    ...(route.meta ? { handle: { meta: route.meta } satisfies PageData } : {}),
    Component: route.Component,
    ...(route.ErrorBoundary ? { ErrorBoundary: route.ErrorBoundary } : {}),
    ...(route.HydrateFallback ? { HydrateFallback: route.HydrateFallback } : {}),
  };
}

/**
 * A route for a place in an article with a page of its own (a section, a quote): it draws nothing,
 * since the article route above opens the article there, and lists one page per place.
 */
export function placeRoute(
  id: string,
  pattern: string,
  pagesOf: (article: Site['articles'][number]) => string[],
): PageRoute & { prerender: NonNullable<PageRoute['prerender']> } {
  return {
    id,
    pattern,
    Component: () => null,
    prerender: (site) => site.articles.flatMap(articlePages(site, pagesOf)),
  };
}

/**
 * What an article's pages are drawn from: the article, and, for a translated one, the places each
 * translation has (its pages name their counterparts, section by section). One value per article,
 * so its hash is worked out once however many pages it has.
 */
function articleSource(site: Site, article: Article): unknown {
  if (!article.translations?.length) return article;
  return {
    article,
    counterparts: article.translations.map(({ slug }) => {
      const story = site.articles.find((candidate) => candidate.slug === slug);
      return {
        slug,
        language: story?.language,
        sectionIds: story?.sections.map((section) => section.id),
        quoteIds: story?.quotes.map((quote) => quote.id),
      };
    }),
  };
}

/** An article's pages listed by `pagesOf`, drawn from the article and its translations' places. */
export const articlePages =
  (site: Site, pagesOf: (article: Article) => string[]) =>
  (article: Article): StaticPage[] => {
    const source = articleSource(site, article);
    return pagesOf(article).map((path) => ({ path, source, modifiedAt: lastModified(article) }));
  };
