import { describe, expect, it } from 'vitest';
import { nativeLanguageName } from '../../src/lib/i18n/languageNames';
import { formatList } from '../../src/features/articles/model/seating';
import { number } from '../../src/lib/i18n/messageRuntime';

// An English page writes these by hand, sparing a phone Intl's first use: word for word as Intl.
describe('what an English page writes without Intl', () => {
  it('joins a list as British English does', () => {
    const intl = new Intl.ListFormat('en-GB', { type: 'conjunction' });
    const items = ['Russia', 'Ukraine', 'Turkey', 'the United States', 'the European Union'];
    for (let length = 0; length <= items.length; length += 1) {
      expect(formatList(items.slice(0, length), 'en')).toBe(intl.format(items.slice(0, length)));
    }
    expect(formatList(['Росія', 'Україна', 'Туреччина'], 'uk')).toBe('Росія, Україна і Туреччина');
  });

  it('counts in a plural as Intl writes the number, grouping and fractions included', () => {
    for (const value of [-12, 0, 1, 7, 999, 1000, 12_345, 2.5, 0.125]) {
      expect(number('en', value, 0)).toBe(new Intl.NumberFormat('en').format(value));
    }
    expect(number('en', 5, 1)).toBe('4');
    expect(number('ar', 3, 0)).toBe(new Intl.NumberFormat('ar').format(3));
  });

  it('names a language in itself, from its catalog or else from Intl', () => {
    expect(nativeLanguageName('uk')).toBe('Українська');
    expect(nativeLanguageName('ar')).toBe('العربية');
    expect(nativeLanguageName('fr')).toBe('Français');
    expect(nativeLanguageName('pt-BR')).toBe('Português (Brasil)');
  });
});
