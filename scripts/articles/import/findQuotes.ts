import type {
  Participant,
  Quote,
  Section,
} from '../../../src/features/articles/model/articleSchema';
import { toId, uniqueId } from './ids';
import { noNotes, type Notes } from './page';
import { quoteSpans, sentences, wholePhrase, type Span } from './sentences';

const SPEECH =
  '(?:said|says|told|added|asked|wrote|explained|warned|insisted|argued|replied|noted|stated|declared|described|called)';
/** The verb that attributes a quote, and a participle ("…, saying:") whose speaker is the sentence's subject. */
const SPEECH_VERB = new RegExp(`\\b${SPEECH}\\b`, 'g');
const PARTICIPLE = /\b(?:saying|adding|noting|warning|insisting|arguing|writing)\b/g;
const ACCORDING_TO = /\baccording to\b/gi;

/**
 * The words of a quote as an editor keeps them: without the comma that hands over to "said", and
 * without a closing full stop when the quote is a fragment of the writer's sentence.
 */
function quoteText(inner: string): string {
  let text = inner.trim().replace(/,$/, '');
  if (/^\p{Ll}/u.test(text)) text = text.replace(/\.$/, '');
  return text.trim();
}

type Found = { participant: Participant; index: number };

/** Where participants are mentioned in a stretch of text, in order. */
function mentionsIn(text: string, participants: Participant[]): Found[] {
  const found: Found[] = [];
  for (const participant of participants) {
    for (const mention of participant.mentions) {
      for (const match of text.matchAll(wholePhrase(mention, 'gu')))
        found.push({ participant, index: match.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The text with every quotation blanked out, so names and verbs inside quotes are not read. */
const blankQuotes = (paragraph: string, quotes: Span[]) =>
  quotes.reduce(
    (text, quote) =>
      text.slice(0, quote.start) + ' '.repeat(quote.end - quote.start) + text.slice(quote.end),
    paragraph,
  );

const lastMatch = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].at(-1);
const firstMatch = (text: string, pattern: RegExp) => [...text.matchAll(pattern)][0];

/**
 * In "said State Department spokesperson Tammy Bruce", the speaker ends the phrase after the
 * verb: the last mention before the phrase's first comma or stop.
 */
function saidBy(text: string, verbAt: number, found: Found[]): Found | undefined {
  // A full stop after a single capital is an initial ("U.S."), not the phrase's end.
  const phraseEnd = /[,;:]|(?<!\b\p{Lu})\.(?=\s|$)/u.exec(text.slice(verbAt))?.index;
  const end = phraseEnd === undefined ? text.length : verbAt + phraseEnd;
  return found.findLast((entry) => entry.index > verbAt && entry.index < end);
}

/**
 * The speaker of a quote from the attribution around it in its sentence: "…," said X; X said
 * "…"; according to X; X told …; X: "…"; X described … as "…"; X …, saying: "…".
 */
function attribute(
  sentence: Span,
  quote: Span,
  blanked: string,
  participants: Participant[],
): Participant | undefined {
  const before = blanked.slice(sentence.start, quote.start);
  const after = blanked.slice(quote.end, sentence.end);
  const inBefore = mentionsIn(before, participants);
  const inAfter = mentionsIn(after, participants);

  const accordingBefore = lastMatch(before, ACCORDING_TO);
  const accordingAfter = firstMatch(after, ACCORDING_TO);
  const according = accordingBefore
    ? inBefore.find((entry) => entry.index > accordingBefore.index)
    : accordingAfter && inAfter.find((entry) => entry.index > accordingAfter.index);
  if (according) return according.participant;
  // A quote that opens its sentence is attributed after it: '"…," said X.' or '"…," X said.'
  if (before.trim() === '') {
    const verb = firstMatch(after, SPEECH_VERB);
    if (verb === undefined) return undefined;
    return (
      saidBy(after, verb.index, inAfter) ?? inAfter.findLast((entry) => entry.index < verb.index)
    )?.participant;
  }
  const participle = lastMatch(before, PARTICIPLE);
  if (participle) return inBefore.find((entry) => entry.index < participle.index)?.participant;
  const verb = lastMatch(before, SPEECH_VERB);
  if (verb) return inBefore.findLast((entry) => entry.index < verb.index)?.participant;
  if (/:\s*$/.test(before)) return inBefore.at(-1)?.participant;
  const afterVerb = firstMatch(after, SPEECH_VERB);
  if (afterVerb) return saidBy(after, afterVerb.index, inAfter)?.participant;
  return undefined;
}

/**
 * Direct quotes in straight, curly, angle and low-high quotation marks, each with its speaker from
 * the attribution around it, and its section and paragraph. A quote that follows another in the
 * same paragraph with no attribution of its own continues that speaker. Every speaker is a guess,
 * reported with its sentence; a quote with no speaker found is left out and reported.
 */
export function findQuotes(
  sections: Section[],
  participants: Participant[],
): { quotes: Quote[]; notes: Notes } {
  const notes = noNotes();
  const quotes: Quote[] = [];
  const taken = new Set<string>();
  for (const section of sections) {
    section.paragraphs.forEach((paragraph, index) => {
      const spans = quoteSpans(paragraph);
      const blanked = blankQuotes(paragraph, spans);
      const sentenceSpans = sentences(paragraph);
      let previous: Participant | undefined;
      for (const span of spans) {
        const text = quoteText(span.text);
        const sentence = sentenceSpans.find(
          (candidate) => span.start >= candidate.start && span.start < candidate.end,
        );
        if (text === '' || sentence === undefined) continue;
        const attributed = attribute(sentence, span, blanked, participants);
        const speaker = attributed ?? previous;
        if (speaker === undefined) {
          notes.checks.push(
            `No speaker found for the quote "${text}" (${section.id}, paragraph ${index}): left out`,
          );
          continue;
        }
        previous = speaker;
        const id = uniqueId(toId(text, 5), taken, 'quote');
        quotes.push({ id, text, speakerId: speaker.id, sectionId: section.id, paragraph: index });
        notes.guesses.push({
          field: `quote ${id}.speaker`,
          value: speaker.id,
          from: attributed ? sentence.text : `continues the quote before it: ${sentence.text}`,
        });
      }
    });
  }
  return { quotes, notes };
}
