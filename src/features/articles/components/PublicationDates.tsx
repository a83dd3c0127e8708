import { formatInstant } from '../../../lib/dates';
import { useMessages } from '../../../lib/i18n/useMessages';
import { ReaderTime } from './ReaderTime';
import styles from './PublicationDates.module.css';

type Props = {
  publishedAt: string;
  updatedAt?: string | undefined;
  timeZoneLabel?: string | undefined;
};

function Dated({
  label,
  iso,
  timeZoneLabel,
}: {
  label: string;
  iso: string;
  timeZoneLabel?: string | undefined;
}) {
  const t = useMessages();
  const { original } = formatInstant(iso, {
    originalLabel: timeZoneLabel,
    language: t.language,
  });
  return (
    <p className={styles.line}>
      {label} <ReaderTime iso={iso} />{' '}
      {/* A line of its own: when the app switches to the reader's zone, nothing else rewraps. */}
      <span className={styles.original}>
        <span className="visually-hidden">· </span>
        <span suppressHydrationWarning>{t('article.whereReported', { time: original })}</span>
      </span>
    </p>
  );
}

/** When the article was published and updated, in the reader's zone and in the article's own. */
export function PublicationDates({ publishedAt, updatedAt, timeZoneLabel }: Props) {
  const t = useMessages();
  return (
    <div className={styles.dates}>
      <Dated
        label={t(updatedAt === publishedAt ? 'article.publishedAndUpdated' : 'article.published')}
        iso={publishedAt}
        timeZoneLabel={timeZoneLabel}
      />
      {updatedAt && updatedAt !== publishedAt && (
        <Dated label={t('article.updated')} iso={updatedAt} timeZoneLabel={timeZoneLabel} />
      )}
    </div>
  );
}
