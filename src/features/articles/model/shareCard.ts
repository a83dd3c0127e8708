import type { Article, Quote, Section } from './articleSchema';
import { openingWords } from '../../../lib/text';
import { displayName } from './participants';

/**
 * What a page's share card (its link-preview picture) shows: plain data, drawn by the build
 * (scripts/build/cards) and described in the page's head. One per article, section and quote.
 */
export type CardContent =
  | { kind: 'article'; source: string; headline: string; standfirst: string; dateline?: string }
  | { kind: 'section'; source: string; headline: string; sectionTitle: string; opening: string }
  | {
      kind: 'quote';
      source: string;
      headline: string;
      quote: string;
      speaker: string;
      role?: string;
      onRecord: boolean;
    };

/** The size link previews ask for (Open Graph's and X's large image): 1.91:1. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

export const RECORD_LABELS = { onRecord: 'On the record', anonymous: 'Anonymous source' } as const;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Ends a piece of text as a sentence, unless it already ends like one. */
const sentence = (text: string) => (/[.!?…]["'”’»)]*$/u.test(text) ? text : `${text}.`);
const sentences = (...parts: (string | undefined)[]) =>
  parts
    .map((part) => oneLine(part ?? ''))
    .filter(Boolean)
    .map(sentence)
    .join(' ');

/**
 * The card's text alternative (`og:image:alt`, `twitter:image:alt`): what the image says, in full
 * and in reading order, since a screen reader gets no picture and no line clamp.
 */
export function cardAlt(content: CardContent): string {
  const source = oneLine(content.source);
  switch (content.kind) {
    case 'article':
      return sentences(`${source}: ${content.headline}`, content.standfirst, content.dateline);
    case 'section':
      return sentences(`${source}: ${content.headline}`, `Section: ${content.sectionTitle}`);
    case 'quote': {
      const record = content.onRecord ? RECORD_LABELS.onRecord : RECORD_LABELS.anonymous;
      const who = [content.speaker, content.role]
        .map((part) => oneLine(part ?? ''))
        .filter(Boolean);
      return sentences(
        `“${oneLine(content.quote)}”`,
        `${who.join(', ')} (${record.toLowerCase()})`,
        `${source}: ${content.headline}`,
      );
    }
  }
}

/** The file a page's card is written to, beside the page: `<page path>/card.png`. */
export const cardPath = (pagePath: string) => `${pagePath.replace(/\/$/, '')}/card.png`;

export function articleCard(article: Article): CardContent {
  return {
    kind: 'article',
    source: article.source,
    headline: article.headline,
    standfirst: article.standfirst,
    ...(article.location ? { dateline: article.location } : {}),
  };
}

/** A titled section's card; the untitled opening shares the article's. */
export function sectionCard(article: Article, section: Section): CardContent {
  if (section.title === undefined) return articleCard(article);
  return {
    kind: 'section',
    source: article.source,
    headline: article.headline,
    sectionTitle: section.title,
    opening: openingWords(section.paragraphs.join(' ')),
  };
}

export function quoteCard(article: Article, quote: Quote): CardContent {
  const speaker = article.participants.find((participant) => participant.id === quote.speakerId);
  return {
    kind: 'quote',
    source: article.source,
    headline: article.headline,
    quote: quote.text,
    speaker: speaker ? displayName(speaker) : quote.speakerId,
    ...(speaker
      ? { role: speaker.name ? `${speaker.role}, ${speaker.affiliation}` : speaker.affiliation }
      : {}),
    onRecord: !speaker?.anonymous,
  };
}
