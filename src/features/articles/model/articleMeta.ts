import type { Messages } from '../../../lib/i18n/messages';
import { pageTitle } from '../../../lib/site';
import { paths } from '../../../lib/paths';
import { openingWords } from '../../../lib/text';
import type { Article } from './articleSchema';
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
  const language = articleLanguage(article);
  const dates = {
    publishedAt: article.publishedAt,
    ...(article.updatedAt ? { updatedAt: article.updatedAt } : {}),
  };
  // Former ids name the same place, so a page reached by an old link is named as the new one.
  const ids = idsByLink(article);
  const currentQuoteId = ids.quotes.get(quoteId?.trim().toLowerCase() ?? '');
  const quote = article.quotes.find((candidate) => candidate.id === currentQuoteId);
  if (quote) {
    const content = quoteCard(article, quote, t);
    const speaker = content.kind === 'quote' ? content.speaker : '';
    const said = t('quotes.said', { quote: quote.text, speaker });
    const path = paths.quote(article.slug, quote.id);
    return {
      title: pageTitle(said),
      shareTitle: said,
      description: openingWords(
        t('meta.quoteDescription', { said, headline: article.headline, source: article.source }),
      ),
      path,
      type: 'article',
      language,
      card: card(path, content, t),
      ...dates,
    };
  }
  const wanted = ids.sections.get(sectionId?.trim().toLowerCase() ?? '');
  const section = article.sections.find((candidate) => candidate.id === wanted);
  if (section?.title === undefined) {
    const path = section ? paths.section(article.slug, section.id) : paths.article(article.slug);
    return {
      title: pageTitle(article.headline),
      shareTitle: article.headline,
      description: openingWords(article.standfirst),
      path,
      type: 'article',
      language,
      card: card(path, articleCard(article), t),
      ...dates,
    };
  }
  const path = paths.section(article.slug, section.id);
  return {
    title: pageTitle(section.title, article.headline),
    shareTitle: t('meta.sectionTitle', { section: section.title, headline: article.headline }),
    description: openingWords(section.paragraphs.join(' ')),
    path,
    type: 'article',
    language,
    card: card(path, sectionCard(article, section), t),
    ...dates,
  };
}
