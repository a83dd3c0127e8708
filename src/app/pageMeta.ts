import type { ListPage } from '../features/articles/model/articleIndex';
import type { PageMeta } from '../features/articles/model/articleMeta';
import { cardPath } from '../features/articles/model/shareCard';
import { paths } from '../lib/paths';
import { SITE_NAME, pageTitle } from '../lib/site';

/** The home page, or a later page of the list of stories. */
export function homeMeta(list: ListPage): PageMeta {
  const newest = list.articles[0];
  const later = list.page > 1 ? `Stories, page ${list.page} of ${list.pageCount}` : undefined;
  return {
    title: later ? pageTitle(later) : pageTitle(),
    shareTitle: later ? `${SITE_NAME}: ${later}` : SITE_NAME,
    description: newest
      ? `${SITE_NAME}${later ? `, ${later.toLowerCase()}` : ''}: ${newest.headline}`
      : `${SITE_NAME}: one story, read well.`,
    path: paths.homePage(list.page),
    type: 'website',
    // The newest article's card on the page stands for it.
    ...(newest
      ? {
          card: {
            path: cardPath(paths.article(newest.slug)),
            alt: `${SITE_NAME}: ${newest.headline}`,
          },
        }
      : {}),
  };
}

export const NOT_FOUND_TITLE = 'Page not found';

export function notFoundMeta(): PageMeta {
  return {
    title: pageTitle(NOT_FOUND_TITLE),
    shareTitle: NOT_FOUND_TITLE,
    description: 'The link may be mistyped, or the page may have moved.',
    path: '/404.html',
    type: 'website',
    noindex: true,
  };
}
