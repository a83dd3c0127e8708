import { uiLanguageFor, type MessageKey, type Messages } from '../../src/lib/i18n/messages';
import { compileCatalog } from './messageCatalogs';

const compiled = new Map<string, Messages>();

/** The reader's words for `language` (its catalog, or English's), for code that runs in Node. */
export function catalogMessages(language: string): Messages {
  const uiLanguage = uiLanguageFor(language);
  let messages = compiled.get(uiLanguage);
  if (messages === undefined) {
    const catalog = compileCatalog(uiLanguage);
    const format = (key: MessageKey, params?: Record<string, string | number>) => {
      const message = catalog[key];
      if (message === undefined)
        throw new Error(`No message "${key}" in the ${uiLanguage} catalog`);
      return message(params);
    };
    messages = Object.assign(format, { language: uiLanguage });
    compiled.set(uiLanguage, messages);
  }
  return messages;
}
