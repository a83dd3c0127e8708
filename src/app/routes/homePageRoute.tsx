import { listPageCount } from '../../features/articles/model/articleIndex';
import { patterns } from '../../lib/paths';
import type { PageRoute } from '../pageRoute';
import { listRouteParts, listStaticPage } from './homeRoute';

/** `/page/<n>`: the home page's list of stories, continued; the same page, further on. */
export const homePageRoute = {
  id: 'homePage',
  pattern: patterns.homePage,
  ...listRouteParts,
  prerender: (site) =>
    Array.from({ length: listPageCount(site.index.articles.length) - 1 }, (_, index) =>
      listStaticPage(site, index + 2),
    ).flat(),
} satisfies PageRoute;
