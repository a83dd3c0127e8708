import { intlLocale } from '../language';

/**
 * "A, B and C" as `language` writes a list of things that go together. The house's British
 * English is written by hand, as Intl writes it; other languages ask Intl, whose first use costs
 * a phone a long pause, so an English page never pays it.
 */
export function formatList(items: readonly string[], language: string): string {
  if (language !== 'en') {
    return new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(items);
  }
  const last = items.at(-1);
  if (items.length < 2 || last === undefined) return last ?? '';
  return `${items.slice(0, -1).join(', ')} and ${last}`;
}
