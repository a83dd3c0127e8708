import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/features/articles/model/parseArticle';

/**
 * A newsroom's worth of made-up stories for the bench: each the size of a real report (an
 * opening and three subheads of three or four paragraphs, five participants, two quotes), each
 * with its own words, places, people and times, so no two pages or cards are alike and a build
 * pays for every one. Deterministic, so runs compare. Sibling of longArticles.ts, which makes a
 * few stories far longer than any real one.
 */

/** How many stories the bench's newsroom has, and the smaller one it is compared with. */
export const NEWSROOM_STORIES = 1000;
export const SMALL_NEWSROOM_STORIES = 100;

const PLACES = [
  { city: 'Geneva', country: 'Switzerland', offset: '+02:00', zone: 'CEST' },
  { city: 'Nairobi', country: 'Kenya', offset: '+03:00', zone: 'EAT' },
  { city: 'Delhi', country: 'India', offset: '+05:30', zone: 'IST' },
  { city: 'Lima', country: 'Peru', offset: '-05:00', zone: 'PET' },
  { city: 'Jakarta', country: 'Indonesia', offset: '+07:00', zone: 'WIB' },
  { city: 'Lagos', country: 'Nigeria', offset: '+01:00', zone: 'WAT' },
  { city: 'Reykjavik', country: 'Iceland', offset: 'Z', zone: 'GMT' },
];
const SUBJECTS = [
  'water rights along the river',
  'a new rail link to the coast',
  'fishing quotas in shared waters',
  'the price of grain after the harvest',
  'a power line across the border',
  'teachers’ pay in the public schools',
  'a vaccine plant outside the capital',
  'port fees for container ships',
  'the rules for a new carbon market',
  'reopening the mountain pass',
  'a loan from the regional bank',
  'flood defences for the delta',
];
const ASPECTS = ['The money', 'The timetable', 'Who objects', 'What comes next', 'The numbers'];
const GIVEN = ['Amara', 'Bruno', 'Chen', 'Dalia', 'Emeka', 'Farah', 'Goran', 'Hana', 'Ines'];
const FAMILY = ['Okafor', 'Silva', 'Lindqvist', 'Rahman', 'Moreau', 'Tanaka', 'Haddad', 'Kowal'];
const ROLES = [
  'Minister of finance',
  'Chief negotiator',
  'Mayor',
  'Union leader',
  'Spokesperson',
  'Head of the regulator',
];

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!;
const pad = (value: number) => String(value).padStart(4, '0');

/** The slug of the `number`th story (from 1). */
export const newsroomSlug = (number: number) => `newsroom-${pad(number)}`;

/** When the `number`th story was published: one an hour, going back, in its own offset. */
function publishedAt(number: number, offset: string): string {
  const utc = Date.UTC(2025, 9, 1, 6, 0) - number * 60 * 60 * 1000;
  const minutes = offset === 'Z' ? 0 : (offset.startsWith('-') ? -1 : 1) * offsetMinutes(offset);
  const local = new Date(utc + minutes * 60 * 1000).toISOString().slice(0, 19);
  return `${local}${offset}`;
}

function offsetMinutes(offset: string): number {
  const [hours = 0, minutes = 0] = offset.slice(1).split(':').map(Number);
  return hours * 60 + minutes;
}

const paragraphAbout = (city: string, subject: string, number: number) =>
  `Officials in ${city} said the talks on ${subject} had taken most of the week, and that each side had brought its own figures, its own lawyers and its own idea of what a fair result would look like for the people who would live with it. Story ${number} of the newsroom.`;

/** The `number`th story of the newsroom (from 1), which the app's own parser accepts. */
export function buildNewsroomStory(number: number) {
  const place = pick(PLACES, number);
  const subject = pick(SUBJECTS, number * 7);
  const people = Array.from({ length: 5 }, (_, index) => {
    const name = `${pick(GIVEN, number + index * 2)} ${pick(FAMILY, number * 3 + index)}`;
    const role = pick(ROLES, number + index);
    return {
      id: `person-${index + 1}`,
      // The fifth speaks only on condition of anonymity.
      ...(index === 4 ? { anonymous: true } : { name }),
      role,
      affiliation: index % 2 === 0 ? `The government of ${place.country}` : `${place.city} council`,
      group: index === 0 ? 'mediator' : 'other',
      presence: index === 3 ? 'absent' : 'present',
      mentions: [index === 4 ? 'an official who asked not to be named' : name],
    };
  });
  const [first, second, third, fourth, anonymous] = people.map((person) => person.mentions[0]!);
  const quotes = [
    {
      id: 'not-the-last-word',
      text: `This is not the last word on ${subject}`,
      speakerId: 'person-1',
      sectionId: 'opening',
      paragraph: 1,
    },
    {
      id: 'we-will-pay-our-share',
      text: `We will pay our share, and not a cent more, in ${place.city}`,
      speakerId: 'person-5',
      sectionId: 'the-money',
      paragraph: 0,
    },
  ];
  const aspects = [ASPECTS[0]!, pick(ASPECTS, number + 1), pick(ASPECTS, number + 2)];
  const titles = [...new Set(aspects)].length === 3 ? aspects : [ASPECTS[0]!, 'Why now', 'Next'];
  const sectionIds = ['the-money', `part-2-${number % 97}`, `part-3-${number % 89}`];
  const paragraph = (lead: string) => `${lead} ${paragraphAbout(place.city, subject, number)}`;
  const sections = [
    {
      id: 'opening',
      paragraphs: [
        paragraph(`${first} opened the meeting on ${subject} with a short statement.`),
        `“${quotes[0]!.text},” said ${first}, who chaired the session. ${second} answered that the council would study any draft line by line before it agreed to anything.`,
        paragraph(`Neither side expected a final agreement this month.`),
      ],
    },
    ...sectionIds.map((id, index) => ({
      id,
      title: `${titles[index]!}: ${subject}`,
      paragraphs:
        index === 0
          ? [
              `“${quotes[1]!.text},” said ${anonymous}, describing the government’s offer.`,
              paragraph(`${third} said the budget had room for part of the cost.`),
              paragraph(`The council asked for the figures in writing.`),
            ]
          : [
              paragraph(`${index === 1 ? fourth : second} raised the question again.`),
              paragraph(`Observers from neighbouring regions followed the session.`),
              paragraph(`A further round was set for next month.`),
              paragraph(`Residents who spoke to reporters were divided.`),
            ],
    })),
  ];
  const published = publishedAt(number, place.offset);
  const updated = number % 5 === 0 ? publishedAt(number - 0.5, place.offset) : undefined;
  const json = {
    slug: newsroomSlug(number),
    headline: `${place.city} talks on ${subject} end without a deal (${number})`,
    standfirst: `Negotiators in ${place.city} spent the week on ${subject}; story ${number} of a generated newsroom for the bench.`,
    source: 'The Reader, generated',
    publishedAt: published,
    ...(updated
      ? {
          updatedAt: updated,
          updates: [
            {
              at: updated,
              kind: 'update',
              text: 'Adds the council’s reply.',
              sectionIds: [sectionIds[0]!],
            },
          ],
        }
      : {}),
    timeZoneLabel: place.zone,
    location: place.city,
    sections,
    participants: people,
    quotes,
  };
  const parsed = parseArticle(json);
  if (!parsed.ok) {
    const problems = parsed.problems.slice(0, 10).map((p) => `${p.path}: ${p.message}`);
    throw new Error(`Newsroom story ${number} fails the schema:\n${problems.join('\n')}`);
  }
  return json;
}

/** Copies `from` (the bundled site) to `to` with `count` newsroom stories added. */
export function writeNewsroom(from: string, to: string, count: number): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  for (let number = 1; number <= count; number += 1) {
    const story = buildNewsroomStory(number);
    writeFileSync(join(to, 'articles', `${story.slug}.json`), JSON.stringify(story, null, 2));
  }
}

/**
 * Changes the text of one story in a newsroom written by `writeNewsroom`, as an editor fixing a
 * sentence would: one paragraph of one section, nothing else (no id, date or headline).
 */
export function changeOneStory(dir: string, number: number, words: string): void {
  const file = join(dir, 'articles', `${newsroomSlug(number)}.json`);
  const story = JSON.parse(readFileSync(file, 'utf8')) as ReturnType<typeof buildNewsroomStory>;
  const section = story.sections[2]!;
  section.paragraphs[1] = `${section.paragraphs[1]} ${words}`;
  writeFileSync(file, JSON.stringify(story, null, 2));
}

/**
 * A short item of one paragraph, published `number` days before the bundled story: enough of
 * them fill the home page and go on to `/page/2` (the browser suite's content), at one share
 * card each.
 */
export function buildBrief(number: number) {
  const place = pick(PLACES, number);
  const json = {
    slug: `brief-${pad(number)}`,
    headline: `In brief: ${pick(SUBJECTS, number)} in ${place.city} (${number})`,
    standfirst: `A short item from ${place.city}, ${number} days before the talks in Istanbul.`,
    source: 'The Reader, generated',
    publishedAt: new Date(Date.UTC(2025, 4, 16, 9) - number * 24 * 60 * 60 * 1000)
      .toISOString()
      .replace('.000Z', 'Z'),
    sections: [
      { id: 'opening', paragraphs: [paragraphAbout(place.city, pick(SUBJECTS, number), number)] },
    ],
    participants: [],
    quotes: [],
  };
  const parsed = parseArticle(json);
  if (!parsed.ok)
    throw new Error(`Brief ${number} fails the schema: ${parsed.problems[0]?.message}`);
  return json;
}
