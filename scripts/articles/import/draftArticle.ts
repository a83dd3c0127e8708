import type {
  Article,
  Participant,
  Quote,
  Section,
} from '../../../src/features/articles/model/articleSchema';
import { parseArticle } from '../../../src/features/articles/model/parseArticle';
import type { DataProblem } from '../../../src/lib/validation';
import type { LeadImage } from './readFigure';
import type { Dates } from './readDates';

export type DraftFields = {
  slug: string;
  headline?: string;
  standfirst?: string;
  source?: string;
  dates: Dates;
  location?: string;
  leadImage?: LeadImage;
  sections: Section[];
  participants: Participant[];
  quotes: Quote[];
};

/** What the draft cannot do without, and where an editor finds it on a page. */
const REQUIRED: { field: keyof DraftFields | 'publishedAt'; missing: string }[] = [
  { field: 'headline', missing: 'headline: the page has no <h1> or first line' },
  { field: 'standfirst', missing: 'standfirst: the page has no standfirst, description or text' },
  { field: 'source', missing: 'source: no "Reported by" or "By" line, byline or site name' },
  {
    field: 'publishedAt',
    missing: 'publishedAt: no publication date with a time and a known time zone',
  },
];

export type Draft =
  | { ok: true; article: Article; json: string }
  | { ok: false; missing: string[]; problems: DataProblem[] };

/** A participant as an editor writes one: fields in reading order, defaults left out. */
function participantJson(participant: Participant) {
  const { id, name, role, affiliation, group, side, kind, anonymous, presence, mentions } =
    participant;
  return {
    id,
    ...(name !== undefined ? { name } : {}),
    role,
    affiliation,
    group,
    ...(side !== undefined ? { side } : {}),
    ...(kind !== 'person' ? { kind } : {}),
    ...(anonymous ? { anonymous } : {}),
    presence,
    mentions,
  };
}

/**
 * The article file, in the order editors read it, parsed through the real schema and its
 * cross-checks: a draft that would fail `npm run validate` is never handed back to be written.
 */
export function draftArticle(fields: DraftFields): Draft {
  const { dates, leadImage } = fields;
  const missing = REQUIRED.filter(({ field }) =>
    field === 'publishedAt' ? dates.publishedAt === undefined : fields[field] === undefined,
  ).map(({ missing: message }) => message);
  if (fields.sections.length === 0) missing.push('sections: no paragraph of text');
  if (missing.length > 0) return { ok: false, missing, problems: [] };
  const caption = leadImage?.caption;
  const json = {
    $schema: '../schema/article.schema.json',
    slug: fields.slug,
    headline: fields.headline,
    standfirst: fields.standfirst,
    source: fields.source,
    publishedAt: dates.publishedAt,
    ...(dates.updatedAt !== undefined ? { updatedAt: dates.updatedAt } : {}),
    ...(dates.timeZoneLabel !== undefined ? { timeZoneLabel: dates.timeZoneLabel } : {}),
    ...(fields.location !== undefined ? { location: fields.location } : {}),
    // The schema wants a caption for any lead image; a credit alone has nothing to stand under.
    ...(caption !== undefined
      ? {
          leadImage: {
            caption,
            ...(leadImage?.credit !== undefined ? { credit: leadImage.credit } : {}),
          },
        }
      : {}),
    sections: fields.sections,
    participants: fields.participants.map(participantJson),
    quotes: fields.quotes,
  };
  const parsed = parseArticle(json);
  if (!parsed.ok) return { ok: false, missing: [], problems: parsed.problems };
  return { ok: true, article: parsed.value, json: `${JSON.stringify(json, null, 2)}\n` };
}
