import { Fragment, createContext, use, useContext, type ReactNode } from 'react';
import { DEFAULT_LANGUAGE, directionOf } from '../language';
import { loadMessages, type Messages } from './messages';

const LanguageContext = createContext(DEFAULT_LANGUAGE);

type Props = { language: string; children: ReactNode };

/** Says which language the page is in: the story's, or the site's own. */
export function LanguageProvider({ language, children }: Props) {
  return <LanguageContext value={language}>{children}</LanguageContext>;
}

/** The page's language (a BCP 47 tag) and the direction it is written in. */
export function useLanguage(): { language: string; dir: 'ltr' | 'rtl' } {
  const language = useContext(LanguageContext);
  return { language, dir: directionOf(language) };
}

/**
 * The reader's own words in the page's language. A loader has loaded the catalog before its page
 * renders (and the app before it hydrates), so this suspends only where nothing did, like an
 * error page.
 */
export function useMessages(): Messages {
  return use(loadMessages(useContext(LanguageContext)));
}

/**
 * A message with parts that are elements, not text (a name in bold, a link): the message is
 * formatted with a marker for each, then split around them, so translators keep the word order.
 */
export function richMessage(text: string, parts: Record<string, ReactNode>): ReactNode[] {
  const names = Object.keys(parts);
  const pattern = new RegExp(`\u2063(${names.join('|')})\u2063`);
  return text
    .split(pattern)
    .map((piece, index) => (
      <Fragment key={index}>{index % 2 === 1 ? parts[piece] : piece}</Fragment>
    ));
}

/** The marker `richMessage` splits at, as the value of placeholder `name`. */
export const richPart = (name: string) => `\u2063${name}\u2063`;
