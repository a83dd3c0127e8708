/** The language of the site's own pages, and of a story that does not name its own. */
export const DEFAULT_LANGUAGE = 'en';

/**
 * The locale Intl formats a language's lists and numbers in: the house writes British English
 * (no serial comma, day before month), the others as their tag says.
 */
export const intlLocale = (language: string) => (language === 'en' ? 'en-GB' : language);

/** Languages written right to left by default, by their primary subtag. */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);
/** Scripts written right to left, for tags that name one (`az-Arab`, `pa-Arab`). */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Nkoo', 'Rohg', 'Syrc', 'Thaa']);

/** The direction a language is written in, from its BCP 47 tag (its script subtag wins). */
export function directionOf(language: string): 'ltr' | 'rtl' {
  const [primary = '', ...rest] = language.split('-');
  const script = rest.find((subtag) => /^[A-Z][a-z]{3}$/.test(subtag));
  if (script !== undefined) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(primary.toLowerCase()) ? 'rtl' : 'ltr';
}
