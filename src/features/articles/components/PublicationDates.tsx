import { PRERENDER_DATE_FORMAT, formatInstant } from '../../../lib/dates';
import { useHydrated } from '../../../lib/useHydrated';
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
  const hydrated = useHydrated();
  const { local, original } = formatInstant(iso, {
    ...(hydrated ? {} : PRERENDER_DATE_FORMAT),
    originalLabel: timeZoneLabel,
  });
  return (
    <p className={styles.line}>
      {label} <time dateTime={iso}>{local}</time>{' '}
      <span className={styles.original}>· {original} where reported</span>
    </p>
  );
}

/** When the article was published and updated, in the reader's zone and in the article's own. */
export function PublicationDates({ publishedAt, updatedAt, timeZoneLabel }: Props) {
  return (
    <div className={styles.dates}>
      <Dated
        label={updatedAt === publishedAt ? 'Published and updated' : 'Published'}
        iso={publishedAt}
        timeZoneLabel={timeZoneLabel}
      />
      {updatedAt && updatedAt !== publishedAt && (
        <Dated label="Updated" iso={updatedAt} timeZoneLabel={timeZoneLabel} />
      )}
    </div>
  );
}
