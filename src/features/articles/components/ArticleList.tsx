import { Link } from 'react-router';
import { DEFAULT_LANGUAGE, directionOf } from '../../../lib/language';
import { useMessages } from '../../../lib/i18n/useMessages';
import { paths } from '../../../lib/paths';
import type { ArticleSummary } from '../model/articleSchema';
import { ReaderTime } from './ReaderTime';
import styles from './ArticleList.module.css';
import { articleLanguage } from '../model/articleLanguage';

type Props = { articles: ArticleSummary[] };

/** The articles on offer, newest first as the index lists them. */
export function ArticleList({ articles }: Props) {
  const t = useMessages();
  if (articles.length === 0) return <p>{t('site.noStories')}</p>;
  return (
    <ul className={styles.list}>
      {articles.map((article) => (
        <li
          key={article.slug}
          className={styles.item}
          // Each story in its own language, read in its own direction.
          lang={articleLanguage(article)}
          dir={directionOf(articleLanguage(article))}
        >
          <h2 className={styles.headline}>
            <Link to={paths.article(article.slug)}>{article.headline}</Link>
          </h2>
          <p className={styles.standfirst}>{article.standfirst}</p>
          <p className={styles.date}>
            {/* The date is in the site's words, and keeps their direction inside a story's. */}
            <span lang={DEFAULT_LANGUAGE} dir={directionOf(DEFAULT_LANGUAGE)}>
              <ReaderTime iso={article.publishedAt} />
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
