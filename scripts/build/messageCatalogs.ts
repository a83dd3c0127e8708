import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import type { Plugin } from 'vite';

/** Where the reader's own words live: one ICU MessageFormat catalog per language. */
export const CATALOG_DIR = join(import.meta.dirname, '../../src/lib/i18n/catalogs');
const PREFIX = 'virtual:messages/';

const readCatalog = (language: string): Record<string, string> =>
  JSON.parse(readFileSync(join(CATALOG_DIR, `${language}.json`), 'utf8')) as Record<string, string>;

/**
 * Compiles `virtual:messages/<language>` from `src/lib/i18n/catalogs/<language>.json` into a
 * module of plain functions at build time: the page gets no message parser, only each
 * message's own code (with the plural rules of that language), and only for the language it
 * shows.
 */
export function messageCatalogs(): Plugin {
  return {
    name: 'reader:message-catalogs',
    resolveId: (source) => (source.startsWith(PREFIX) ? `\0${source}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const language = id.slice(PREFIX.length + 1);
      this.addWatchFile(join(CATALOG_DIR, `${language}.json`));
      return compileModule(new MessageFormat(language), readCatalog(language));
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
