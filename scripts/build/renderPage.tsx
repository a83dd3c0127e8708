/**
 * The build's server entry: Vite bundles this with the app (CSS modules and all) so the build can
 * render any path to HTML. Never shipped to readers.
 */
import { QueryClientProvider, dehydrate } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import {
  StaticRouterProvider,
  createStaticHandler,
  createStaticRouter,
  matchPath,
} from 'react-router';

import type { Graph } from 'schema-dts';
import { notFoundMeta } from '../../src/app/pageMeta';
import type { PageData } from '../../src/app/pageRoute';
import type { PrerenderedState } from '../../src/app/prerenderedState';
import { createQueryClient } from '../../src/app/queryClient';
import { createRoutes } from '../../src/app/routeTree';
import { articleRoute } from '../../src/app/routes/articleRoute';
import { homePageRoute } from '../../src/app/routes/homePageRoute';
import { homeRoute } from '../../src/app/routes/homeRoute';
import { listPageNumber } from '../../src/features/articles/model/articleIndex';
import { quoteRoute } from '../../src/app/routes/quoteRoute';
import { sectionRoute } from '../../src/app/routes/sectionRoute';
import { articleQueryOptions } from '../../src/features/articles/api/getArticle';
import { articleListQueryOptions } from '../../src/features/articles/api/getArticleIndex';
import { articleLinkedData, listLinkedData } from '../../src/features/articles/model/linkedData';
import type { PageMeta } from '../../src/features/articles/model/articleMeta';
import type { Article } from '../../src/features/articles/model/articleSchema';
import { alternates, type Place } from '../../src/features/articles/model/translations';
import { patterns } from '../../src/lib/paths';
import { loadMessages } from '../../src/lib/i18n/messages';
import { DEFAULT_LANGUAGE } from '../../src/lib/language';
import { HydrationProvider } from '../../src/lib/useHydrated';
import { DocumentHead } from './DocumentHead';

export { pageRoutes } from '../../src/app/routeTree';

export type RenderedPage = {
  html: string;
  /** The page's `<head>` tags: title, description, canonical URL, link-preview cards. */
  head: string;
  status: number;
  /** The page's language, for its `<html lang dir>`. */
  language: string;
  state: PrerenderedState;
  /** What the page says about itself to search engines (JSON-LD), when it is a page to index. */
  linkedData?: Graph;
};

/** The section or quote a path names, if any. */
function placeOf(path: string): Place {
  return {
    quoteId: matchPath(patterns.quote, path)?.params.quoteId,
    sectionId: matchPath(patterns.section, path)?.params.sectionId,
  };
}

/** How React marks a Suspense boundary whose content arrives later in the stream. */
const PENDING_BOUNDARY = '<!--$?-->';

const isPageData = (data: unknown): data is PageData =>
  typeof data === 'object' && data !== null && 'meta' in data;

/** The metadata of the deepest matched route that has it, from its data or its definition. */
export function currentMeta(
  matches: readonly { loaderData?: unknown; handle?: unknown }[],
): PageMeta | undefined {
  return matches.flatMap((match) => [match.handle, match.loaderData]).findLast(isPageData)?.meta;
}

/**
 * The HTML of a page whose every part is there. A lazy component not loaded yet leaves its
 * Suspense boundary to be filled in by an inline script, which the CSP forbids; rendering again
 * once they have loaded (the first page that uses them loads them for all) gives whole HTML.
 */
async function renderComplete(app: ReactNode, path: string): Promise<string> {
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    // An unbounded chunk size: React would otherwise hold a large part back for a later chunk.
    const { prelude } = await prerender(app, { progressiveChunkSize: Number.POSITIVE_INFINITY });
    const html = await new Response(prelude).text();
    if (!html.includes('<script') && !html.includes(PENDING_BOUNDARY)) return html;
  }
  throw new Error(`${path} still renders with inline scripts or pending parts`);
}

/**
 * Renders one path of the app to HTML, the way the browser will first render it, plus the
 * router and query state the browser hydrates from. `send` answers the loaders' requests for
 * data files (the build reads them from its own output).
 */
export async function renderPage(
  path: string,
  {
    origin,
    send,
    articles = [],
  }: {
    origin: string;
    send: typeof fetch;
    /** Articles the build has read and checked already, so a page need not parse its file again. */
    articles?: readonly Article[];
  },
): Promise<RenderedPage> {
  const queryClient = createQueryClient();
  const slug = matchPath({ path: patterns.article, end: false }, path)?.params.slug;
  const known = articles.find((article) => article.slug === slug);
  if (known) {
    queryClient.setQueryData(articleQueryOptions(known.slug).queryKey, {
      article: known,
      panelProblems: { participants: [], quotes: [] },
    });
  }
  // The JSON-LD is drawn from the whole article (a long one's page holds only a window of it).
  const pageLinkedData = (
    routeId: string,
    params: Record<string, string | undefined>,
    meta: PageMeta,
  ): Graph | undefined => {
    if ([homeRoute.id, homePageRoute.id].includes(routeId)) {
      const key = articleListQueryOptions(listPageNumber(params.page)).queryKey;
      const list = queryClient.getQueryData(key);
      return list ? listLinkedData(list, origin) : undefined;
    }
    if ([articleRoute.id, sectionRoute.id, quoteRoute.id].includes(routeId) && known) {
      return articleLinkedData(known, meta, params, origin);
    }
    return undefined;
  };
  const handler = createStaticHandler(createRoutes({ queryClient, fetch: send, prerender: true }));
  const context = await handler.query(new Request(new URL(path, 'http://prerender.invalid')));
  if (context instanceof Response) {
    throw new Error(`${path} answered with a ${context.status} response instead of a page`);
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = await renderComplete(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <HydrationProvider hydrating>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </HydrationProvider>
      </QueryClientProvider>
    </StrictMode>,
    path,
  );
  const status = context.statusCode;
  const leaf = context.matches.at(-1);
  const meta =
    (status === 200 &&
      currentMeta(
        context.matches.map((match) => ({
          handle: match.route.handle,
          loaderData: context.loaderData[match.route.id],
        })),
      )) ||
    notFoundMeta(await loadMessages(DEFAULT_LANGUAGE));
  // Drawn with the page's own meta, so the two never disagree.
  const linkedData =
    status === 200 && leaf ? pageLinkedData(leaf.route.id, leaf.params, meta) : undefined;
  return {
    html,
    head: renderToStaticMarkup(
      <DocumentHead
        meta={meta}
        origin={origin}
        indexable={status === 200 && !meta.noindex}
        alternates={known && status === 200 ? alternates(known, articles, placeOf(path)) : []}
      />,
    ),
    status,
    language: meta.language,
    ...(linkedData ? { linkedData } : {}),
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
