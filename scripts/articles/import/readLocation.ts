import type { Section } from '../../../src/features/articles/model/articleSchema';
import { sentences } from './sentences';
import type { Guess } from './page';

/** "ISTANBUL — …", "KYIV, May 16 (Reuters) — …": a place in capitals before a dash. */
const DATELINE =
  /^(\p{Lu}[\p{Lu}'’.]+(?: \p{Lu}[\p{Lu}'’.]+)*)(?:,[^—–()]{1,20}?)?\s*(?:\([^)]{1,40}\))?\s*(?:—|–|--|-)\s/u;
/** "Istanbul (Reuters) — …": a place in ordinary case needs the agency to read as a dateline. */
const AGENCY_DATELINE =
  /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*)(?:,[^—–()]{1,20}?)?\s*\([^)]{1,40}\)\s*(?:—|–|--|-)\s/u;
const HELD_IN =
  /\b(?:held|took place|met|meeting|talks|summit) in (\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)*)/u;
/** A caption that is only a place: "Donetsk, Ukraine". */
const PLACE =
  /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*)?$/u;

const titleCase = (text: string) =>
  text === text.toUpperCase()
    ? text
        .toLowerCase()
        .replace(
          /(^|[\s-])(\p{L})/gu,
          (_, space: string, letter: string) => space + letter.toUpperCase(),
        )
    : text;

/**
 * Where the story happened: the dateline that opens the text; else a place where the opening
 * says the meeting was held; else the lead image's caption when it names only a place. The
 * last two are guesses.
 */
export function readLocation(
  sections: Section[],
  caption: string | undefined,
): { location?: string; guess?: Guess } {
  const opening = sections[0]?.paragraphs ?? [];
  const first = opening[0] ?? '';
  const dateline = DATELINE.exec(first) ?? AGENCY_DATELINE.exec(first);
  if (dateline?.[1] !== undefined) return { location: titleCase(dateline[1]) };
  for (const paragraph of opening) {
    for (const sentence of sentences(paragraph)) {
      const place = HELD_IN.exec(sentence.text)?.[1];
      if (place !== undefined) {
        return { location: place, guess: { field: 'location', value: place, from: sentence.text } };
      }
    }
  }
  if (caption !== undefined && PLACE.test(caption)) {
    return {
      location: caption,
      guess: { field: 'location', value: caption, from: `the lead image's caption "${caption}"` },
    };
  }
  return {};
}
