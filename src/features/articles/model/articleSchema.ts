import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { RESERVED_SECTION_ID_PREFIXES } from '../../../lib/elementIds';
import { ID_PATTERN } from './ids';

// zod/mini ships without messages; the English ones name what was expected.
z.config(en());

/**
 * The one source of truth for an article's shape. Types are inferred from these schemas, the JSON
 * Schema in `public/schema/` is generated from them (so an editor sees every rule written here
 * while typing), and every file is parsed through them before a view sees it. Only the
 * cross-references JSON Schema cannot express (unique ids, quotes and mentions that stand in the
 * text) are checked in code, by `parseArticle`. Written with zod/mini, which tree-shakes: the full
 * zod API would add ~15 KiB gzip to the page.
 */

// A pattern rather than trim(), so the generated JSON Schema rejects blank text in the editor too.
const nonEmptyText = z.string().check(z.regex(/\S/, 'Expected non-empty text'));

const id = z
  .string()
  .check(z.regex(ID_PATTERN, 'Expected an id of lowercase letters, digits and single hyphens'));

const reservedPrefixes = RESERVED_SECTION_ID_PREFIXES.map((prefix) => `"${prefix}"`).join(' or ');
const sectionId = id.check(
  z.regex(
    new RegExp(`^(?!${RESERVED_SECTION_ID_PREFIXES.join('|')})`),
    `Expected a section id that does not begin with ${reservedPrefixes}: links use those for quotes and mentions`,
  ),
);

const described = <T extends z.ZodMiniType>(schema: T, description: string) =>
  schema.check(z.describe(description)) as T;

/** An instant with its original offset kept, so the reader can show the article's own time zone. */
const instant = z.iso.datetime({
  offset: true,
  error: 'Expected an ISO 8601 date-time with an offset, like 2025-05-16T18:22:00+05:30',
});

export const PresenceSchema = z.enum(['present', 'absent', 'refused', 'not-stated']);

/**
 * Ids an item had when readers may have shared links to it: links to any of them land on it. A
 * published id that no item holds or claims fails `npm run validate`. Optional rather than
 * defaulted, so a page's data carries no empty list for each of hundreds of sections.
 */
const formerIds = <T extends z.ZodMiniType<string>>(idSchema: T, what: string) =>
  described(
    z.optional(z.array(idSchema)),
    `Ids this ${what} had before: links shared with them still land here`,
  );

export const SectionSchema = z.strictObject({
  id: described(sectionId, 'Stable id: the section link /articles/<slug>/<id> depends on it'),
  formerIds: formerIds(sectionId, 'section (or a section merged into it)'),
  title: described(z.optional(nonEmptyText), 'The subhead; only the opening section has none'),
  paragraphs: z.array(nonEmptyText).check(z.minLength(1, 'Expected at least one paragraph')),
});

const GROUPS = ['delegation', 'mediator', 'absent-leader', 'other'] as const;

const participantFields = {
  id,
  name: described(z.optional(nonEmptyText), 'Omit when the story does not name them'),
  role: nonEmptyText,
  affiliation: described(nonEmptyText, 'Country or organisation'),
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
};

/**
 * A member of a delegation must say which side they sit on; anyone else may. A union on `group`,
 * so the JSON Schema carries the rule too.
 */
export const ParticipantSchema = z.discriminatedUnion(
  'group',
  [
    z.strictObject({
      ...participantFields,
      group: z.literal('delegation'),
      side: described(
        z
          .string({
            error: (issue) =>
              issue.input === undefined
                ? 'Expected a side for a member of a delegation'
                : undefined,
          })
          .check(z.regex(/\S/, 'Expected non-empty text')),
        'Which side the delegation belongs to',
      ),
    }),
    z.strictObject({
      ...participantFields,
      group: z.enum(['mediator', 'absent-leader', 'other']),
      side: described(z.optional(nonEmptyText), 'The side they are with, if any'),
    }),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `Invalid option: expected one of ${GROUPS.map((group) => `"${group}"`).join('|')}`
        : undefined,
  },
);

export const QuoteSchema = z.strictObject({
  id,
  formerIds: formerIds(id, 'quote'),
  text: described(nonEmptyText, 'The exact words, as they appear in the paragraph'),
  speakerId: described(id, 'The id of a participant'),
  sectionId: described(id, 'The id of the section the quote stands in'),
  paragraph: described(
    z.int().check(z.minimum(0)),
    'Zero-based index of the paragraph within its section',
  ),
});

export const UpdateSchema = z.strictObject({
  at: described(instant, 'When the story was changed'),
  kind: described(
    z.enum(['update', 'correction']),
    'A correction fixes something the story got wrong; an update adds to it',
  ),
  text: described(nonEmptyText, 'What changed, in a sentence for the reader'),
  sectionIds: described(
    z.optional(z.array(id).check(z.minLength(1, 'Expected at least one section id'))),
    'The sections the change concerns; a correction is shown at the top of each',
  ),
});

/**
 * A BCP 47 language tag in its usual form: a language subtag, then optional script, region or
 * variant subtags (`en`, `uk`, `ar`, `pt-BR`, `zh-Hant-TW`, `sr-Latn`).
 */
const language = z
  .string()
  .check(
    z.regex(
      /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?(?:-[a-z\d]{5,8})*$/,
      'Expected a BCP 47 language tag, like en, uk, ar or pt-BR',
    ),
  );

export const TranslationSchema = z.strictObject({
  language: described(language, 'The language of the translation'),
  slug: described(id, 'The slug of the translation, whose own translations list this story'),
});

/** The article's own fields, apart from the three lists. */
const articleFields = {
  $schema: z.optional(z.string()),
  slug: id,
  formerSlugs: described(
    z.optional(z.array(id)),
    'Slugs this story had before: links shared with them still land here',
  ),
  language: described(
    z.optional(language),
    'The language the story is written in, a BCP 47 tag; English (en) when absent',
  ),
  translations: described(
    z.optional(z.array(TranslationSchema)),
    'The same story in other languages; each must list this one back',
  ),
  headline: nonEmptyText,
  standfirst: nonEmptyText,
  source: described(nonEmptyText, 'Who reported the story'),
  publishedAt: instant,
  updatedAt: described(
    z.optional(instant),
    'The latest change; no earlier than the latest of `updates`',
  ),
  updates: described(
    z.optional(z.array(UpdateSchema)),
    'What was updated or corrected after publishing, oldest first',
  ),
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

const atLeastOneSection = z.minLength(1, 'Expected at least one section');
export const SectionsSchema = z.array(SectionSchema).check(atLeastOneSection);
/** The sections as a list, each still to be checked against SectionSchema (a long one in steps). */
export const SectionListSchema = z.array(z.unknown()).check(atLeastOneSection);

/**
 * A whole article file, as editors write it. Its cross-references (unique ids, quotes and mentions
 * that resolve) are checked by `parseArticle`, which validates the lists one by one so that a
 * fault in participants or quotes can leave just that part out.
 */
export const ArticleSchema = z.strictObject({
  ...articleFields,
  sections: SectionsSchema,
  participants: z.array(ParticipantSchema),
  quotes: z.array(QuoteSchema),
});

/** The article's own fields; the lists are only required to be there, and are checked on their own. */
export const ArticleHeadSchema = z.strictObject({
  ...articleFields,
  sections: z.optional(z.unknown()),
  participants: z.optional(z.unknown()),
  quotes: z.optional(z.unknown()),
});

export const ArticleSummarySchema = z.strictObject({
  slug: id,
  language: z.optional(language),
  headline: nonEmptyText,
  standfirst: nonEmptyText,
  publishedAt: instant,
});

/** The list of stories the build derives from the articles, newest first. */
export const ArticleIndexSchema = z
  .strictObject({
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
export type ParticipantGroup = Participant['group'];
export type Presence = z.output<typeof PresenceSchema>;
export type Quote = z.output<typeof QuoteSchema>;
export type Update = z.output<typeof UpdateSchema>;
export type Translation = z.output<typeof TranslationSchema>;
export type ArticleSummary = z.output<typeof ArticleSummarySchema>;
export type ArticleIndex = z.output<typeof ArticleIndexSchema>;
