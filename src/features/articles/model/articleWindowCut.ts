import type { Article, Section } from './articleSchema';
import { buildArticleText } from './articleText';
import {
  WINDOW_SIZE,
  type ArticleWindow,
  type SectionLink,
  type SectionRange,
} from './articleWindow';

// Apart from the window's shape: only the build cuts windows, so readers never load this.

const link = (section: Section | undefined): SectionLink | undefined =>
  section && { id: section.id, title: section.title };

// Each article's mention counts up to each section, worked out once: the build cuts a window for
// every section of a long article, and counting afresh each time would grow with its square.
const countsBefore = new WeakMap<Article, Record<string, number>[]>();

/** How many times each participant is mentioned in the sections before section `index`. */
function mentionsBefore(article: Article, index: number): Record<string, number> {
  let counts = countsBefore.get(article);
  if (counts === undefined) {
    const text = buildArticleText(article);
    const running: Record<string, number> = {};
    counts = article.sections.map((section) => {
      const before = { ...running };
      for (const [participantId, places] of text.mentionsByParticipant) {
        const here = places.find((place) => place.sectionId === section.id);
        if (here) running[participantId] = (running[participantId] ?? 0) + here.anchorIds.length;
      }
      return before;
    });
    countsBefore.set(article, counts);
  }
  return counts[index] ?? {};
}

/**
 * An article cut down to a window of its sections, with the participants and quotes those
 * sections need, and the window's place in the whole. Pure, so the build and the tests agree.
 */
export function articleWindow(
  article: Article,
  { start, end }: SectionRange,
): { article: Article; sectionWindow: ArticleWindow } {
  const sections = article.sections.slice(start, end);
  const ids = new Set(sections.map((section) => section.id));
  const quotes = article.quotes.filter((quote) => ids.has(quote.sectionId));
  const text = sections
    .flatMap((section) => [section.title ?? '', ...section.paragraphs])
    .join('\n');
  const speakers = new Set(quotes.map((quote) => quote.speakerId));
  const participants = article.participants.filter(
    (participant) =>
      speakers.has(participant.id) || participant.mentions.some((phrase) => text.includes(phrase)),
  );
  return {
    article: { ...article, sections, participants, quotes },
    sectionWindow: {
      start,
      end,
      total: article.sections.length,
      // Only the counts of those the window mentions: the others draw no anchors here.
      mentionsBefore: Object.fromEntries(
        Object.entries(mentionsBefore(article, start)).filter(([participantId]) =>
          participants.some((participant) => participant.id === participantId),
        ),
      ),
      earlier: start > 0 ? link(article.sections[Math.max(0, start - WINDOW_SIZE)]) : undefined,
      later: link(article.sections[end]),
    },
  };
}
