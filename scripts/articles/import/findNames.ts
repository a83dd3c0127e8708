import nlp from 'compromise';
import { countryOf, NOT_NAMES, TITLE_WORDS } from './lexicon';
import { wholePhrase } from './sentences';

/** Someone or something the text names or describes, with the exact phrases it uses. */
export type Candidate = {
  kind: 'person' | 'organisation';
  /** Omitted for an unnamed source. */
  name?: string;
  anonymous: boolean;
  /** Exact phrases from the text, the fullest first. */
  mentions: string[];
};

const NAME_WORD = "\\p{Lu}[\\p{L}'’-]+";
const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}`;
/** Either case of a title word's first letter: "President Vladimir Putin", "spokesperson Tammy Bruce". */
const titleWord = (word: string) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`;
const AFTER_TITLE = new RegExp(
  `\\b(?:${[...TITLE_WORDS].map(titleWord).join('|')})\\s+(${NAME})`,
  'gu',
);
const ORGANISATION = new RegExp(
  `((?:\\p{Lu}[\\p{L}.&'’-]*\\s+){1,4}(?:Department|Ministry|Office|Agency|Council|Commission|Company|Committee|Parliament|Government|Bank|Union|Organisation|Organization|Foundation|Institute|Corporation|Party|Authority|Court|[Aa]dministration|government))\\b|(Ministry of(?: the)?(?: \\p{Lu}\\p{L}+)+)`,
  'gu',
);
const UNNAMED_NOUN = '(source|official|diplomat|insider|spokesperson|spokesman|spokeswoman)';
const UNNAMED = new RegExp(
  `\\b(?:[Aa]n?|[Oo]ne)\\s+(?:(?:[\\p{Ll}-]+|\\p{Lu}[\\p{L}.]+)\\s+){0,3}${UNNAMED_NOUN}\\b(?!s)(?!,?\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu})`,
  'gu',
);
const SAME_UNNAMED = new RegExp(`\\b[Tt]he same ${UNNAMED_NOUN}\\b`, 'gu');

/** Occurrences of a phrase as whole words. */
const countIn = (text: string, phrase: string) =>
  [...text.matchAll(wholePhrase(phrase, 'gu'))].length;

/** A name as the text writes it, without the title, possessive and punctuation around it. */
function cleanName(raw: string): string | undefined {
  const words = raw
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}.'’ -]/gu, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/^[.'’-]+|[.,'’-]+$/g, ''))
    .filter((word) => word !== '');
  while (words[0] !== undefined && TITLE_WORDS.has(words[0].toLowerCase())) words.shift();
  const stop = words.findIndex((word) => NOT_NAMES.has(word) || !/^\p{Lu}/u.test(word));
  const name = (stop < 0 ? words : words.slice(0, stop)).join(' ');
  if (name === '' || countryOf(name) !== undefined) return undefined;
  return name;
}

function peopleIn(paragraphs: string[]): string[] {
  const names: string[] = [];
  for (const paragraph of paragraphs) {
    for (const raw of nlp(paragraph).people().out('array') as string[]) {
      const name = cleanName(raw);
      if (name) names.push(name);
    }
    for (const match of paragraph.matchAll(AFTER_TITLE)) {
      const name = cleanName(match[1] ?? '');
      // One capitalised word after a title is as often a place or a body as a surname.
      if (name?.includes(' ')) names.push(name);
    }
  }
  return names;
}

/**
 * Named people: from compromise's `.people()` and from names written after a title ("Foreign
 * Minister Hakan Fidan"), which it can miss. A surname alone joins the full name it ends, and
 * becomes a mention of its own where the text uses it alone.
 */
function findPeople(paragraphs: string[]): Candidate[] {
  const text = paragraphs.join('\n');
  const names = [...new Set(peopleIn(paragraphs))];
  const full = names.filter((name) => name.includes(' '));
  const lastWord = (name: string) => name.split(' ').at(-1) ?? name;
  const people: Candidate[] = [];
  for (const name of full) {
    if (full.some((other) => other !== name && other.endsWith(` ${name}`))) continue;
    const surname = lastWord(name);
    const shared = full.filter((other) => lastWord(other) === surname).length > 1;
    const alone = !shared && countIn(text, surname) > countIn(text, name);
    people.push({
      kind: 'person',
      name,
      anonymous: false,
      mentions: alone ? [name, surname] : [name],
    });
  }
  for (const name of names) {
    if (name.includes(' ') || full.some((other) => lastWord(other) === name)) continue;
    people.push({ kind: 'person', name, anonymous: false, mentions: [name] });
  }
  return people.filter((person) => person.mentions.every((mention) => countIn(text, mention) > 0));
}

function findOrganisations(paragraphs: string[], people: Candidate[]): Candidate[] {
  const names = new Set<string>();
  for (const paragraph of paragraphs) {
    const found = [
      ...(nlp(paragraph).organizations().out('array') as string[]),
      ...[...paragraph.matchAll(ORGANISATION)].map((match) => match[1] ?? match[2] ?? ''),
    ];
    for (const raw of found) {
      const words = raw
        .replace(/['’]s\b|[,;:!?]+$|\.$(?<!\b\p{Lu}\.)/gu, '')
        .trim()
        .split(/\s+/);
      while (words[0] !== undefined && NOT_NAMES.has(words[0])) words.shift();
      const name = words.join(' ');
      const isPlace = words.every((word) => countryOf(word) !== undefined);
      if (name !== '' && !isPlace && !people.some((person) => person.name === name))
        names.add(name);
    }
  }
  const text = paragraphs.join('\n');
  // A shorter name inside a longer one ("Department" in "State Department") is the same body.
  return [...names]
    .filter((name) => countIn(text, name) > 0)
    .filter((name) => ![...names].some((other) => other !== name && other.includes(name)))
    .map((name) => ({ kind: 'organisation', name, anonymous: false, mentions: [name] }));
}

/**
 * Unnamed sources ("a Ukrainian diplomatic source", "an official"), each with the phrases that
 * later refer back to it ("The same source").
 */
function findUnnamed(paragraphs: string[]): Candidate[] {
  const unnamed: (Candidate & { noun: string })[] = [];
  for (const paragraph of paragraphs) {
    const found = [
      ...[...paragraph.matchAll(UNNAMED)].map((match) => ({ match, again: false })),
      ...[...paragraph.matchAll(SAME_UNNAMED)].map((match) => ({ match, again: true })),
    ].sort((a, b) => a.match.index - b.match.index);
    for (const { match, again } of found) {
      const noun = match[1] ?? '';
      const earlier = unnamed.findLast((candidate) => candidate.noun === noun);
      const same = again
        ? earlier
        : unnamed.find((candidate) => candidate.mentions[0] === match[0]);
      if (same) {
        if (!same.mentions.includes(match[0])) same.mentions.push(match[0]);
      } else if (!again) {
        unnamed.push({ kind: 'person', anonymous: true, mentions: [match[0]], noun });
      }
    }
  }
  return unnamed.map(({ noun: _noun, ...candidate }) => candidate);
}

/** Everyone and everything the text names, and the sources it leaves unnamed. */
export function findNames(paragraphs: string[]): Candidate[] {
  const people = findPeople(paragraphs);
  return [...people, ...findOrganisations(paragraphs, people), ...findUnnamed(paragraphs)];
}
