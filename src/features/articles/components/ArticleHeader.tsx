import type { Article } from '../model/articleSchema';
import { PublicationDates } from './PublicationDates';
import { UpdateLog } from './UpdateLog';
import styles from './ArticleHeader.module.css';

type Props = {
  article: Article;
  /** How many sections changed since this browser last showed the reader the story. */
  changedSinceLastVisit: number;
};

/** The headline block: what the article is, who reported it, when and where. */
export function ArticleHeader({ article, changedSinceLastVisit }: Props) {
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
        <UpdateLog article={article} />
        {changedSinceLastVisit > 0 && (
          <p className={styles.sinceLastVisit}>
            {changedSinceLastVisit === 1
              ? '1 section updated since your last visit'
              : `${changedSinceLastVisit} sections updated since your last visit`}
          </p>
        )}
      </div>
    </header>
  );
}
