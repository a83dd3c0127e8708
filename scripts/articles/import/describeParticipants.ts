import type { Participant, Presence } from '../../../src/features/articles/model/articleSchema';
import type { Candidate } from './findNames';
import { toId, uniqueId } from './ids';
import { countryOf, LEADER_TITLES, NOT_NAMES, TITLE_WORDS } from './lexicon';
import { noNotes, type Notes } from './page';
import { literal, sentences, wholePhrase } from './sentences';

/** What a draft says where the text does not: the editor fills it in (the report says so). */
export const NOT_STATED = 'Not stated';

const ABSENT =
  /\b(?:did not|didn't|would not|wouldn't|will not|won't|could not|couldn't) attend\b|\b(?:was|were) absent\b|\bneither\b.*\bnor\b.*\battended\b|\bstayed away\b|\bskipped the\b/i;
const PRESENT =
  /\battended\b|\b(?:was|were) present\b|\btook part\b|\bjoined the talks\b|\bchaired\b|\bat the table\b/i;
const NEGATION = /\b(?:not|neither|nor|never)\b|n't\b/i;
const MEDIATOR = /\bmediat(?:or|ors|ed|ing|ion)\b|\bchaired\b|\bhosted the talks\b/i;
const POSSESSIVES = new Set(['his', 'her', 'its', 'their']);

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type Mentioned = { sentence: string; index: number; mention: string };

/** A title read backwards from a name: "Turkish Foreign Minister", "senior U.S. adviser". */
type Title = { role?: string; affiliation?: string; borrows: boolean };

function titleBefore(words: string[]): Title {
  const role: string[] = [];
  const prefix: string[] = [];
  let country: string | undefined;
  let borrows = false;
  for (const word of words.toReversed()) {
    const place = countryOf(word);
    if (place !== undefined) {
      country ??= place;
      if (prefix.length > 0) prefix.unshift(word);
      continue;
    }
    const isTitleWord = TITLE_WORDS.has(word.toLowerCase()) || (word === 'of' && role.length > 0);
    if (prefix.length === 0 && isTitleWord) {
      role.unshift(word);
      continue;
    }
    if (role.length > 0 && /^\p{Lu}/u.test(word) && !NOT_NAMES.has(word)) {
      prefix.unshift(word);
      continue;
    }
    // "his adviser X", "A and intelligence chief X": X's side is the one named just before.
    borrows = role.length > 0 && (POSSESSIVES.has(word.toLowerCase()) || word === 'and');
    break;
  }
  const affiliation = prefix.length > 0 ? prefix.join(' ') : country;
  return {
    ...(role.length > 0 ? { role: sentenceCase(role.join(' ')) } : {}),
    ...(affiliation !== undefined ? { affiliation } : {}),
    borrows,
  };
}

/** An unnamed source's phrase: "a Ukrainian diplomatic source" is a diplomatic source of Ukraine. */
function titleOfUnnamed(phrase: string): Title {
  const words = phrase.split(' ').slice(1);
  const country = words.map(countryOf).find((place) => place !== undefined);
  const role = words.filter((word) => countryOf(word) === undefined).join(' ');
  return { role: sentenceCase(role), ...(country ? { affiliation: country } : {}), borrows: false };
}

/** "The ferry company's director, Tomas Fenwick, …": a title set off by commas before the name. */
function titleInApposition(before: string): Title | undefined {
  if (!before.endsWith(', ')) return undefined;
  const words = (before.slice(0, -2).split(',').at(-1) ?? '').trim().split(/\s+/);
  const role: string[] = [];
  while (words.length > 0 && TITLE_WORDS.has(words.at(-1)?.toLowerCase() ?? '')) {
    role.unshift(words.pop() ?? '');
  }
  if (role.length === 0) return undefined;
  while (words[0] !== undefined && /^(?:the|a|an)$/i.test(words[0])) words.shift();
  const owner = words.join(' ');
  const affiliation = /['’]s$/.test(owner)
    ? sentenceCase(owner.replace(/['’]s$/, ''))
    : words.map(countryOf).find((place) => place !== undefined);
  return {
    role: sentenceCase(role.join(' ')),
    ...(affiliation ? { affiliation } : {}),
    borrows: false,
  };
}

function mentionsIn(paragraphs: string[], candidate: Candidate): Mentioned[] {
  const found: Mentioned[] = [];
  for (const paragraph of paragraphs) {
    for (const { text } of sentences(paragraph)) {
      for (const mention of candidate.mentions) {
        const match = wholePhrase(mention).exec(text);
        if (match) found.push({ sentence: text, index: match.index, mention });
      }
    }
  }
  return found;
}

type Described = {
  candidate: Candidate;
  mentioned: Mentioned[];
  title: Title;
  /** The sentence the title was read from. */
  titleFrom?: string;
};

function describe(paragraphs: string[], candidate: Candidate): Described {
  const mentioned = mentionsIn(paragraphs, candidate);
  const first = mentioned[0];
  if (first === undefined) return { candidate, mentioned, title: { borrows: false } };
  if (candidate.anonymous) {
    return {
      candidate,
      mentioned,
      title: titleOfUnnamed(first.mention),
      titleFrom: first.sentence,
    };
  }
  if (candidate.kind === 'organisation') return { candidate, mentioned, title: { borrows: false } };
  const withTitle = mentioned
    .map((at) => {
      const before = at.sentence.slice(0, at.index);
      const title = titleInApposition(before) ?? titleBefore(before.split(/\s+/).filter(Boolean));
      return { at, title };
    })
    .find(({ title }) => title.role !== undefined);
  if (withTitle === undefined) return { candidate, mentioned, title: { borrows: false } };
  return { candidate, mentioned, title: withTitle.title, titleFrom: withTitle.at.sentence };
}

/** The side named just before someone whose title says "his adviser" or "and … chief". */
function borrowedAffiliation(described: Described, everyone: Described[]): string | undefined {
  const sentence = described.titleFrom;
  if (sentence === undefined) return undefined;
  const at = described.mentioned.find((entry) => entry.sentence === sentence)?.index ?? 0;
  let nearest: { index: number; affiliation: string } | undefined;
  for (const other of everyone) {
    if (other === described || other.title.affiliation === undefined) continue;
    for (const entry of other.mentioned) {
      if (entry.sentence !== sentence || entry.index >= at) continue;
      if (nearest === undefined || entry.index > nearest.index) {
        nearest = { index: entry.index, affiliation: other.title.affiliation };
      }
    }
  }
  return nearest?.affiliation;
}

function cueFor(described: Described, test: (mentioned: Mentioned) => boolean) {
  return described.mentioned.find(test)?.sentence;
}

/**
 * Participants from the names found: role and affiliation from the title before a name (or
 * borrowed from the person it sits beside), then `group`, `side` and `presence` from plain cues
 * in the sentences that mention them: "mediator", "led the delegation", "sent his adviser",
 * "did not attend", "refused to allow … to join". Every one of these is a guess, reported with
 * its sentence; what no cue gives is left as `other` and `not-stated`.
 */
export function describeParticipants(
  candidates: Candidate[],
  paragraphs: string[],
): { participants: Participant[]; notes: Notes } {
  const notes = noNotes();
  const everyone = candidates.map((candidate) => describe(paragraphs, candidate));
  for (const described of everyone) {
    if (described.title.borrows && described.title.affiliation === undefined) {
      const affiliation = borrowedAffiliation(described, everyone);
      if (affiliation !== undefined) described.title = { ...described.title, affiliation };
    }
  }
  const taken = new Set<string>();
  const participants = everyone.map((described): Participant => {
    const { candidate, title } = described;
    const label = candidate.name ?? candidate.mentions[0] ?? 'participant';
    const id = uniqueId(toId(candidate.name ?? label.replace(/^\S+\s/, '')), taken, 'participant');
    const guess = (field: string, value: string, from: string | undefined) => {
      if (from !== undefined) notes.guesses.push({ field: `${id}.${field}`, value, from });
    };
    const role = title.role ?? NOT_STATED;
    const affiliation = title.affiliation ?? NOT_STATED;
    guess('role', role, title.role && described.titleFrom);
    guess('affiliation', affiliation, title.affiliation && described.titleFrom);
    if (title.role === undefined || title.affiliation === undefined) {
      notes.checks.push(
        `${id}: ${[title.role === undefined && 'role', title.affiliation === undefined && 'affiliation'].filter(Boolean).join(' and ')} not found in the text ("${NOT_STATED}" in the draft)`,
      );
    }

    const refused = cueFor(described, ({ sentence, mention }) =>
      new RegExp(
        `\\brefus\\w*\\s+to\\s+(?:allow|let|admit)\\s+(?:\\S+\\s+){0,5}?${literal(mention)}\\s+(?:to\\s+)?(?:join|enter|attend|in)\\b|${literal(mention)}\\b[^.]{0,30}\\b(?:was|were)\\s+(?:refused|denied)\\s+entry`,
      ).test(sentence),
    );
    const sent = cueFor(described, ({ sentence, mention }) =>
      new RegExp(
        `\\bsent\\s+(?:his|her|its|their)\\s+(?:\\S+\\s+){0,4}?${literal(mention)}|\\brepresented\\s+by\\s+${literal(mention)}|${literal(mention)}\\b[^.]{0,40}\\b(?:led|leads|headed|heads)\\b[^.]{0,20}\\bdelegation|\\bdelegation\\b[^.]{0,30}\\b(?:led|headed)\\s+by\\s+${literal(mention)}`,
      ).test(sentence),
    );
    const absent = cueFor(described, ({ sentence }) => ABSENT.test(sentence));
    const present = cueFor(
      described,
      ({ sentence }) => PRESENT.test(sentence) && !NEGATION.test(sentence),
    );
    const mediator = cueFor(described, ({ sentence }) => MEDIATOR.test(sentence));

    let presence: Presence = 'not-stated';
    const presenceFrom = refused ?? absent ?? sent ?? present;
    if (refused) presence = 'refused';
    else if (absent) presence = 'absent';
    else if (sent || present) presence = 'present';
    guess('presence', presence, presenceFrom);

    const side = title.affiliation;
    const base = {
      id,
      ...(candidate.name !== undefined ? { name: candidate.name } : {}),
      role,
      affiliation,
      kind: candidate.kind,
      anonymous: candidate.anonymous,
      presence,
      mentions: candidate.mentions,
    };
    if (sent && side !== undefined) {
      guess('group', 'delegation', sent);
      guess('side', side, sent);
      return { ...base, group: 'delegation', side };
    }
    if (sent)
      notes.checks.push(
        `${id}: reads as a member of a delegation, but no side was found: left as "other"`,
      );
    if (mediator) {
      guess('group', 'mediator', mediator);
      return { ...base, group: 'mediator' };
    }
    if (absent && LEADER_TITLES.test(role)) {
      guess('group', 'absent-leader', absent);
      return { ...base, group: 'absent-leader' };
    }
    return { ...base, group: 'other' };
  });
  return { participants, notes };
}
