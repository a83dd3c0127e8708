import { describe, expect, it } from 'vitest';
import { describeParticipants } from '../../scripts/articles/import/describeParticipants';
import { dropFurniture } from '../../scripts/articles/import/dropFurniture';
import { findNames } from '../../scripts/articles/import/findNames';
import { findQuotes } from '../../scripts/articles/import/findQuotes';
import { sectionId } from '../../scripts/articles/import/ids';
import type { Line } from '../../scripts/articles/import/page';
import { readInstant } from '../../scripts/articles/import/readDates';

const text = (value: string): Line => ({ kind: 'text', text: value });

describe('readInstant', () => {
  it.each([
    ['Published 16 May 2025 at 18:22 IST', '2025-05-16T18:22:00+05:30', 'IST'],
    ['Updated: May 16, 2025, 6:22 p.m. EDT', '2025-05-16T18:22:00-04:00', 'EDT'],
    ['Friday 16 May 2025 18.22 BST', '2025-05-16T18:22:00+01:00', 'BST'],
    ['16 May 2025, 12:05 a.m. MSK', '2025-05-16T00:05:00+03:00', 'MSK'],
    ['2025-05-16 18:22 CEST', '2025-05-16T18:22:00+02:00', 'CEST'],
    ['16 May 2025 18:22 GMT+3', '2025-05-16T18:22:00+03:00', 'UTC+03:00'],
  ])('reads "%s" as %s (%s)', (written, iso, zoneLabel) => {
    expect(readInstant({ text: written })).toEqual({ iso, zoneLabel });
  });

  it('shows a <time> element’s instant in the zone its text names', () => {
    expect(
      readInstant({ text: '4 March 2031, 09:15 EET', datetime: '2031-03-04T07:15:00Z' }),
    ).toEqual({ iso: '2031-03-04T09:15:00+02:00', zoneLabel: 'EET' });
  });

  it('reports a zone it does not know, and a date with no zone, instead of guessing', () => {
    expect(readInstant({ text: '16 May 2025 at 18:22 ET' })).toEqual({
      problem:
        '"16 May 2025 at 18:22 ET" names the time zone ET, which the import does not know: it does not guess its offset',
    });
    expect(readInstant({ text: '16 May 2025 at 18:22' })).toEqual({
      problem: '"16 May 2025 at 18:22" names no time zone: the import does not guess one',
    });
  });
});

describe('dropFurniture', () => {
  it('drops prompts and ads but keeps subheads that share their first word', () => {
    const lines = [
      'Advertisement',
      'Follow: Example News on Social',
      'Share this article',
      'Also read: Another invented story',
      'Share prices fall in Exampletown',
      'Follow the money',
    ].map(text);

    expect(dropFurniture(lines).lines.map((line) => line.text)).toEqual([
      'Share prices fall in Exampletown',
      'Follow the money',
    ]);
  });
});

describe('quotes and their speakers', () => {
  const speakersOf = (paragraph: string) => {
    const sections = [{ id: 'opening', paragraphs: [paragraph] }];
    const { participants } = describeParticipants(findNames([paragraph]), [paragraph]);
    return findQuotes(sections, participants).quotes.map(({ text, speakerId }) => [
      text,
      speakerId,
    ]);
  };

  it.each([
    ['"We will sign," said Foreign Minister Anna Testperson.', 'We will sign', 'anna-testperson'],
    ['“We will sign,” Foreign Minister Anna Testperson said.', 'We will sign', 'anna-testperson'],
    [
      'According to Foreign Minister Anna Testperson, the deal was «nearly done».',
      'nearly done',
      'anna-testperson',
    ],
    [
      'Foreign Minister Anna Testperson told reporters: „Wir unterschreiben.“',
      'Wir unterschreiben.',
      'anna-testperson',
    ],
    ['Foreign Minister Anna Testperson: "We will sign."', 'We will sign.', 'anna-testperson'],
  ])('%s', (paragraph, quote, speaker) => {
    expect(speakersOf(paragraph)).toEqual([[quote, speaker]]);
  });

  it('gives a participle’s quote to the sentence’s subject, not the name nearest to it', () => {
    expect(
      speakersOf(
        'Envoy Omar Sample criticised the decision to bar adviser Lea Example, saying: "Why?"',
      ),
    ).toEqual([['Why?', 'omar-sample']]);
  });

  it('leaves out quoted words with no speaker', () => {
    expect(speakersOf('The plan was called "bold" in the papers.')).toEqual([]);
  });
});

describe('sectionId', () => {
  it('makes ids from titles, unique and clear of the prefixes links use', () => {
    const taken = new Set(['opening']);

    expect(sectionId('Friday’s Talks, Día 2', taken)).toBe('fridays-talks-dia-2');
    expect(sectionId('Friday’s talks, día 2', taken)).toBe('fridays-talks-dia-2-2');
    expect(sectionId('Quote of the day', taken)).toBe('section-quote-of-the-day');
  });
});
