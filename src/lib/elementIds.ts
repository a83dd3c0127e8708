/**
 * The one owner of element ids on a page. Links name a section (`#<section-id>`), a quote
 * (`#quote-<id>`) or a mention (`#mention-<participant>-<n>`), so those ids are public and taken
 * from the article as they are. Every other id contains `__`, which article ids (lowercase words
 * joined by single hyphens) can never contain, so no article can collide with the page's own ids.
 */

/** Section ids may not begin with these: the ids of quotes and mentions do. */
export const RESERVED_SECTION_ID_PREFIXES = ['quote-', 'mention-'] as const;

const own = (name: string) => `page__${name}`;

export const elementIds = {
  /** The element the app renders into (in index.html). */
  root: own('root'),
  /** The page's main landmark, which the skip link reaches. */
  main: own('main'),
  /** The JSON a prerendered page hands the browser. */
  state: own('state'),
  /** Head links (icons, manifest) the page asks for only after its text is drawn. */
  deferredHead: own('deferred-head'),
  errorTitle: own('error-title'),
  mentionHint: own('mention-hint'),
  participantsHeading: own('participants'),
  quotesHeading: own('quotes'),
  participantGroupHeading: (groupId: string) => `group__${groupId}`,
  participant: (participantId: string) => `person__${participantId}`,
  /** An icon's drawing, which every use of the icon points at. */
  icon: (name: string) => own(`icon-${name}`),

  /** Public: `/articles/<slug>#<section-id>` lands on it, with or without JavaScript. */
  section: (sectionId: string) => sectionId,
  sectionHeading: (sectionId: string) => `${sectionId}__heading`,
  sectionContent: (sectionId: string) => `${sectionId}__content`,
  /** Public: the words of a quote in the text. */
  quote: (quoteId: string) => `quote-${quoteId}`,
  /** Public: a participant's `count`th mention in reading order, counted from 1. */
  mention: (participantId: string, count: number) => `mention-${participantId}-${count}`,
} as const;
