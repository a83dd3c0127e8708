import type { Messages } from '../../../lib/i18n/messages';
import { pageTitle } from '../../../lib/site';
import { paths } from '../../../lib/paths';
import type { Article, Quote, Section } from './articleSchema';
import { idsByLink } from './formerIds';
import { quoteSpeaker, speakerName } from './participants';

/** Where a page of an article is: one of its quotes, one of its sections, or the article itself. */
export type Place =
  | { kind: 'quote'; quote: Quote; said: string; path: string }
  | { kind: 'section'; section: Section; title: string; path: string }
  | { kind: 'article'; path: string };

/** The place `sectionId` or `quoteId` names (ids in any letter case, former ids included). */
export function placeOf(
  article: Article,
  t: Messages,
  sectionId?: string,
  quoteId?: string,
): Place {
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

export function titleOf(article: Article, place: Place): string {
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
