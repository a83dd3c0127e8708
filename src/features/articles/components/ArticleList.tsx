import { Link } from 'react-router';
import { formatInstant, readerOffsetAt } from '../../../lib/dates';
import { paths } from '../../../lib/paths';
import { useHydrated } from '../../../lib/useHydrated';
import type { ArticleSummary } from '../model/articleSchema';
import styles from './ArticleList.module.css';

type Props = { articles: ArticleSummary[] };

/** The articles on offer, newest first as the index lists them. */
export function ArticleList({ articles }: Props) {
  const hydrated = useHydrated();
  if (articles.length === 0) return <p>No stories yet.</p>;
  return (
    <ul className={styles.list}>
      {articles.map((article) => (
        <li key={article.slug} className={styles.item}>
          <h2 className={styles.headline}>
            <Link to={paths.article(article.slug)}>{article.headline}</Link>
          </h2>
          <p className={styles.standfirst}>{article.standfirst}</p>
          <time className={styles.date} dateTime={article.publishedAt}>
            {
              formatInstant(article.publishedAt, {
                readerOffset: hydrated ? readerOffsetAt(article.publishedAt) : 0,
              }).local
            }
          </time>
        </li>
      ))}
    </ul>
  );
}
