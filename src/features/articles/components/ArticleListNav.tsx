import { Link } from 'react-router';
import { useMessages } from '../../../lib/i18n/useMessages';
import { paths } from '../../../lib/paths';
import type { ListPage } from '../model/articleIndex';
import styles from './ArticleListNav.module.css';

type Props = { list: ListPage };

/**
 * Links to the newer and older pages of the list of stories: real links to prerendered pages,
 * so a reader without JavaScript, and a crawler, can reach every story.
 */
export function ArticleListNav({ list }: Props) {
  const t = useMessages();
  if (list.pageCount === 1) return null;
  const { page, pageCount } = list;
  return (
    <nav aria-label={t('site.moreStories')} className={styles.nav}>
      {page > 1 ? (
        <Link to={paths.homePage(page - 1)} rel="prev" className={styles.link}>
          {t('site.newerStories')}
        </Link>
      ) : (
        <span />
      )}
      <p className={styles.position}>{t('site.pagePosition', { page, pageCount })}</p>
      {page < pageCount ? (
        <Link to={paths.homePage(page + 1)} rel="next" className={styles.link}>
          {t('site.olderStories')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
