import type english from './catalogs/en.json';
import { DEFAULT_LANGUAGE } from '../language';

/** A message's key: its meaning (`sections.expandAll`), never its English words. */
export type MessageKey = keyof typeof english;
export type MessageParams = Record<string, string | number>;
/** The reader's words in one language: a message by key, with its placeholders filled in. */
export type Messages = ((key: MessageKey, params?: MessageParams) => string) & {
  /** The catalog's language (`en`, `uk`…), which formats its dates and numbers too. */
  language: string;
};

type Catalog = Record<string, (params?: Record<string, unknown>) => string>;

/** Each catalog is a module of its own, so a page loads only its language's. */
const CATALOGS: Record<string, () => Promise<{ default: Catalog }>> = {
  en: () => import('virtual:messages/en'),
  uk: () => import('virtual:messages/uk'),
  ru: () => import('virtual:messages/ru'),
  ar: () => import('virtual:messages/ar'),
};

/** The languages the reader's own words are written in. */
export const UI_LANGUAGES = Object.keys(CATALOGS);

/**
 * The catalog that speaks a story's language: its own (`uk` for `uk-UA`), else English, so a
 * story in a language without a catalog still has every control named.
 */
export function uiLanguageFor(language: string): string {
  const primary = language.split('-')[0]?.toLowerCase() ?? '';
  return primary in CATALOGS ? primary : DEFAULT_LANGUAGE;
}

function messagesOf(language: string, catalog: Catalog): Messages {
  const format = (key: MessageKey, params?: MessageParams) => {
    const message = catalog[key];
    if (message === undefined) throw new Error(`No message "${key}" in the ${language} catalog`);
    return message(params);
  };
  return Object.assign(format, { language });
}

/**
 * A promise React's `use` reads at once when it has settled: `status` and `value` are the fields
 * it looks for, so a loaded catalog never suspends a render.
 */
type Loading = Promise<Messages>;
const settled = new Map<string, Messages>();
const loading = new Map<string, Loading>();

/** Loads the catalog for `language` (once), for a loader to await before its page renders. */
export function loadMessages(language: string): Loading {
  const uiLanguage = uiLanguageFor(language);
  let promise = loading.get(uiLanguage);
  if (promise === undefined) {
    const loader = CATALOGS[uiLanguage];
    if (loader === undefined) throw new Error(`No catalog for ${uiLanguage}`);
    const started: Loading = loader().then(({ default: catalog }) => {
      const messages = messagesOf(uiLanguage, catalog);
      Object.assign(started, { status: 'fulfilled', value: messages });
      settled.set(uiLanguage, messages);
      return messages;
    });
    promise = started;
    loading.set(uiLanguage, promise);
  }
  return promise;
}

/** The words for `language` when its catalog has loaded (a loader awaited it), else undefined. */
export function loadedMessages(language: string): Messages | undefined {
  return settled.get(uiLanguageFor(language));
}
