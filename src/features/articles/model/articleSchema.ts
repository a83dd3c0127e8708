import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini ships without messages; the English ones name what was expected.
z.config(en());

/**
 * The one source of truth for a story's shape. Types are inferred from these schemas, the JSON
 * Schema in `public/schema/` is generated from them, and every file is parsed through them before
 * a view sees it. Cross-references that a type cannot express are checked in `superRefine`.
 * Written with zod/mini, which tree-shakes: the full zod API would add ~15 KiB gzip to the page.
 */

// A pattern rather than trim(), so the generated JSON Schema rejects blank text in the editor too.
const nonEmptyText = z.string().check(z.regex(/\S/, 'Expected non-empty text'));

/** Lowercase words joined by hyphens: safe in a URL path without encoding. */
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a string can be a story's slug or a section's id. */
export function isValidSlug(value: string): boolean {
  return slugPattern.test(value);
}
const id = z
  .string()
  .check(z.regex(slugPattern, 'Expected an id of lowercase letters, digits and single hyphens'));

const described = <T extends z.ZodMiniType>(schema: T, description: string) =>
  schema.check(z.describe(description)) as T;

/** An instant with its original offset kept, so the reader can show the story's own time zone. */
const instant = z.iso.datetime({
  offset: true,
  error: 'Expected an ISO 8601 date-time with an offset, like 2025-05-16T18:22:00+05:30',
});

export const ParticipantGroupSchema = z.enum(['delegation', 'mediator', 'absent-leader', 'other']);

export const PresenceSchema = z.enum(['present', 'absent', 'refused', 'not-stated']);

export const SectionSchema = z.strictObject({
  id: described(id, 'Stable id: the section link /articles/<slug>/<id> depends on it'),
  title: described(z.optional(nonEmptyText), 'The subhead; only the opening section has none'),
  paragraphs: z.array(nonEmptyText).check(z.minLength(1, 'Expected at least one paragraph')),
});

export const ParticipantSchema = z.strictObject({
  id,
  name: described(z.optional(nonEmptyText), 'Omit when the story does not name them'),
  role: nonEmptyText,
  affiliation: described(nonEmptyText, 'Country or organisation'),
  group: ParticipantGroupSchema,
  side: described(
    z.optional(nonEmptyText),
    'Which side a delegation belongs to; required for delegations',
  ),
  kind: z._default(z.enum(['person', 'organisation', 'group']), 'person'),
  anonymous: described(
    z._default(z.boolean(), false),
    'An unnamed source: quotes are off the record',
  ),
  presence: described(PresenceSchema, 'Whether they were in the room'),
  note: described(z.optional(nonEmptyText), 'What the story says of their part'),
  mentions: described(
    z
      .array(nonEmptyText)
      .check(z.minLength(1, 'Expected at least one phrase by which the text mentions them')),
    'Exact phrases in the text that refer to this participant',
  ),
});

export const QuoteSchema = z.strictObject({
  id,
  text: described(nonEmptyText, 'The exact words, as they appear in the paragraph'),
  speakerId: described(id, 'The id of a participant'),
  sectionId: described(id, 'The id of the section the quote stands in'),
  paragraph: described(
    z.int().check(z.minimum(0)),
    'Zero-based index of the paragraph within its section',
  ),
});

/** The story's own fields, apart from the three lists. */
const articleFields = {
  $schema: z.optional(z.string()),
  slug: id,
  headline: nonEmptyText,
  standfirst: nonEmptyText,
  source: described(nonEmptyText, 'Who reported the story'),
  publishedAt: instant,
  updatedAt: z.optional(instant),
  timeZoneLabel: described(
    z.optional(nonEmptyText),
    'The time zone as the source names it, like IST',
  ),
  location: described(z.optional(nonEmptyText), 'Where the story happened'),
  leadImage: described(
    z.optional(
      z.strictObject({
        src: z.optional(z.url({ protocol: /^https?$/ })),
        alt: z.optional(nonEmptyText),
        caption: nonEmptyText,
        credit: z.optional(nonEmptyText),
      }),
    ),
    'Without src, only the caption and credit are shown',
  ),
};

export const SectionsSchema = z
  .array(SectionSchema)
  .check(z.minLength(1, 'Expected at least one section'));

/**
 * A whole story file, as editors write it. Its cross-references (unique ids, quotes and mentions
 * that resolve) are checked by `parseArticle`, which validates the lists one by one so that a
 * fault in participants or quotes can leave just that part out.
 */
export const ArticleSchema = z.strictObject({
  ...articleFields,
  sections: SectionsSchema,
  participants: z.array(ParticipantSchema),
  quotes: z.array(QuoteSchema),
});

/** The story's own fields; the lists are only required to be there, and are checked on their own. */
export const ArticleHeadSchema = z.strictObject({
  ...articleFields,
  sections: z.optional(z.unknown()),
  participants: z.optional(z.unknown()),
  quotes: z.optional(z.unknown()),
});

export const ArticleSummarySchema = z.strictObject({
  slug: id,
  headline: nonEmptyText,
  standfirst: nonEmptyText,
  publishedAt: instant,
});

export const ArticleIndexSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    articles: z.array(ArticleSummarySchema),
  })
  .check(
    z.superRefine((index, ctx) => {
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
    }),
  );

export type Article = z.output<typeof ArticleSchema>;
export type Section = z.output<typeof SectionSchema>;
export type Participant = z.output<typeof ParticipantSchema>;
export type ParticipantGroup = z.output<typeof ParticipantGroupSchema>;
export type Presence = z.output<typeof PresenceSchema>;
export type Quote = z.output<typeof QuoteSchema>;
export type ArticleSummary = z.output<typeof ArticleSummarySchema>;
export type ArticleIndex = z.output<typeof ArticleIndexSchema>;
