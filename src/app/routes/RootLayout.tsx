import { useEffect } from 'react';
import { Link, Outlet, matchPath, useLocation, useMatches, useNavigation } from 'react-router';
import { IconSprite } from '../../components/Icon';
import { OfflineNotice } from '../../components/OfflineNotice';
import { ArticlePlaceholder } from '../../features/articles/components/ArticlePlaceholder';
import { elementIds } from '../../lib/elementIds';
import { paths, patterns } from '../../lib/paths';
import { LanguageProvider, useMessages } from '../../lib/i18n/useMessages';
import { DEFAULT_LANGUAGE, directionOf } from '../../lib/language';
import { SITE_NAME } from '../../lib/site';
import type { PageData } from '../pageRoute';
import { useHydrated } from '../../lib/useHydrated';
import styles from './RootLayout.module.css';

function articleSlug(pathname: string): string | undefined {
  return matchPath({ path: patterns.article, end: false }, pathname)?.params.slug;
}

/** The language of the page shown: the deepest route's that says, else the site's. */
function usePageLanguage(): string {
  const said = useMatches()
    .map((match) => (match.loaderData as Partial<PageData> | undefined)?.meta?.language)
    .findLast((language) => language !== undefined);
  return said ?? DEFAULT_LANGUAGE;
}

/** The frame around every page, in the page's language. */
export function RootLayout() {
  const language = usePageLanguage();
  // The prerendered page says it already; a move to a story in another language says it here.
  // Only a change is written: setting `dir` again, even to the same value, has the browser
  // walk the whole page for its direction (a phone's long pause on a long story).
  useEffect(() => {
    const root = document.documentElement;
    const direction = directionOf(language);
    if (root.lang !== language) root.lang = language;
    if (root.dir !== direction) root.dir = direction;
  }, [language]);
  return (
    <LanguageProvider language={language}>
      <PageFrame />
    </LanguageProvider>
  );
}

/** The frame around every page: skip link, masthead, the page itself. */
function PageFrame() {
  const t = useMessages();
  const location = useLocation();
  const navigation = useNavigation();
  const nextSlug = navigation.location && articleSlug(navigation.location.pathname);
  // Only a different article is worth a placeholder; moving between sections is instant.
  const loadingArticle = nextSlug !== undefined && nextSlug !== articleSlug(location.pathname);
  // Says the page now answers as the reader's device wants (the browser suite waits for it).
  const hydrated = useHydrated();
  useEffect(() => {
    if (hydrated) document.documentElement.setAttribute('data-app-ready', '');
  }, [hydrated]);

  return (
    <div className={styles.layout}>
      <IconSprite />
      <a className={styles.skipLink} href={`#${elementIds.main}`}>
        {t('site.skipToContent')}
      </a>
      <header className={styles.masthead}>
        <Link to={paths.home()} className={styles.brand}>
          {SITE_NAME}
        </Link>
      </header>
      <OfflineNotice />
      <main id={elementIds.main} tabIndex={-1} className={styles.main}>
        {loadingArticle ? <ArticlePlaceholder /> : <Outlet />}
      </main>
    </div>
  );
}
