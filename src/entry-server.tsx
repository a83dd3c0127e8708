import { QueryClientProvider, dehydrate, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import {
  StaticRouterProvider,
  createStaticHandler,
  createStaticRouter,
  matchPath,
} from 'react-router';

import { DocumentHead } from './app/DocumentHead';
import { homeMeta, notFoundMeta, storyMeta, type PageMeta } from './app/pageMeta';
import type { PrerenderedState } from './app/prerenderedState';
import { createQueryClient } from './app/queryClient';
import { createRoutes } from './app/routes';
import { articleQueryOptions } from './features/articles/api/getArticle';
import { articleIndexQueryOptions } from './features/articles/api/getArticleIndex';

export { STATE_ELEMENT_ID, serializeState } from './app/prerenderedState';
export { paths } from './lib/paths';

export type RenderedPage = {
  html: string;
  /** The page's `<head>` tags: title, description, canonical URL, link-preview cards. */
  head: string;
  status: number;
  state: PrerenderedState;
};

/** What the page at `path` says about itself, from the data its loaders put in the cache. */
function describePage(path: string, queryClient: QueryClient): PageMeta {
  if (matchPath('/', path)) {
    const index = queryClient.getQueryData(articleIndexQueryOptions().queryKey);
    if (index) return homeMeta(index);
  }
  const story = matchPath('/articles/:slug/:sectionId?', path)?.params;
  if (story?.slug) {
    const stored = queryClient.getQueryData(articleQueryOptions(story.slug).queryKey);
    if (stored) return storyMeta(stored.article, story.sectionId);
  }
  return notFoundMeta();
}

/**
 * Renders one path of the app to HTML, the way the browser will first render it, plus the
 * router and query state the browser hydrates from. The loaders fetch the data files as in the
 * browser, so the build must supply a `fetch` that reads them (scripts/build). Used by the build
 * only, never shipped to readers.
 */
export async function renderPage(path: string, origin: string): Promise<RenderedPage> {
  const queryClient = createQueryClient();
  const handler = createStaticHandler(createRoutes(queryClient));
  const context = await handler.query(new Request(new URL(path, 'http://prerender.invalid')));
  if (context instanceof Response) {
    throw new Error(`${path} answered with a ${context.status} response instead of a page`);
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>
    </StrictMode>,
  );
  const status = context.statusCode;
  const meta = status === 200 ? describePage(path, queryClient) : notFoundMeta();
  return {
    html,
    head: renderToStaticMarkup(
      <DocumentHead meta={meta} origin={origin} indexable={status === 200} />,
    ),
    status,
    state: {
      path,
      router: {
        loaderData: context.loaderData,
        actionData: context.actionData,
        errors: context.errors,
      },
      queries: dehydrate(queryClient),
    },
  };
}
