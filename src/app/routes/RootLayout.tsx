import { Link, Outlet, matchPath, useLocation, useNavigation } from 'react-router';
import { OfflineNotice } from '../../components/OfflineNotice';
import { ArticlePlaceholder } from '../../features/articles/components/ArticlePlaceholder';
import { paths } from '../../lib/paths';
import styles from './RootLayout.module.css';

function articleSlug(pathname: string): string | undefined {
  return matchPath('/articles/:slug/*', pathname)?.params.slug;
}

/** The frame around every page: skip link, masthead, the page itself. */
export function RootLayout() {
  const location = useLocation();
  const navigation = useNavigation();
  const nextSlug = navigation.location && articleSlug(navigation.location.pathname);
  // Only a different story is worth a placeholder; moving between sections is instant.
  const loadingStory = nextSlug !== undefined && nextSlug !== articleSlug(location.pathname);

  return (
    <div className={styles.layout}>
      <a className={styles.skipLink} href="#main">
        Skip to content
      </a>
      <header className={styles.masthead}>
        <Link to={paths.home()} className={styles.brand}>
          The Reader
        </Link>
      </header>
      <OfflineNotice />
      <main id="main" tabIndex={-1} className={styles.main}>
        {loadingStory ? <ArticlePlaceholder /> : <Outlet />}
      </main>
    </div>
  );
}
