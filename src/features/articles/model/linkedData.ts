import type {
  Graph,
  ImageObject,
  ItemList,
  NewsArticle,
  Organization,
  Person,
  Quotation,
} from 'schema-dts';
import { SITE_LOGO, SITE_NAME } from '../../../lib/site';
import { openingWords } from '../../../lib/text';
import { articleLanguage } from './articleLanguage';
import type { PageMeta } from './articleMeta';
import type { ListPage } from './articleIndex';
import type { Article, Participant } from './articleSchema';
import { windowRange } from './articleWindow';
import { articleWindow } from './articleWindowCut';
import { idsByLink } from './formerIds';
import { quoteSpeaker } from './participants';
import { CARD_SIZE } from './shareCard';
import { paths } from '../../../lib/paths';

/** Google shows at most this many characters of a headline and asks for no more. */
export const HEADLINE_LENGTH = 110;

/**
 * What a page says about itself to search engines, as schema.org JSON-LD: one `@graph`, built
 * from the same data as its head, so the two never disagree. Only the build calls these (the
 * browser never needs them); every URL is made absolute with the site's origin.
 */
const absolute = (path: string, origin: string) => new URL(path, origin).href;

/** The site, as the publisher of every story. */
function publisher(origin: string): Organization {
  return {
    '@type': 'Organization',
    '@id': `${absolute(paths.home(), origin)}#publisher`,
    name: SITE_NAME,
    url: absolute(paths.home(), origin),
    logo: {
      '@type': 'ImageObject',
      url: absolute(SITE_LOGO.path, origin),
      width: `${SITE_LOGO.width}`,
      height: `${SITE_LOGO.height}`,
    },
  };
}

function cardImage(meta: PageMeta, origin: string): ImageObject | undefined {
  return (
    meta.card && {
      '@type': 'ImageObject',
      url: absolute(meta.card.path, origin),
      width: `${CARD_SIZE.width}`,
      height: `${CARD_SIZE.height}`,
      caption: meta.card.alt,
    }
  );
}

/** A participant who is a person, with their role: named only when the story names them. */
function person(participant: Participant): Person {
  return {
    '@type': 'Person',
    ...(participant.name ? { name: participant.name } : {}),
    jobTitle: participant.role,
    affiliation: { '@type': 'Organization', name: participant.affiliation },
  };
}

/** A participant that is an organisation or a group, with its role. */
function organisation(participant: Participant): Organization {
  return {
    '@type': 'Organization',
    name: participant.name ?? participant.affiliation,
    description: participant.role,
    ...(participant.name
      ? { parentOrganization: { '@type': 'Organization', name: participant.affiliation } }
      : {}),
  };
}

const participantThing = (participant: Participant): Person | Organization =>
  participant.kind === 'person' ? person(participant) : organisation(participant);

/**
 * The `@graph` of a story's page, or of one of its sections' or quotes' (ids as in the path,
 * former ones too): a `NewsArticle`, and on a quote's page a `Quotation` that is part of it.
 * The participants it mentions are those of the text the page holds (a long story's page holds
 * a window of it), so a page's data grows with the page, not with the story.
 */
export function articleLinkedData(
  article: Article,
  meta: PageMeta,
  { sectionId, quoteId }: { sectionId?: string | undefined; quoteId?: string | undefined },
  origin: string,
): Graph {
  const ids = idsByLink(article);
  const quote = article.quotes.find(
    (candidate) => candidate.id === ids.quotes.get(quoteId?.trim().toLowerCase() ?? ''),
  );
  const shownFrom = quote?.sectionId ?? ids.sections.get(sectionId?.trim().toLowerCase() ?? '');
  const shown = articleWindow(article, windowRange(article, shownFrom)).article;
  const articleId = `${absolute(paths.article(article.slug), origin)}#article`;
  const image = cardImage(meta, origin);
  const newsArticle: NewsArticle = {
    '@type': 'NewsArticle',
    '@id': articleId,
    headline: openingWords(article.headline, HEADLINE_LENGTH),
    description: meta.description,
    ...(image ? { image } : {}),
    datePublished: article.publishedAt,
    dateModified: article.updatedAt ?? article.publishedAt,
    author: { '@type': 'Organization', name: article.source },
    publisher: publisher(origin),
    mainEntityOfPage: absolute(meta.path, origin),
    url: absolute(meta.path, origin),
    inLanguage: articleLanguage(article),
    ...(shown.participants.length > 0
      ? { mentions: shown.participants.map(participantThing) }
      : {}),
  };
  if (!quote) return { '@context': 'https://schema.org', '@graph': [newsArticle] };

  const speaker = quoteSpeaker(article, quote);
  // schema.org names a person who spoke with spokenByCharacter, anyone else with creator.
  const said = !speaker
    ? {}
    : speaker.kind === 'person'
      ? { spokenByCharacter: person(speaker) }
      : { creator: organisation(speaker) };
  const quotation: Quotation = {
    '@type': 'Quotation',
    '@id': `${absolute(meta.path, origin)}#quotation`,
    text: quote.text,
    ...said,
    isPartOf: { '@id': articleId },
    inLanguage: articleLanguage(article),
  };
  return { '@context': 'https://schema.org', '@graph': [newsArticle, quotation] };
}

/** The `@graph` of a page of the list of stories: an `ItemList` of its stories, in order. */
export function listLinkedData(list: ListPage, origin: string): Graph {
  const itemList: ItemList = {
    '@type': 'ItemList',
    itemListOrder: 'https://schema.org/ItemListOrderDescending',
    numberOfItems: list.articles.length,
    itemListElement: list.articles.map((summary, index) => ({
      '@type': 'ListItem',
      position: list.firstPosition + index,
      url: absolute(paths.article(summary.slug), origin),
      name: summary.headline,
    })),
  };
  return { '@context': 'https://schema.org', '@graph': [itemList] };
}
