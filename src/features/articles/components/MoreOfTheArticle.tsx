import { useMessages } from '../../../lib/i18n/useMessages';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import type { ArticleWindow } from '../model/articleWindow';
import styles from './MoreOfTheArticle.module.css';

type Props = { slug: string; sectionWindow: ArticleWindow; part: 'earlier' | 'later' };

/**
 * On a long article's prerendered page, the way to the sections before or after the ones it
 * holds, for a reader without JavaScript; with it, the whole article comes in and these hide.
 */
export function MoreOfTheArticle({ slug, sectionWindow, part }: Props) {
  const t = useMessages();
  const target = part === 'earlier' ? sectionWindow.earlier : sectionWindow.later;
  if (target === undefined) return null;
  const to =
    part === 'earlier' && sectionWindow.start <= 0
      ? paths.article(slug)
      : paths.section(slug, target.id);
  return (
    <p className={styles.more}>
      <Link to={to}>
        {t(part === 'earlier' ? 'sections.earlier' : 'sections.later', {
          title: target.title ?? t('sections.opening'),
        })}
      </Link>
      {part === 'later' &&
        ` ${t('sections.position', { number: sectionWindow.end + 1, total: sectionWindow.total })}`}
    </p>
  );
}
