import { elementIds } from '../../../lib/elementIds';
import { runSteps, runStepsWithPauses, type Steps } from '../../../lib/steps';
import type { Article, Quote, Section } from './articleSchema';
import type { Messages } from '../../../lib/i18n/messages';
import { idsByLink } from './formerIds';

/** How a fragment that names a quote begins. */
const QUOTE_PREFIX = elementIds.quote('');

/** What to call a section: its subhead, or "Opening" for the untitled first one. */
export const sectionName = (section: Section, t: Messages): string =>
  section.title ?? t('sections.opening');

/** A run of a paragraph: plain text, a mention of a participant, or a quote (which may hold mentions). */
export type InlineSegment =
  | { kind: 'text'; text: string }
  | { kind: 'mention'; text: string; participantId: string; anchorId: string };

export type Segment =
  InlineSegment | { kind: 'quote'; quoteId: string; anchorId: string; children: InlineSegment[] };

/** Where a participant is mentioned, section by section, in reading order. */
export type MentionPlace = { sectionId: string; anchorIds: string[] };

export type ArticleText = {
  /** Each section's paragraphs, split into segments. */
  paragraphs: ReadonlyMap<string, Segment[][]>;
  mentionsByParticipant: ReadonlyMap<string, MentionPlace[]>;
  /** The section each in-text anchor (quote or mention) stands in. */
  sectionOfAnchor: ReadonlyMap<string, string>;
  /** The quote each quote anchor wraps. */
  quoteOfAnchor: ReadonlyMap<string, string>;
};

type Range = { start: number; end: number };
type Phrase = { phrase: string; participantId: string };
export type Mention = Range & { participantId: string };

const wordCharacter = /[\p{L}\p{N}]/u;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isWordCharacter = (character: string | undefined) =>
  character !== undefined && wordCharacter.test(character);
const characterBefore = (text: string, index: number) =>
  [...text.slice(Math.max(0, index - 2), index)].at(-1);
const characterAt = (text: string, index: number) => {
  const codePoint = text.codePointAt(index);
  return codePoint === undefined ? undefined : String.fromCodePoint(codePoint);
};

/**
 * A finder for the phrases in a text as whole words, longest first where they overlap, so
 * "Vladimir Putin" is one mention rather than "Putin" inside it. One regular expression for all
 * phrases: an article's hundreds of paragraphs are each searched once, not once per phrase.
 */
export function mentionFinder(phrases: readonly Phrase[]): (text: string) => Mention[] {
  const owners = new Map<string, string>();
  for (const { phrase, participantId } of phrases) {
    if (!owners.has(phrase)) owners.set(phrase, participantId);
  }
  if (owners.size === 0) return () => [];
  // A phrase that starts or ends with a letter or digit must not continue a word there.
  const ordered = [...owners.keys()]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => ({
      phrase,
      participantId: owners.get(phrase) ?? '',
      wordAtStart: isWordCharacter(characterAt(phrase, 0)),
      wordAtEnd: isWordCharacter(characterBefore(phrase, phrase.length)),
    }));
  // Word edges are checked here, not by lookarounds in the pattern: a Unicode class in each
  // alternative made the first pass over an article cost tens of milliseconds in the browser.
  const candidates = new RegExp(ordered.map(({ phrase }) => escapeRegExp(phrase)).join('|'), 'gu');
  const phraseAt = (text: string, start: number) =>
    ordered.find(
      ({ phrase, wordAtStart, wordAtEnd }) =>
        text.startsWith(phrase, start) &&
        !(wordAtStart && isWordCharacter(characterBefore(text, start))) &&
        !(wordAtEnd && isWordCharacter(characterAt(text, start + phrase.length))),
    );
  return (text) => {
    const found: Mention[] = [];
    candidates.lastIndex = 0;
    for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
      const hit = phraseAt(text, match.index);
      if (hit) {
        const end = match.index + hit.phrase.length;
        found.push({ start: match.index, end, participantId: hit.participantId });
        candidates.lastIndex = end;
      } else {
        candidates.lastIndex = match.index + 1;
      }
    }
    return found;
  };
}

/** The mentions of the phrases in one text (see mentionFinder). */
export function findMentions(text: string, phrases: readonly Phrase[]): Mention[] {
  return mentionFinder(phrases)(text);
}

type TextOptions = {
  /** Mentions of each participant in sections before these (a long article's later part). */
  mentionsBefore?: Readonly<Record<string, number>> | undefined;
};

function* articleTextSteps(
  article: Article,
  { mentionsBefore = {} }: TextOptions,
): Steps<ArticleText> {
  const findIn = mentionFinder(
    article.participants.flatMap((participant) =>
      participant.mentions.map((phrase) => ({ phrase, participantId: participant.id })),
    ),
  );
  const mentionCount = new Map<string, number>(Object.entries(mentionsBefore));
  const mentionsByParticipant = new Map<string, MentionPlace[]>();
  const sectionOfAnchor = new Map<string, string>();
  const quoteOfAnchor = new Map<string, string>();
  const paragraphs = new Map<string, Segment[][]>();
  const quotesAt = new Map<string, Quote[]>();
  for (const quote of article.quotes) {
    const at = `${quote.sectionId}\n${quote.paragraph}`;
    quotesAt.set(at, [...(quotesAt.get(at) ?? []), quote]);
  }

  for (const section of article.sections) {
    yield;
    const mentionInline = (text: string): InlineSegment[] => {
      const segments: InlineSegment[] = [];
      let cursor = 0;
      for (const { start, end, participantId } of findIn(text)) {
        if (start > cursor) segments.push({ kind: 'text', text: text.slice(cursor, start) });
        const count = (mentionCount.get(participantId) ?? 0) + 1;
        mentionCount.set(participantId, count);
        const anchorId = elementIds.mention(participantId, count);
        segments.push({ kind: 'mention', text: text.slice(start, end), participantId, anchorId });
        sectionOfAnchor.set(anchorId, section.id);
        const places = mentionsByParticipant.get(participantId) ?? [];
        const place = places.at(-1);
        if (place?.sectionId === section.id) place.anchorIds.push(anchorId);
        else places.push({ sectionId: section.id, anchorIds: [anchorId] });
        mentionsByParticipant.set(participantId, places);
        cursor = end;
      }
      if (cursor < text.length) segments.push({ kind: 'text', text: text.slice(cursor) });
      return segments;
    };

    paragraphs.set(
      section.id,
      section.paragraphs.map((text, index) => {
        const quotes = (quotesAt.get(`${section.id}\n${index}`) ?? [])
          .map((quote) => ({ quote, start: text.indexOf(quote.text) }))
          .filter(({ start }) => start !== -1)
          .sort((a, b) => a.start - b.start);
        const segments: Segment[] = [];
        let cursor = 0;
        for (const { quote, start } of quotes) {
          if (start < cursor) continue;
          segments.push(...mentionInline(text.slice(cursor, start)));
          const anchorId = elementIds.quote(quote.id);
          sectionOfAnchor.set(anchorId, section.id);
          quoteOfAnchor.set(anchorId, quote.id);
          segments.push({
            kind: 'quote',
            quoteId: quote.id,
            anchorId,
            children: mentionInline(quote.text),
          });
          cursor = start + quote.text.length;
        }
        segments.push(...mentionInline(text.slice(cursor)));
        return segments;
      }),
    );
  }

  return { paragraphs, mentionsByParticipant, sectionOfAnchor, quoteOfAnchor };
}

// The whole article's text, kept with the article once built: the fetch builds it in steps
// before the page needs it, and the page then finds it here rather than in one long task.
const wholeTexts = new WeakMap<Article, ArticleText>();

/**
 * Splits every paragraph into text, mentions and quotes, giving each quote and mention a stable
 * anchor id (`quote-<id>`, `mention-<participant>-<n>`) that links and the sidebar can point at.
 */
export function buildArticleText(article: Article, options: TextOptions = {}): ArticleText {
  if (options.mentionsBefore !== undefined) return runSteps(articleTextSteps(article, options));
  const text = wholeTexts.get(article) ?? runSteps(articleTextSteps(article, options));
  wholeTexts.set(article, text);
  return text;
}

/** Builds a whole article's text in steps (`pause` gives the page a turn) for buildArticleText. */
export async function prepareArticleText(
  article: Article,
  pause: () => Promise<void>,
): Promise<ArticleText> {
  const text =
    wholeTexts.get(article) ?? (await runStepsWithPauses(articleTextSteps(article, {}), pause));
  wholeTexts.set(article, text);
  return text;
}

/** Where a link asks the reader to go inside an article. */
export type ArticleTarget =
  | { kind: 'none' }
  | {
      kind: 'place';
      sectionId: string;
      anchorId?: string | undefined;
      /** When the place is a quote's words: the quote panel marks its entry too. */
      quoteId?: string | undefined;
    }
  | { kind: 'unknown'; requested: string };

/**
 * Resolves a section path segment and a URL fragment to a place in the article. Ids are matched
 * case-insensitively because chat apps and people retype links; the fragment may name a section,
 * a quote or a mention.
 */
export function resolveTarget(
  article: Article,
  text: ArticleText,
  sectionParam: string | undefined,
  hash: string,
  /** A quote's own page names the quote in its path. */
  quoteParam?: string,
): ArticleTarget {
  // Former ids lead where the item is now: links shared before an edit still land.
  const ids = idsByLink(article);
  const quotePlace = (quoteId: string | undefined): ArticleTarget | undefined => {
    if (quoteId === undefined) return undefined;
    const anchorId = elementIds.quote(quoteId);
    const sectionId = text.sectionOfAnchor.get(anchorId);
    return sectionId
      ? { kind: 'place', sectionId, anchorId, quoteId: text.quoteOfAnchor.get(anchorId) }
      : undefined;
  };
  const fragment = safeDecode(hash.replace(/^#/, '')).trim().toLowerCase();
  if (fragment) {
    const sectionId = ids.sections.get(fragment);
    if (sectionId) return { kind: 'place', sectionId };
    const quoteId = fragment.startsWith(QUOTE_PREFIX)
      ? ids.quotes.get(fragment.slice(QUOTE_PREFIX.length))
      : undefined;
    const quote = quotePlace(quoteId);
    if (quote) return quote;
    const anchorSection = text.sectionOfAnchor.get(fragment);
    if (anchorSection) return { kind: 'place', sectionId: anchorSection, anchorId: fragment };
  }
  if (quoteParam !== undefined) {
    const quote = quotePlace(ids.quotes.get(quoteParam.trim().toLowerCase()));
    return quote ?? { kind: 'unknown', requested: quoteParam };
  }
  if (sectionParam !== undefined) {
    const sectionId = ids.sections.get(sectionParam.trim().toLowerCase());
    return sectionId ? { kind: 'place', sectionId } : { kind: 'unknown', requested: sectionParam };
  }
  if (fragment) return { kind: 'unknown', requested: fragment };
  return { kind: 'none' };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
