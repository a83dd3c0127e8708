import catalogNames from 'virtual:language-names';

/**
 * A language's name in that language, as its readers would look for it: "Українська". A
 * language the reader has a catalog for is named by it; any other asks Intl, whose first use
 * costs a phone a long pause, so a page of the usual languages never pays it.
 */
export function nativeLanguageName(language: string): string {
  const named = Object.hasOwn(catalogNames, language) ? catalogNames[language] : undefined;
  if (named !== undefined) return named;
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
