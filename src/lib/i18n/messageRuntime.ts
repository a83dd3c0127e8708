import { number as intlNumber } from '@messageformat/runtime';

/**
 * What the compiled catalogs call (scripts/build/messageCatalogs.ts points them here): the
 * runtime of @messageformat, but for `#` in an English plural, written by hand as Intl writes it.
 * The first Intl number format costs a phone a long pause, and most pages are English.
 */
export * from '@messageformat/runtime';

export function number(locale: string, value: number, offset: number): string {
  const shown = value - offset;
  // Below 1,000 English writes an integer's digits alone, with no grouping separator.
  if (locale === 'en' && Number.isInteger(shown) && Math.abs(shown) < 1000) return String(shown);
  return intlNumber(locale, value, offset);
}
