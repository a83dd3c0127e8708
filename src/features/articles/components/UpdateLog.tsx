import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import type { Article } from '../model/articleSchema';
import { sectionName } from '../model/articleText';
import { useMessages } from '../../../lib/i18n/useMessages';
import { ReaderTime } from './ReaderTime';
import styles from './UpdateLog.module.css';

type Props = { article: Article };

const KIND_LABEL = { update: 'updates.update', correction: 'updates.correction' } as const;
const time = (iso: string) => new Date(iso).getTime();

/**
 * How many times the story changed after it was published, and, on request, what changed: each
 * update and correction, newest first, with the sections it concerns. A native disclosure, so
 * it opens with or without the app.
 */
export function UpdateLog({ article }: Props) {
  const t = useMessages();
  const updates = [...(article.updates ?? [])].sort((a, b) => time(b.at) - time(a.at));
  if (updates.length === 0) return null;
  const count = updates.length;
  const titles = new Map(article.sections.map((section) => [section.id, sectionName(section, t)]));
  return (
    <details className={styles.log}>
      <summary className={styles.summary}>{t('updates.summary', { count })}</summary>
      <ol className={styles.list}>
        {updates.map((update) => (
          <li key={`${update.at}-${update.text}`} className={styles.entry}>
            <p className={styles.when}>
              <span className={styles.kind} data-kind={update.kind}>
                {t(KIND_LABEL[update.kind])}
              </span>{' '}
              <ReaderTime iso={update.at} />
            </p>
            <p className={styles.text} dir="auto">
              {update.text}
            </p>
            {update.sectionIds && (
              <p className={styles.sections}>
                {t('updates.in')}{' '}
                {update.sectionIds.map((sectionId, index) => (
                  <span key={sectionId}>
                    {index > 0 && ', '}
                    <Link to={paths.section(article.slug, sectionId)}>
                      {titles.get(sectionId) ?? sectionId}
                    </Link>
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
