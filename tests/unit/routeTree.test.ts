import { matchRoutes, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { pagePaths } from '../../scripts/build/prerender';
import { pageUrlPattern } from '../../scripts/build/serviceWorker';
import { createQueryClient } from '../../src/app/queryClient';
import { createRoutes, pageRoutes } from '../../src/app/routeTree';
import { articleIndex } from '../../src/features/articles/model/articleIndex';
import { parseArticle } from '../../src/features/articles/model/parseArticle';
import { articleJson } from '../fakeServer';

const routes = createRoutes({ queryClient: createQueryClient() });

/** The bundled story, and `more` copies of it under other slugs, a day older each. */
function site(more = 0) {
  const stories = [
    articleJson(),
    ...Array.from({ length: more }, (_, index) => ({
      ...articleJson(),
      slug: `older-${index + 1}`,
      publishedAt: new Date(Date.UTC(2025, 4, 15 - index)).toISOString(),
    })),
  ].map((json) => {
    const article = parseArticle(json);
    if (!article.ok) throw new Error('the bundled story should be valid');
    return article.value;
  });
  return { index: articleIndex(stories), articles: stories };
}

/** Every route's full path pattern, as the router will match it. */
function routerPatterns(tree: RouteObject[], parent = ''): string[] {
  return tree.flatMap((route) => {
    const path = route.index
      ? parent || '/'
      : route.path === undefined
        ? parent
        : route.path.startsWith('/')
          ? route.path
          : `${parent.replace(/\/$/, '')}/${route.path}`;
    return [...(route.id ? [path] : []), ...routerPatterns(route.children ?? [], path)];
  });
}

const deepestRouteId = (path: string) => matchRoutes(routes, path)?.at(-1)?.route.id;

describe('one list of pages', () => {
  it('is what the router matches, pattern for pattern', () => {
    expect(routerPatterns(routes).sort()).toEqual(
      pageRoutes.map((route) => (route.pattern === '*' ? '/*' : route.pattern)).sort(),
    );
  });

  it('lists the pages to prerender, each of which the router opens as the route that listed it', () => {
    const paths = pagePaths(pageRoutes, site());
    expect(paths).toContain('/');
    expect(paths).toContain('/articles/russia-ukraine-istanbul-ceasefire-talks');
    expect(paths).toContain(
      '/articles/russia-ukraine-istanbul-ceasefire-talks/no-putin-no-zelensky',
    );
    // 46 stories: the home page, then two more pages of the list.
    const listPages = pagePaths(pageRoutes, site(45)).filter(
      (path) => !path.startsWith('/articles'),
    );
    expect(listPages).toEqual(['/', '/page/2', '/page/3']);
    for (const route of pageRoutes) {
      for (const { path } of 'prerender' in route ? route.prerender(site(45)) : []) {
        expect(deepestRouteId(path), path).toBe(route.id);
      }
    }
  });

  it('gives the service worker the pages to keep offline, and nothing else', () => {
    const pages = pageUrlPattern(pageRoutes.map((route) => route.pattern));
    const url = (path: string) => new URL(path, 'https://reader.example').href;

    for (const path of pagePaths(pageRoutes, site(45))) {
      expect(pages.test(url(path)), path).toBe(true);
      expect(pages.test(url(`${path}?utm_source=chat`)), path).toBe(true);
    }
    for (const path of [
      '/no/such/page',
      '/articles/russia-ukraine-istanbul-ceasefire-talks.json',
      '/assets/index.js',
      '/articles/a/b/c',
    ]) {
      expect(pages.test(url(path)), path).toBe(false);
    }
  });
});
