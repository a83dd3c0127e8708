import type { Messages } from '../../../lib/i18n/messages';
import { cardPath } from '../../../lib/paths';
import { openingWords } from '../../../lib/text';
import type { Article } from './articleSchema';
import { placeOf, titleOf } from './articlePlace';
import { articleCard, cardAlt, quoteCard, sectionCard, type CardContent } from './shareCard';
import { articleLanguage } from './articleLanguage';

/** What a page tells browsers, search engines and link previews about itself. */
export type PageMeta = {
  /** The tab's title. */
  title: string;
  /** The title a link preview shows. */
  shareTitle: string;
  description: string;
  /** Root-relative; made absolute with the site's origin. */
  path: string;
  type: 'website' | 'article';
  /** The page's language, a BCP 47 tag: its `<html lang>`, and the reader's words on it. */
  language: string;
  publishedAt?: string;
  updatedAt?: string;
  /** Search engines should leave the page out (a page that says the link is wrong). */
  noindex?: true;
  /** The page's share card: its root-relative path and its text alternative. */
  card?: { path: string; alt: string };
};

const card = (path: string, content: CardContent, t: Messages) => ({
  path: cardPath(path),
  alt: cardAlt(content, t),
});

/**
 * An article's page, or one of its sections' when `sectionId` names one, or one of its quotes'
 * when `quoteId` does (ids in any letter case).
 */
export function articleMeta(
  article: Article,
  t: Messages,
  sectionId?: string,
  quoteId?: string,
): PageMeta {
  const place = placeOf(article, t, sectionId, quoteId);
  const common = {
    title: titleOf(article, place),
    path: place.path,
    type: 'article',
    language: articleLanguage(article),
    publishedAt: article.publishedAt,
    ...(article.updatedAt ? { updatedAt: article.updatedAt } : {}),
  } as const;
  switch (place.kind) {
    case 'quote':
      return {
        ...common,
        shareTitle: place.said,
        description: openingWords(
          t('meta.quoteDescription', {
            said: place.said,
            headline: article.headline,
            source: article.source,
          }),
        ),
        card: card(place.path, quoteCard(article, place.quote, t), t),
      };
    case 'section':
      return {
        ...common,
        shareTitle: t('meta.sectionTitle', {
          section: place.title,
          headline: article.headline,
        }),
        description: openingWords(place.section.paragraphs.join(' ')),
        card: card(place.path, sectionCard(article, place.section), t),
      };
    case 'article':
      return {
        ...common,
        shareTitle: article.headline,
        description: openingWords(article.standfirst),
        card: card(place.path, articleCard(article), t),
      };
  }
}
