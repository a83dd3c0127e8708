/**
 * What a share card shows: plain data, so the renderer does not depend on the app's types. The
 * build maps a story, one of its sections or one of its quotes onto one of these.
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
