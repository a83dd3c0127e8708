import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import type { Plugin } from 'vite';

/** Where the reader's own words live: one ICU MessageFormat catalog per language. */
export const CATALOG_DIR = join(import.meta.dirname, '../../src/lib/i18n/catalogs');
const PREFIX = 'virtual:messages/';
const LANGUAGE_NAMES = 'virtual:language-names';
/** The runtime the compiled messages call, with English numbers written by hand. */
const RUNTIME = join(import.meta.dirname, '../../src/lib/i18n/messageRuntime.ts');

const readCatalog = (language: string): Record<string, string> =>
  JSON.parse(readFileSync(join(CATALOG_DIR, `${language}.json`), 'utf8')) as Record<string, string>;

/** Each catalog's language: `en` for `en.json`. */
const catalogLanguages = () =>
  readdirSync(CATALOG_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length));

/**
 * Compiles `virtual:messages/<language>` from `src/lib/i18n/catalogs/<language>.json` into a
 * module of plain functions at build time: the page gets no message parser, only each
 * message's own code (with the plural rules of that language), and only for the language it
 * shows. `virtual:language-names` gives each catalog's language its name in itself (its
 * `language.name`), so naming a translation asks nothing of Intl, whose first use costs a phone
 * a long pause.
 */
export function messageCatalogs(): Plugin {
  return {
    name: 'reader:message-catalogs',
    resolveId: (source) =>
      source.startsWith(PREFIX) || source === LANGUAGE_NAMES ? `\0${source}` : undefined,
    load(id) {
      if (id === `\0${LANGUAGE_NAMES}`) {
        const names = catalogLanguages().map((language) => {
          this.addWatchFile(join(CATALOG_DIR, `${language}.json`));
          return [language, readCatalog(language)['language.name']];
        });
        return `export default ${JSON.stringify(Object.fromEntries(names))};`;
      }
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const language = id.slice(PREFIX.length + 1);
      this.addWatchFile(join(CATALOG_DIR, `${language}.json`));
      const code = compileModule(new MessageFormat(language), readCatalog(language));
      return code.replace('from "@messageformat/runtime";', `from ${JSON.stringify(RUNTIME)};`);
    },
  };
}

/** The same catalog compiled in Node, for what the build draws itself (the share cards). */
export function compileCatalog(
  language: string,
): Record<string, (params?: Record<string, unknown>) => string> {
  const format = new MessageFormat(language);
  return Object.fromEntries(
    Object.entries(readCatalog(language)).map(([key, message]) => [key, format.compile(message)]),
  );
}
