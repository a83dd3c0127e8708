import type { ArticleIndex } from '../features/articles/model/articleSchema';
import type { PageMeta } from '../features/articles/model/articleMeta';
import { cardPath } from '../features/articles/model/shareCard';
import type { Messages } from '../lib/i18n/messages';
import { DEFAULT_LANGUAGE } from '../lib/language';
import { paths } from '../lib/paths';
import { SITE_NAME, pageTitle } from '../lib/site';

export function homeMeta(index: ArticleIndex, t: Messages): PageMeta {
  const newest = index.articles[0];
  const sourceAndHeadline = (headline: string) =>
    t('meta.sourceAndHeadline', { source: SITE_NAME, headline });
  return {
    title: pageTitle(),
    shareTitle: SITE_NAME,
    description: sourceAndHeadline(newest?.headline ?? t('site.description')),
    path: paths.home(),
    type: 'website',
    language: DEFAULT_LANGUAGE,
    // The newest article's card stands for the site.
    ...(newest
      ? {
          card: {
            path: cardPath(paths.article(newest.slug)),
            alt: sourceAndHeadline(newest.headline),
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
