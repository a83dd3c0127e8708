import { openingWords } from '../../../src/lib/text';
import type { Guess } from './page';

export type Report = {
  found: string[];
  /** Lines of page furniture left out, with what each was taken for. */
  dropped: { text: string; as: string }[];
  guesses: Guess[];
  checks: string[];
};

const FROM_LENGTH = 110;

/** Guesses read from the same words for the same thing, as one line: "role …, group … ← sentence". */
function groupGuesses(guesses: Guess[]): string[] {
  const lines = new Map<string, { subject: string; values: string[]; from: string }>();
  for (const { field, value, from } of guesses) {
    const [subject = field, name] = field.includes('.') ? field.split('.') : [field];
    const key = `${subject}\n${from}`;
    const entry = lines.get(key) ?? { subject, values: [], from };
    entry.values.push(name === undefined ? `"${value}"` : `${name} "${value}"`);
    lines.set(key, entry);
  }
  return [...lines.values()].map(
    ({ subject, values, from }) =>
      `  ${subject}: ${values.join(', ')} ← ${from.startsWith('the ') || from.startsWith('continues') ? openingWords(from, FROM_LENGTH) : `"${openingWords(from, FROM_LENGTH)}"`}`,
  );
}

/** The report the import prints: what it found, what it guessed and from which words, what to check. */
export function formatReport(report: Report): string {
  const lines = [`Found: ${report.found.join('; ')}.`];
  if (report.dropped.length > 0) {
    lines.push(
      `Dropped ${report.dropped.length} line${report.dropped.length === 1 ? '' : 's'} of page furniture: ${report.dropped.map(({ text, as }) => `"${openingWords(text, 40)}" (${as})`).join(', ')}.`,
    );
  }
  if (report.guesses.length > 0) {
    lines.push(
      'Guessed (check each against the words it came from):',
      ...groupGuesses(report.guesses),
    );
  }
  const checks = [...new Set(report.checks)];
  if (checks.length > 0) lines.push('Check:', ...checks.map((check) => `  - ${check}`));
  return lines.join('\n');
}
