import { formatInstant } from '../../../lib/dates';
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
  const { original } = formatInstant(iso, { originalLabel: timeZoneLabel });
  return (
    <p className={styles.line}>
      {label} <ReaderTime iso={iso} />{' '}
      {/* A line of its own: when the app switches to the reader's zone, nothing else rewraps. */}
      <span className={styles.original}>
        <span className="visually-hidden">· </span>
        {original} where reported
      </span>
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
