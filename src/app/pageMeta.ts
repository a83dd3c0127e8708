import type { ListPage } from '../features/articles/model/articleIndex';
import type { PageMeta } from '../features/articles/model/articleMeta';
import type { Messages } from '../lib/i18n/messages';
import { DEFAULT_LANGUAGE } from '../lib/language';
import { cardPath, paths } from '../lib/paths';
import { SITE_NAME, pageTitle } from '../lib/site';

/** The name of a page of the list of stories: the first is the site's home page. */
export function listPageName(list: ListPage, t: Messages): string {
  return list.page > 1
    ? t('site.storiesPage', { page: list.page, pageCount: list.pageCount })
    : t('site.stories');
}

/** The home page, or a later page of the list of stories. */
export function homeMeta(list: ListPage, t: Messages): PageMeta {
  const newest = list.articles[0];
  const later = list.page > 1 ? listPageName(list, t) : undefined;
  const source = later ? t('meta.sourceAndPage', { source: SITE_NAME, page: later }) : SITE_NAME;
  const sourceAndHeadline = (headline: string) => t('meta.sourceAndHeadline', { source, headline });
  return {
    title: later ? pageTitle(later) : pageTitle(),
    shareTitle: later
      ? t('meta.sourceAndHeadline', { source: SITE_NAME, headline: later })
      : SITE_NAME,
    description: sourceAndHeadline(newest?.headline ?? t('site.description')),
    path: paths.homePage(list.page),
    type: 'website',
    language: DEFAULT_LANGUAGE,
    // The newest article's card on the page stands for it.
    ...(newest
      ? {
          card: {
            path: cardPath(paths.article(newest.slug)),
            alt: t('meta.sourceAndHeadline', { source: SITE_NAME, headline: newest.headline }),
          },
        }
      : {}),
  };
}

export function notFoundMeta(t: Messages): PageMeta {
  return {
    title: pageTitle(t('site.notFound')),
    shareTitle: t('site.notFound'),
    description: t('site.notFoundDetail'),
    path: '/404.html',
    type: 'website',
    language: DEFAULT_LANGUAGE,
    noindex: true,
  };
}
