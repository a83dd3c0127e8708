import type { ArticleIndex } from '../features/articles/model/articleSchema';
import type { PageMeta } from '../features/articles/model/articleMeta';
import { cardPath } from '../features/articles/model/shareCard';
import { paths } from '../lib/paths';
import { SITE_NAME, pageTitle } from '../lib/site';

export function homeMeta(index: ArticleIndex): PageMeta {
  const newest = index.articles[0];
  return {
    title: pageTitle(),
    shareTitle: SITE_NAME,
    description: newest
      ? `${SITE_NAME}: ${newest.headline}`
      : `${SITE_NAME}: one story, read well.`,
    path: paths.home(),
    type: 'website',
    // The newest article's card stands for the site.
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
