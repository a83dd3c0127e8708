import type { Messages } from '../../../lib/i18n/messages';
import { directionOf } from '../../../lib/language';
import { openingWords } from '../../../lib/text';
import type { Article, Quote, Section } from './articleSchema';
import { quoteSpeaker, roleLine, speakerName } from './participants';
import { articleLanguage } from './articleLanguage';

/**
 * What a page's share card (its link-preview picture) shows: plain data, drawn by the build
 * (scripts/build/cards) and described in the page's head. One per article, section and quote.
 */
export type CardContent = {
  /** The story's language, and the way its lines run. */
  language: string;
  direction: 'ltr' | 'rtl';
  source: string;
  headline: string;
} & (
  | { kind: 'article'; standfirst: string; dateline?: string }
  | { kind: 'section'; sectionTitle: string; opening: string }
  | {
      kind: 'quote';
      quote: string;
      speaker: string;
      role?: string;
      onRecord: boolean;
      /** "On the record" or "Anonymous source", in the story's language. */
      record: string;
    }
);

/** The size link previews ask for (Open Graph's and X's large image): 1.91:1. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

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
export function cardAlt(content: CardContent, t: Messages): string {
  const story = t('meta.sourceAndHeadline', {
    source: oneLine(content.source),
    headline: content.headline,
  });
  switch (content.kind) {
    case 'article':
      return sentences(story, content.standfirst, content.dateline);
    case 'section':
      return sentences(story, t('meta.cardSection', { title: content.sectionTitle }));
    case 'quote': {
      const who = [content.speaker, content.role]
        .map((part) => oneLine(part ?? ''))
        .filter(Boolean)
        .join(', ');
      return sentences(
        t('quotes.quoted', { quote: oneLine(content.quote) }),
        t('meta.cardSpeaker', {
          speaker: who,
          record: content.record.toLocaleLowerCase(t.language),
        }),
        story,
      );
    }
  }
}

/** What every card of the article shares: its language, direction, source and headline. */
function cardBase(article: Article) {
  const language = articleLanguage(article);
  return {
    language,
    direction: directionOf(language),
    source: article.source,
    headline: article.headline,
  };
}

export function articleCard(article: Article): CardContent {
  return {
    ...cardBase(article),
    kind: 'article',
    standfirst: article.standfirst,
    ...(article.location ? { dateline: article.location } : {}),
  };
}

/** A titled section's card; the untitled opening shares the article's. */
export function sectionCard(article: Article, section: Section): CardContent {
  if (section.title === undefined) return articleCard(article);
  return {
    ...cardBase(article),
    kind: 'section',
    sectionTitle: section.title,
    opening: openingWords(section.paragraphs.join(' ')),
  };
}

export function quoteCard(article: Article, quote: Quote, t: Messages): CardContent {
  const speaker = quoteSpeaker(article, quote);
  const onRecord = !speaker?.anonymous;
  return {
    ...cardBase(article),
    kind: 'quote',
    quote: quote.text,
    speaker: speakerName(speaker, quote, t),
    ...(speaker ? { role: roleLine(speaker, t) } : {}),
    onRecord,
    record: onRecord ? t('quotes.onRecord') : t('quotes.anonymous'),
  };
}
