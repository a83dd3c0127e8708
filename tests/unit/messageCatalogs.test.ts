import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Token } from '@messageformat/parser';
import { describe, expect, it } from 'vitest';
import { catalogMessages } from '../../scripts/build/catalogMessages';
import { CATALOG_DIR } from '../../scripts/build/messageCatalogs';
import { UI_LANGUAGES } from '../../src/lib/i18n/messages';

const read = (language: string) =>
  JSON.parse(readFileSync(join(CATALOG_DIR, `${language}.json`), 'utf8')) as Record<string, string>;
const english = read('en');

/** The placeholders a message fills in, and the plural forms it offers. */
function shape(message: string, locale: string) {
  const names = new Set<string>();
  const plurals = new Set<string>();
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'argument' || token.type === 'function') names.add(token.arg);
      if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
        names.add(token.arg);
        for (const kase of token.cases) {
          plurals.add(kase.key);
          walk(kase.tokens);
        }
      }
    }
  };
  walk(
    parse(message, { cardinal: new Intl.PluralRules(locale).resolvedOptions().pluralCategories }),
  );
  return { names: [...names].sort(), plurals: [...plurals].sort() };
}

describe('the message catalogs', () => {
  it('are one file for each language the reader ships', () => {
    const files = readdirSync(CATALOG_DIR).map((file) => file.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...UI_LANGUAGES].sort());
    expect(UI_LANGUAGES).toEqual(expect.arrayContaining(['en', 'uk', 'ru', 'ar']));
  });

  it.each(UI_LANGUAGES.filter((language) => language !== 'en'))(
    'has every key of the English catalog in %s, and no other',
    (language) => {
      expect(Object.keys(read(language)).sort()).toEqual(Object.keys(english).sort());
    },
  );

  it.each(UI_LANGUAGES)(
    'fills in the same placeholders as English in %s, with every plural form the language has',
    (language) => {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(read(language))) {
        const own = shape(message, language);
        expect(own.names, `${language}: ${key}`).toEqual(shape(english[key] ?? '', 'en').names);
        if (own.plurals.length > 0) {
          expect(own.plurals, `${language}: ${key}`).toEqual(
            expect.arrayContaining([...categories]),
          );
        }
      }
    },
  );

  it('counts in each language’s own plural forms', () => {
    const count = (language: string, n: number) =>
      catalogMessages(language)('updates.sinceLastVisit', { count: n });
    expect(count('en', 1)).toBe('1 section updated since your last visit');
    expect(count('en', 3)).toBe('3 sections updated since your last visit');
    expect(count('uk', 2)).toBe('2 розділи оновлено після вашого останнього візиту');
    expect(count('uk', 5)).toBe('5 розділів оновлено після вашого останнього візиту');
    expect(count('ru', 21)).toBe('21 раздел обновлён после вашего последнего визита');
    expect(count('ar', 2)).toBe('حُدّث قسمان منذ زيارتك الأخيرة');
  });

  it.each(UI_LANGUAGES)('names %s in itself as Intl does, for the language switch', (language) => {
    const intlName = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? '';
    const capitalised = intlName.charAt(0).toLocaleUpperCase(language) + intlName.slice(1);
    expect(read(language)['language.name']).toBe(capitalised);
  });
});
