import { directionOf } from '../../../lib/language';
import { nativeLanguageName } from '../../../lib/i18n/languageNames';
import { useMessages } from '../../../lib/i18n/useMessages';
import { paths } from '../../../lib/paths';
import type { Translation } from '../model/articleSchema';
import styles from './LanguageSwitch.module.css';

type Props = {
  translations: readonly Translation[];
  /** The section the reader is at: its translation opens there (or at the top, lacking it). */
  sectionId?: string | undefined;
};

/**
 * The story in the other languages it is translated into, each link named in its own language.
 * Plain links, not the app's: the page in another language has its own direction and words, as
 * its prerendered page has them; a section that translation lacks is written there too, as its
 * top (the build sees to that).
 */
export function LanguageSwitch({ translations, sectionId }: Props) {
  const t = useMessages();
  if (translations.length === 0) return null;
  return (
    <nav className={styles.switch} aria-label={t('article.otherLanguages')}>
      <ul className={styles.list}>
        {translations.map(({ language, slug }) => (
          <li key={slug}>
            <a
              className={styles.link}
              href={sectionId ? paths.section(slug, sectionId) : paths.article(slug)}
              hrefLang={language}
              lang={language}
              dir={directionOf(language)}
            >
              {nativeLanguageName(language)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
