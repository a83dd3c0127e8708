import type { Article } from '../model/articleSchema';
import { PublicationDates } from './PublicationDates';
import styles from './ArticleHeader.module.css';

type Props = { article: Article };

/** The headline block: what the article is, who reported it, when and where. */
export function ArticleHeader({ article }: Props) {
  return (
    <header className={styles.header}>
      {article.location && <p className={styles.dateline}>{article.location}</p>}
      <h1 className={styles.headline} dir="auto">
        {article.headline}
      </h1>
      <p className={styles.standfirst} dir="auto">
        {article.standfirst}
      </p>
      <div className={styles.meta}>
        <p className={styles.source}>
          Reported by <span className={styles.sourceName}>{article.source}</span>
        </p>
        <PublicationDates
          publishedAt={article.publishedAt}
          updatedAt={article.updatedAt}
          timeZoneLabel={article.timeZoneLabel}
        />
      </div>
    </header>
  );
}
