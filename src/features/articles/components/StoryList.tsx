import { Link } from 'react-router';
import { PRERENDER_DATE_FORMAT, formatInstant } from '../../../lib/dates';
import { paths } from '../../../lib/paths';
import { useHydrated } from '../../../lib/useHydrated';
import type { ArticleSummary } from '../model/articleSchema';
import styles from './StoryList.module.css';

type Props = { stories: ArticleSummary[] };

/** The stories on offer, newest first as the index lists them. */
export function StoryList({ stories }: Props) {
  const hydrated = useHydrated();
  if (stories.length === 0) return <p>No stories yet.</p>;
  return (
    <ul className={styles.list}>
      {stories.map((story) => (
        <li key={story.slug} className={styles.item}>
          <h2 className={styles.headline}>
            <Link to={paths.article(story.slug)}>{story.headline}</Link>
          </h2>
          <p className={styles.standfirst}>{story.standfirst}</p>
          <time className={styles.date} dateTime={story.publishedAt}>
            {formatInstant(story.publishedAt, hydrated ? {} : PRERENDER_DATE_FORMAT).local}
          </time>
        </li>
      ))}
    </ul>
  );
}
