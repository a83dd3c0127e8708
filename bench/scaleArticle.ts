import { parseArticle } from '../src/features/articles/model/parseArticle';

export const SCALE_SLUG = 'bench-scale';
export const SCALE_SIZE = { sections: 500, participants: 200, quotes: 100 };

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

/**
 * A story far bigger than any real one (500 sections, 200 participants, 100 quotes) that still
 * passes the app's own parser: each participant is mentioned by an exact phrase, each quote
 * stands word for word in its paragraph. Deterministic, so runs compare. Throws if it fails.
 */
export function buildScaleStory(size = SCALE_SIZE) {
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
  const mentionOf = (index: number) => participants[index % participants.length]!.mentions[0]!;
  const quoteEvery = Math.max(1, Math.floor(size.sections / Math.max(1, size.quotes)));
  const quotes: Record<string, unknown>[] = [];

  const sections = Array.from({ length: size.sections }, (_, index) => {
    const number = index + 1;
    const topic = topics[index % topics.length]!;
    const [first, second] = [mentionOf(2 * index), mentionOf(2 * index + 1)];
    const paragraphs = [
      `In round ${number} of the talks, on ${topic.toLowerCase()}, ${first} set out the position of the delegation and asked the mediators for a written timetable. Officials who followed the session said the exchange was calm but that neither side moved on the points that matter most to it.`,
      `${second} answered that any timetable had to begin with verification on the ground, and listed the steps the working group had agreed in earlier rounds. The mediators took notes and promised a revised draft before the next meeting.`,
      `Round ${number} ended after about forty minutes. A joint statement was not issued, and both delegations said they would report to their capitals before returning to the table.`,
    ];
    if (quotes.length < size.quotes && index % quoteEvery === quoteEvery - 1) {
      const text = `We will come back to point ${quotes.length + 1} only when the other side keeps its word`;
      paragraphs[1] = `“${text},” said ${second}. ${paragraphs[1]}`;
      quotes.push({
        id: `quote-${pad(quotes.length + 1)}`,
        text,
        speakerId: participants[(2 * index + 1) % participants.length]!.id,
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
  const parsed = parseArticle(json);
  if (!parsed.ok) {
    const problems = parsed.problems.slice(0, 10).map((p) => `${p.path}: ${p.message}`);
    throw new Error(`The generated scale story fails the schema:\n${problems.join('\n')}`);
  }
  const { sections: s, participants: p, quotes: q } = parsed.value;
  if (s.length !== size.sections || p.length !== size.participants || q.length !== size.quotes)
    throw new Error(
      `The scale story has ${s.length}, ${p.length} and ${q.length}, not ${JSON.stringify(size)}`,
    );
  return { json, lastSectionTitle: sections.at(-1)!.title };
}
