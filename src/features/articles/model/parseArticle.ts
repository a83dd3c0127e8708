import { z } from 'zod/mini';
import { runSteps, runStepsWithPauses, type Steps } from '../../../lib/steps';
import {
  formatPath,
  parseWith,
  quoted,
  type DataProblem,
  type ParseResult,
} from '../../../lib/validation';
import { DEFAULT_LANGUAGE } from '../../../lib/language';
import {
  ArticleHeadSchema,
  ArticleIndexSchema,
  ParticipantSchema,
  QuoteSchema,
  SectionListSchema,
  SectionSchema,
  type Article,
  type ArticleIndex,
  type Participant,
  type Quote,
  type Section,
} from './articleSchema';

/** The problems that left participants or quotes out of an article that can otherwise be read. */
export type PanelProblems = { participants: DataProblem[]; quotes: DataProblem[] };

/** An article as the reader gets it: the text whole, and any participants or quotes left out. */
export type ReadableArticle = { article: Article; panelProblems: PanelProblems };

type Path = readonly PropertyKey[];
const problem = (path: Path, message: string): DataProblem => ({
  path: formatPath(path),
  message,
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object's own property, if it is an object: a file cannot reach what a prototype would lend. */
const own = (value: unknown, key: string): unknown =>
  isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;

/**
 * Problems with the former ids `item` claims: one that is still an item's current id, or one
 * already claimed by an earlier item (`claimed`, which this adds to), would make a link ambiguous.
 */
function formerIdProblems(
  item: { id: string; formerIds?: string[] | undefined },
  at: Path,
  what: string,
  currentIds: ReadonlySet<string>,
  claimed: Map<string, string>,
): DataProblem[] {
  const problems: DataProblem[] = [];
  (item.formerIds ?? []).forEach((formerId, index) => {
    const path = [...at, 'formerIds', index];
    const claimant = claimed.get(formerId);
    if (currentIds.has(formerId)) {
      problems.push(problem(path, `Former id ${quoted(formerId)} is the id of a current ${what}`));
    } else if (claimant !== undefined) {
      problems.push(
        problem(
          path,
          `Former id ${quoted(formerId)} is claimed by ${what} ${quoted(claimant)} too: a link can lead to only one`,
        ),
      );
    } else claimed.set(formerId, item.id);
  });
  return problems;
}

function* parseSections(json: unknown): Steps<ParseResult<Section[]>> {
  const list = parseWith(SectionListSchema, json, ['sections']);
  if (!list.ok) return list;
  const sections: Section[] = [];
  const faults: DataProblem[] = [];
  for (const [index, entry] of list.value.entries()) {
    yield;
    const parsed = parseWith(SectionSchema, entry, ['sections', index]);
    if (parsed.ok) sections.push(parsed.value);
    else faults.push(...parsed.problems);
  }
  if (faults.length > 0) return { ok: false, problems: faults };
  const seen = new Set<string>();
  const problems: DataProblem[] = [];
  const currentIds = new Set(sections.map((section) => section.id));
  const claimed = new Map<string, string>();
  sections.forEach((section, index) => {
    if (seen.has(section.id)) {
      problems.push(problem(['sections', index, 'id'], `Duplicate id ${quoted(section.id)}`));
    }
    seen.add(section.id);
    problems.push(
      ...formerIdProblems(section, ['sections', index], 'section', currentIds, claimed),
    );
    if (index > 0 && section.title === undefined) {
      problems.push(
        problem(
          ['sections', index, 'title'],
          'Expected a title: only the first section may be untitled',
        ),
      );
    }
  });
  return problems.length === 0 ? { ok: true, value: sections } : { ok: false, problems };
}

type ListResult<T> = {
  items: T[];
  problems: DataProblem[];
  /** Ids of entries left out for their faults, so what refers to them can say why. */
  rejectedIds: Set<string>;
};

/**
 * Parses a list entry by entry: an entry with a fault (against its schema, a duplicate id, or
 * what `check` finds) is left out with its problems, and the rest are kept.
 */
function* parseEach<S extends z.ZodMiniType<{ id: string }>>(
  json: unknown,
  key: string,
  schema: S,
  check: (item: z.output<S>, at: Path) => DataProblem[],
): Steps<ListResult<z.output<S>>> {
  const result: ListResult<z.output<S>> = { items: [], problems: [], rejectedIds: new Set() };
  const list = parseWith(z.array(z.unknown()), json, [key]);
  if (!list.ok) return { ...result, problems: list.problems };
  const seen = new Set<string>();
  for (const [index, entry] of list.value.entries()) {
    yield;
    const at = [key, index];
    const parsed = parseWith(schema, entry, at);
    const problems = parsed.ok ? check(parsed.value, at) : parsed.problems;
    if (parsed.ok && seen.has(parsed.value.id)) {
      problems.unshift(problem([...at, 'id'], `Duplicate id ${quoted(parsed.value.id)}`));
    }
    if (problems.length === 0 && parsed.ok) {
      seen.add(parsed.value.id);
      result.items.push(parsed.value);
      continue;
    }
    result.problems.push(...problems);
    const id = own(entry, 'id');
    if (typeof id === 'string' && !seen.has(id)) result.rejectedIds.add(id);
  }
  return result;
}

function parseParticipants(json: unknown, sections: Section[] | undefined) {
  const bodyText = sections
    ?.flatMap((section) => [section.title ?? '', ...section.paragraphs])
    .join('\n');
  return parseEach(json, 'participants', ParticipantSchema, (participant: Participant, at) => {
    const problems: DataProblem[] = [];
    if (bodyText === undefined) return problems;
    participant.mentions.forEach((phrase, mentionIndex) => {
      if (!bodyText.includes(phrase)) {
        problems.push(
          problem(
            [...at, 'mentions', mentionIndex],
            `Phrase ${quoted(phrase)} does not appear in the text`,
          ),
        );
      }
    });
    return problems;
  });
}

function parseQuotes(
  json: unknown,
  sections: Section[] | undefined,
  participants: ListResult<Participant>,
) {
  const speakerIds = new Set(participants.items.map((participant) => participant.id));
  const sectionsById = new Map(sections?.map((section) => [section.id, section]));
  const list = Array.isArray(json) ? (json as unknown[]) : [];
  const quoteIds = new Set(
    list.map((entry) => own(entry, 'id')).filter((id) => typeof id === 'string'),
  );
  const claimed = new Map<string, string>();
  return parseEach(json, 'quotes', QuoteSchema, (quote: Quote, at) => {
    const problems = formerIdProblems(quote, at, 'quote', quoteIds, claimed);
    if (participants.rejectedIds.has(quote.speakerId)) {
      problems.push(
        problem(
          [...at, 'speakerId'],
          `Speaker ${quoted(quote.speakerId)} is left out because of the errors in their entry in participants`,
        ),
      );
    } else if (!speakerIds.has(quote.speakerId)) {
      problems.push(
        problem(
          [...at, 'speakerId'],
          `Unknown speaker ${quoted(quote.speakerId)}: expected the id of a participant`,
        ),
      );
    }
    if (sections === undefined) return problems;
    const section = sectionsById.get(quote.sectionId);
    if (section === undefined) {
      problems.push(
        problem(
          [...at, 'sectionId'],
          `Unknown section ${quoted(quote.sectionId)}: expected the id of a section`,
        ),
      );
      return problems;
    }
    const paragraph = section.paragraphs[quote.paragraph];
    if (paragraph === undefined) {
      problems.push(
        problem(
          [...at, 'paragraph'],
          `Section ${quoted(section.id)} has no paragraph ${quote.paragraph} (it has ${section.paragraphs.length}, counted from 0)`,
        ),
      );
    } else if (!paragraph.includes(quote.text)) {
      problems.push(
        problem(
          [...at, 'text'],
          `Quote does not appear word for word in paragraph ${quote.paragraph} of section ${quoted(section.id)}`,
        ),
      );
    }
    return problems;
  });
}

const time = (iso: string) => new Date(iso).getTime();

/**
 * What the article's own fields must agree on with its sections: no former slug that is its
 * slug, updates that name its sections, and an `updatedAt` no earlier than the latest update.
 */
function headProblems(head: z.output<typeof ArticleHeadSchema>, sections: Section[]) {
  const problems: DataProblem[] = [];
  const seenSlugs = new Set<string>();
  head.formerSlugs?.forEach((formerSlug, index) => {
    if (formerSlug === head.slug || seenSlugs.has(formerSlug)) {
      const why = formerSlug === head.slug ? 'is the current slug' : 'is listed twice';
      problems.push(problem(['formerSlugs', index], `Former slug ${quoted(formerSlug)} ${why}`));
    }
    seenSlugs.add(formerSlug);
  });
  const languages = new Set([head.language ?? DEFAULT_LANGUAGE]);
  head.translations?.forEach((translation, index) => {
    const why =
      translation.slug === head.slug
        ? 'is this story itself'
        : languages.has(translation.language)
          ? `repeats the language ${quoted(translation.language)}`
          : undefined;
    if (why) problems.push(problem(['translations', index], `This translation ${why}`));
    languages.add(translation.language);
  });
  const sectionIds = new Set(sections.map((section) => section.id));
  const updates = head.updates ?? [];
  updates.forEach((update, index) => {
    update.sectionIds?.forEach((sectionId, position) => {
      if (!sectionIds.has(sectionId)) {
        problems.push(
          problem(
            ['updates', index, 'sectionIds', position],
            `Unknown section ${quoted(sectionId)}: expected the id of a section`,
          ),
        );
      }
    });
  });
  const latest = updates.reduce<string | undefined>(
    (found, { at }) => (found === undefined || time(at) > time(found) ? at : found),
    undefined,
  );
  const updatedAt = head.updatedAt ?? head.publishedAt;
  if (latest !== undefined && time(updatedAt) < time(latest)) {
    problems.push(
      problem(
        ['updatedAt'],
        head.updatedAt === undefined
          ? `Expected updatedAt, no earlier than the latest update (${latest})`
          : `Expected a time no earlier than the latest update (${latest})`,
      ),
    );
  }
  return problems;
}

function* readArticleSteps(json: unknown): Steps<ParseResult<ReadableArticle>> {
  const parsedHead = parseWith(ArticleHeadSchema, json);
  // Not an object at all: the one problem at the root says it all.
  if (!parsedHead.ok && !isRecord(json)) return parsedHead;
  const sections = yield* parseSections(own(json, 'sections'));
  const knownSections = sections.ok ? sections.value : undefined;
  const crossProblems =
    parsedHead.ok && knownSections ? headProblems(parsedHead.value, knownSections) : [];
  const head: typeof parsedHead =
    parsedHead.ok && crossProblems.length > 0 ? { ok: false, problems: crossProblems } : parsedHead;
  const participants = yield* parseParticipants(own(json, 'participants'), knownSections);
  const quotes = yield* parseQuotes(own(json, 'quotes'), knownSections, participants);
  if (!head.ok || !sections.ok) {
    return {
      ok: false,
      problems: [
        ...(head.ok ? [] : head.problems),
        ...(sections.ok ? [] : sections.problems),
        ...participants.problems,
        ...quotes.problems,
      ],
    };
  }
  return {
    ok: true,
    value: {
      article: {
        ...head.value,
        sections: sections.value,
        participants: participants.items,
        quotes: quotes.items,
      },
      panelProblems: { participants: participants.problems, quotes: quotes.problems },
    },
  };
}

/**
 * Validates an article file for reading; never throws for bad input. The article's own fields and its
 * sections must be sound, or there is nothing to read. A faulty participant or quote is left out
 * and its problems kept in `panelProblems`, so that panel can say so while the text still reads.
 */
export const readArticle = (json: unknown): ParseResult<ReadableArticle> =>
  runSteps(readArticleSteps(json));

/** readArticle, giving the page a turn (`pause`) every few milliseconds: no one long task. */
export const readArticleInSteps = (
  json: unknown,
  pause: () => Promise<void>,
): Promise<ParseResult<ReadableArticle>> => runStepsWithPauses(readArticleSteps(json), pause);

/**
 * Validates an article file as its editor must leave it, with every problem an error (what
 * `npm run validate` runs); never throws for bad input.
 */
export function parseArticle(json: unknown): ParseResult<Article> {
  const result = readArticle(json);
  if (!result.ok) return result;
  const { article, panelProblems } = result.value;
  const problems = [...panelProblems.participants, ...panelProblems.quotes];
  return problems.length === 0 ? { ok: true, value: article } : { ok: false, problems };
}

/** The name an article's file must have: its links are built from the slug inside it. */
export const articleFileName = (slug: string) => `${slug}.json`;

/**
 * A problem when an article sits in a file named for another slug: its links would lead
 * elsewhere. `fileName` is the file it was read from.
 */
export function fileNameProblem(article: Article, fileName: string): DataProblem | undefined {
  const expected = articleFileName(article.slug);
  if (fileName === expected) return undefined;
  return problem(['slug'], `Expected the file to be named ${expected}, not ${quoted(fileName)}`);
}

/** Validates the article index's JSON; never throws for bad input. */
export function parseArticleIndex(json: unknown): ParseResult<ArticleIndex> {
  return parseWith(ArticleIndexSchema, json);
}
