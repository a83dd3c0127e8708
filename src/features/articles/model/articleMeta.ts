import type { Messages } from '../../../lib/i18n/messages';
import { pageTitle } from '../../../lib/site';
import { paths } from '../../../lib/paths';
import { openingWords } from '../../../lib/text';
import type { Article, Quote, Section } from './articleSchema';
import { idsByLink } from './formerIds';
import {
  articleCard,
  cardAlt,
  cardPath,
  quoteCard,
  sectionCard,
  type CardContent,
} from './shareCard';
import { articleLanguage } from './articleLanguage';
import { quoteSpeaker, speakerName } from './participants';

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

/** When a story last changed: its latest update, or its publication. */
export const lastModified = (article: Pick<Article, 'publishedAt' | 'updatedAt'>): string =>
  article.updatedAt ?? article.publishedAt;

const card = (path: string, content: CardContent, t: Messages) => ({
  path: cardPath(path),
  alt: cardAlt(content, t),
});

/** Where a page of an article is: one of its quotes, one of its sections, or the article itself. */
type Place =
  | { kind: 'quote'; quote: Quote; said: string; path: string }
  | { kind: 'section'; section: Section; title: string; path: string }
  | { kind: 'article'; path: string };

/** The place `sectionId` or `quoteId` names (ids in any letter case, former ids included). */
function placeOf(article: Article, t: Messages, sectionId?: string, quoteId?: string): Place {
  // Former ids name the same place, so a page reached by an old link is named as the new one.
  const ids = idsByLink(article);
  const currentQuoteId = ids.quotes.get(quoteId?.trim().toLowerCase() ?? '');
  const quote = article.quotes.find((candidate) => candidate.id === currentQuoteId);
  if (quote) {
    const speaker = speakerName(quoteSpeaker(article, quote), quote, t);
    const said = t('quotes.said', { quote: quote.text, speaker });
    return { kind: 'quote', quote, said, path: paths.quote(article.slug, quote.id) };
  }
  const wanted = ids.sections.get(sectionId?.trim().toLowerCase() ?? '');
  const section = article.sections.find((candidate) => candidate.id === wanted);
  if (section?.title === undefined) {
    const path = section ? paths.section(article.slug, section.id) : paths.article(article.slug);
    return { kind: 'article', path };
  }
  const path = paths.section(article.slug, section.id);
  return { kind: 'section', section, title: section.title, path };
}

function titleOf(article: Article, place: Place): string {
  switch (place.kind) {
    case 'quote':
      return pageTitle(place.said);
    case 'section':
      return pageTitle(place.title, article.headline);
    case 'article':
      return pageTitle(article.headline);
  }
}

/**
 * The tab's title of an article's page, or of one of its sections' or quotes' (as `articleMeta`
 * names them): all an open page needs, without the share card and description it would compute.
 */
export function articleTitle(
  article: Article,
  t: Messages,
  sectionId?: string,
  quoteId?: string,
): string {
  return titleOf(article, placeOf(article, t, sectionId, quoteId));
}

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
