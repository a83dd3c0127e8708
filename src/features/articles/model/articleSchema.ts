import { z } from 'zod';

/**
 * The one source of truth for a story's shape. Types are inferred from these schemas, the JSON
 * Schema in `public/schema/` is generated from them, and every file is parsed through them before
 * a view sees it. Cross-references that a type cannot express are checked in `superRefine`.
 */

// A pattern rather than trim(), so the generated JSON Schema rejects blank text in the editor too.
const nonEmptyText = z.string().regex(/\S/, 'Expected non-empty text');

/** Lowercase words joined by hyphens: safe in a URL path without encoding. */
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a string can be a story's slug or a section's id. */
export function isValidSlug(value: string): boolean {
  return slugPattern.test(value);
}
const id = z
  .string()
  .regex(slugPattern, 'Expected an id of lowercase letters, digits and single hyphens');

/** An instant with its original offset kept, so the reader can show the story's own time zone. */
const instant = z.iso.datetime({
  offset: true,
  message: 'Expected an ISO 8601 date-time with an offset, like 2025-05-16T18:22:00+05:30',
});

export const ParticipantGroupSchema = z.enum(['delegation', 'mediator', 'absent-leader', 'other']);

export const PresenceSchema = z.enum(['present', 'absent', 'refused', 'not-stated']);

export const SectionSchema = z.strictObject({
  id: id.describe('Stable id: the section link /articles/<slug>/<id> depends on it'),
  title: nonEmptyText.optional().describe('The subhead; only the opening section has none'),
  paragraphs: z.array(nonEmptyText).min(1, 'Expected at least one paragraph'),
});

export const ParticipantSchema = z.strictObject({
  id,
  name: nonEmptyText.optional().describe('Omit when the story does not name them'),
  role: nonEmptyText,
  affiliation: nonEmptyText.describe('Country or organisation'),
  group: ParticipantGroupSchema,
  side: nonEmptyText
    .optional()
    .describe('Which side a delegation belongs to; required for delegations'),
  kind: z.enum(['person', 'organisation', 'group']).default('person'),
  anonymous: z.boolean().default(false).describe('An unnamed source: quotes are off the record'),
  presence: PresenceSchema.describe('Whether they were in the room'),
  note: nonEmptyText.optional().describe('What the story says of their part'),
  mentions: z
    .array(nonEmptyText)
    .min(1, 'Expected at least one phrase by which the text mentions them')
    .describe('Exact phrases in the text that refer to this participant'),
});

export const QuoteSchema = z.strictObject({
  id,
  text: nonEmptyText.describe('The exact words, as they appear in the paragraph'),
  speakerId: id.describe('The id of a participant'),
  sectionId: id.describe('The id of the section the quote stands in'),
  paragraph: z.int().min(0).describe('Zero-based index of the paragraph within its section'),
});

const ArticleObjectSchema = z.strictObject({
  $schema: z.string().optional(),
  slug: id,
  headline: nonEmptyText,
  standfirst: nonEmptyText,
  source: nonEmptyText.describe('Who reported the story'),
  publishedAt: instant,
  updatedAt: instant.optional(),
  timeZoneLabel: nonEmptyText.optional().describe('The time zone as the source names it, like IST'),
  location: nonEmptyText.optional().describe('Where the story happened'),
  leadImage: z
    .strictObject({
      src: z.url({ protocol: /^https?$/ }).optional(),
      alt: nonEmptyText.optional(),
      caption: nonEmptyText,
      credit: nonEmptyText.optional(),
    })
    .optional()
    .describe('Without src, only the caption and credit are shown'),
  sections: z.array(SectionSchema).min(1, 'Expected at least one section'),
  participants: z.array(ParticipantSchema),
  quotes: z.array(QuoteSchema),
});

type ArticleShape = z.output<typeof ArticleObjectSchema>;
type Issue = { path: PropertyKey[]; message: string };

function duplicateIds(items: { id: string }[], collection: string): Issue[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return [];
    }
    return [{ path: [collection, index, 'id'], message: `Duplicate id "${item.id}"` }];
  });
}

/** Checks what the types cannot: unique ids and references that resolve. */
function crossReferenceIssues(article: ArticleShape): Issue[] {
  const issues: Issue[] = [
    ...duplicateIds(article.sections, 'sections'),
    ...duplicateIds(article.participants, 'participants'),
    ...duplicateIds(article.quotes, 'quotes'),
  ];

  article.sections.forEach((section, index) => {
    if (index > 0 && section.title === undefined) {
      issues.push({
        path: ['sections', index, 'title'],
        message: 'Expected a title: only the first section may be untitled',
      });
    }
  });

  const bodyText = article.sections
    .flatMap((section) => [section.title ?? '', ...section.paragraphs])
    .join('\n');
  article.participants.forEach((participant, index) => {
    if (participant.group === 'delegation' && participant.side === undefined) {
      issues.push({
        path: ['participants', index, 'side'],
        message: 'Expected a side for a member of a delegation',
      });
    }
    participant.mentions.forEach((phrase, mentionIndex) => {
      if (!bodyText.includes(phrase)) {
        issues.push({
          path: ['participants', index, 'mentions', mentionIndex],
          message: `Phrase "${phrase}" does not appear in the text`,
        });
      }
    });
  });

  const participantIds = new Set(article.participants.map((participant) => participant.id));
  const sectionsById = new Map(article.sections.map((section) => [section.id, section]));
  article.quotes.forEach((quote, index) => {
    if (!participantIds.has(quote.speakerId)) {
      issues.push({
        path: ['quotes', index, 'speakerId'],
        message: `Unknown speaker "${quote.speakerId}": expected the id of a participant`,
      });
    }
    const section = sectionsById.get(quote.sectionId);
    if (section === undefined) {
      issues.push({
        path: ['quotes', index, 'sectionId'],
        message: `Unknown section "${quote.sectionId}": expected the id of a section`,
      });
      return;
    }
    const paragraph = section.paragraphs[quote.paragraph];
    if (paragraph === undefined) {
      issues.push({
        path: ['quotes', index, 'paragraph'],
        message: `Section "${section.id}" has no paragraph ${quote.paragraph} (it has ${section.paragraphs.length}, counted from 0)`,
      });
    } else if (!paragraph.includes(quote.text)) {
      issues.push({
        path: ['quotes', index, 'text'],
        message: `Quote does not appear word for word in paragraph ${quote.paragraph} of section "${section.id}"`,
      });
    }
  });

  return issues;
}

export const ArticleSchema = ArticleObjectSchema.superRefine((article, ctx) => {
  for (const issue of crossReferenceIssues(article)) {
    ctx.addIssue({ code: 'custom', input: article, ...issue });
  }
});

export const ArticleSummarySchema = z.strictObject({
  slug: id,
  headline: nonEmptyText,
  standfirst: nonEmptyText,
  publishedAt: instant,
});

export const ArticleIndexSchema = z
  .strictObject({
    $schema: z.string().optional(),
    articles: z.array(ArticleSummarySchema),
  })
  .superRefine((index, ctx) => {
    const seen = new Set<string>();
    index.articles.forEach((summary, position) => {
      if (seen.has(summary.slug)) {
        ctx.addIssue({
          code: 'custom',
          input: summary.slug,
          path: ['articles', position, 'slug'],
          message: `Duplicate slug "${summary.slug}"`,
        });
      }
      seen.add(summary.slug);
    });
  });

export type Article = z.output<typeof ArticleSchema>;
export type Section = z.output<typeof SectionSchema>;
export type Participant = z.output<typeof ParticipantSchema>;
export type ParticipantGroup = z.output<typeof ParticipantGroupSchema>;
export type Presence = z.output<typeof PresenceSchema>;
export type Quote = z.output<typeof QuoteSchema>;
export type ArticleSummary = z.output<typeof ArticleSummarySchema>;
export type ArticleIndex = z.output<typeof ArticleIndexSchema>;
