import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LIST_PAGE_SIZE } from '../../src/features/articles/model/articleIndex';
import { parseArticle } from '../../src/features/articles/model/parseArticle';
import { buildBrief } from './newsroom';

/**
 * Long articles made up for tests and the bench: far longer than any real one, with every rule of
 * the schema kept. The bench's scale run opens the first; the second shows how cost grows.
 */
export const LONG_STORIES = [
  { slug: 'bench-scale', sections: 500, participants: 200, quotes: 100 },
  { slug: 'bench-scale-250', sections: 250, participants: 100, quotes: 50 },
] as const;

/** The long article the browser suite reads: long enough to be split into windows. */
export const E2E_LONG_STORY = {
  slug: 'long-talks',
  sections: 60,
  participants: 24,
  quotes: 12,
} as const;

export type LongStorySize = {
  slug: string;
  sections: number;
  participants: number;
  quotes: number;
};

const topics = [
  'Prisoner exchanges',
  'Humanitarian corridors',
  'Energy infrastructure',
  'Black Sea shipping',
  'Monitoring the line of contact',
  'Sanctions relief',
  'Nuclear plant safety',
  'Return of deported children',
  'Security guarantees',
  'Reconstruction funds',
];
const affiliations = ['Russia', 'Ukraine', 'Turkey', 'United States', 'United Kingdom', 'France'];
const groups = ['delegation', 'delegation', 'delegation', 'mediator', 'other'];
const presences = ['present', 'present', 'absent', 'not-stated', 'refused'];
const pad = (value: number) => String(value).padStart(3, '0');
/** The id of the story's `number`th section. */
export const roundId = (number: number) => `round-${pad(number)}`;

/**
 * A story far longer than any real one that passes the app's own parser (each mention and quote
 * stands word for word in the text), or throws. Deterministic, so runs compare.
 */
export function buildLongStory(size: LongStorySize) {
  const participants = Array.from({ length: size.participants }, (_, index) => {
    const number = index + 1;
    const affiliation = affiliations[index % affiliations.length]!;
    const group = index === 0 ? 'absent-leader' : groups[index % groups.length]!;
    const anonymous = number % 25 === 0;
    const mention = anonymous ? `an official of team ${pad(number)}` : `Delegate ${pad(number)}`;
    return {
      id: `delegate-${pad(number)}`,
      ...(anonymous ? {} : { name: mention }),
      role: `Negotiator for working group ${(index % 12) + 1}`,
      affiliation,
      group,
      ...(group === 'delegation' ? { side: affiliation } : {}),
      kind: 'person',
      anonymous,
      presence: presences[index % presences.length]!,
      mentions: [mention],
    };
  });
  // Every participant is mentioned somewhere: section n names participants 2n and 2n+1.
  const speaker = (index: number) => participants[index % participants.length]!;
  const quoteEvery = Math.max(1, Math.floor(size.sections / Math.max(1, size.quotes)));
  const quotes: Record<string, unknown>[] = [];

  const sections = Array.from({ length: size.sections }, (_, index) => {
    const [number, topic] = [index + 1, topics[index % topics.length]!];
    const [first, second] = [speaker(2 * index), speaker(2 * index + 1)];
    const paragraphs = [
      `In round ${number} of the talks, on ${topic.toLowerCase()}, ${first.mentions[0]} set out the position of the delegation and asked the mediators for a written timetable. Officials who followed the session said the exchange was calm but that neither side moved on the points that matter most to it.`,
      `${second.mentions[0]} answered that any timetable had to begin with verification on the ground, and listed the steps the working group had agreed in earlier rounds. The mediators took notes and promised a revised draft before the next meeting.`,
      `Round ${number} ended after about forty minutes. A joint statement was not issued, and both delegations said they would report to their capitals before returning to the table.`,
    ];
    if (quotes.length < size.quotes && index % quoteEvery === quoteEvery - 1) {
      const text = `We will come back to point ${quotes.length + 1} only when the other side keeps its word`;
      paragraphs[1] = `“${text},” said ${second.mentions[0]}. ${paragraphs[1]}`;
      const id = `quote-${pad(quotes.length + 1)}`;
      quotes.push({ id, text, speakerId: second.id, sectionId: roundId(number), paragraph: 1 });
    }
    return { id: roundId(number), title: `Round ${number}: ${topic}`, paragraphs };
  });

  const json = {
    slug: size.slug,
    headline: `A generated story: ${size.sections} rounds of talks, ${size.participants} participants`,
    standfirst: 'A generated story, far longer than any real one, to test the reader at scale.',
    source: 'The Reader, generated',
    publishedAt: '2025-05-16T18:22:00+05:30',
    updatedAt: '2025-05-16T20:05:00+05:30',
    timeZoneLabel: 'IST',
    location: 'Istanbul',
    sections,
    participants,
    quotes,
  };
  const parsed = parseArticle(json);
  if (!parsed.ok) {
    const problems = parsed.problems.slice(0, 10).map((p) => `${p.path}: ${p.message}`);
    throw new Error(`The generated story ${size.slug} fails the schema:\n${problems.join('\n')}`);
  }
  if (quotes.length !== size.quotes) throw new Error(`${size.slug} has ${quotes.length} quotes`);
  return json;
}

/** Copies `from` to `to` with long stories added (the build lists them from their files). */
export function writeWithLongStories(
  from: string,
  to: string,
  sizes: readonly LongStorySize[],
): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  for (const size of sizes) {
    const story = buildLongStory(size);
    writeFileSync(join(to, 'articles', `${size.slug}.json`), JSON.stringify(story, null, 2));
  }
}

/** Short items older than the rest, so that the suite's home page goes on to `/page/2`. */
export const E2E_BRIEFS = LIST_PAGE_SIZE;

// `tsx scripts/articles/longArticles.ts --from public --to <dir>`: the browser suite's content.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { from: { type: 'string', default: 'public' }, to: { type: 'string' } },
  });
  if (values.to === undefined) throw new Error('--to <dir> is required');
  writeWithLongStories(values.from, values.to, [E2E_LONG_STORY]);
  for (let number = 1; number <= E2E_BRIEFS; number += 1) {
    const brief = buildBrief(number);
    writeFileSync(
      join(values.to, 'articles', `${brief.slug}.json`),
      JSON.stringify(brief, null, 2),
    );
  }
}
