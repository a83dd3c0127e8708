import { parseArticle } from '../src/features/articles/model/parseArticle';

export const SCALE_SLUG = 'bench-scale';

export type ScaleSize = { sections: number; participants: number; quotes: number };

export type ScaleStory = {
  json: Record<string, unknown>;
  /** The title of the last section, to know when the whole story is on screen */
  lastSectionTitle: string;
  size: ScaleSize;
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
const groups = ['delegation', 'delegation', 'delegation', 'mediator', 'other'] as const;
const presences = ['present', 'present', 'absent', 'not-stated', 'refused'] as const;

const pad = (value: number) => String(value).padStart(3, '0');

/**
 * A story far bigger than any real one (by default 500 sections, 200 participants, 100 quotes)
 * that still follows every rule of the schema: each participant is mentioned by an exact phrase,
 * each quote stands word for word in its paragraph. Deterministic, so runs compare.
 */
export function buildScaleStory(size: ScaleSize): ScaleStory {
  const participants = Array.from({ length: size.participants }, (_, index) => {
    const number = index + 1;
    const affiliation = affiliations[index % affiliations.length] as string;
    const group = index === 0 ? 'absent-leader' : (groups[index % groups.length] as string);
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
      presence: presences[index % presences.length] as string,
      mentions: [mention],
    };
  });
  const mentionOf = (participantIndex: number) =>
    participants[participantIndex % participants.length]?.mentions[0] ?? 'Delegate 001';

  const quoteEvery = Math.max(1, Math.floor(size.sections / Math.max(1, size.quotes)));
  const quotes: Record<string, unknown>[] = [];

  const sections = Array.from({ length: size.sections }, (_, index) => {
    const number = index + 1;
    const topic = topics[index % topics.length] as string;
    // Every participant is mentioned somewhere: section n names participants 2n and 2n+1.
    const first = mentionOf(2 * index);
    const second = mentionOf(2 * index + 1);
    const paragraphs = [
      `In round ${number} of the talks, on ${topic.toLowerCase()}, ${first} set out the position of the delegation and asked the mediators for a written timetable. Officials who followed the session said the exchange was calm but that neither side moved on the points that matter most to it.`,
      `${second} answered that any timetable had to begin with verification on the ground, and listed the steps the working group had agreed in earlier rounds. The mediators took notes and promised a revised draft before the next meeting.`,
      `Round ${number} ended after about forty minutes. A joint statement was not issued, and both delegations said they would report to their capitals before returning to the table.`,
    ];
    const quoteNumber = quotes.length + 1;
    if (quotes.length < size.quotes && index % quoteEvery === quoteEvery - 1) {
      const speakerIndex = (2 * index + 1) % participants.length;
      const text = `We will come back to point ${quoteNumber} only when the other side keeps its word`;
      paragraphs[1] = `“${text},” said ${second}. ${paragraphs[1]}`;
      quotes.push({
        id: `quote-${pad(quoteNumber)}`,
        text,
        speakerId: participants[speakerIndex]?.id ?? 'delegate-001',
        sectionId: `round-${pad(number)}`,
        paragraph: 1,
      });
    }
    return { id: `round-${pad(number)}`, title: `Round ${number}: ${topic}`, paragraphs };
  });

  const json = {
    slug: SCALE_SLUG,
    headline: `Bench story: ${size.sections} rounds of talks, ${size.participants} participants`,
    standfirst:
      'A generated story, far longer than any real one, to see how the reader copes at scale.',
    source: 'The Reader bench',
    publishedAt: '2025-05-16T18:22:00+05:30',
    updatedAt: '2025-05-16T20:05:00+05:30',
    timeZoneLabel: 'IST',
    location: 'Istanbul',
    leadImage: { caption: 'No picture: generated text', credit: 'Bench' },
    sections,
    participants,
    quotes,
  };
  const last = sections[sections.length - 1];
  return { json, lastSectionTitle: last?.title ?? '', size };
}

/** Builds the story and checks it with the app's own parser; throws listing what is wrong. */
export function buildValidScaleStory(size: ScaleSize): ScaleStory {
  const story = buildScaleStory(size);
  const result = parseArticle(story.json);
  if (!result.ok) {
    const problems = result.problems
      .slice(0, 10)
      .map((problem) => `${problem.path}: ${problem.message}`);
    throw new Error(`The generated scale story fails the schema:\n${problems.join('\n')}`);
  }
  const counts = {
    sections: result.value.sections.length,
    participants: result.value.participants.length,
    quotes: result.value.quotes.length,
  };
  if (
    counts.sections !== size.sections ||
    counts.participants !== size.participants ||
    counts.quotes !== size.quotes
  ) {
    throw new Error(
      `The scale story has ${JSON.stringify(counts)}, expected ${JSON.stringify(size)}`,
    );
  }
  return story;
}
