import { memo } from 'react';
import { richMessage, richPart, useMessages } from '../../../lib/i18n/useMessages';
import type { Article } from '../model/articleSchema';
import { LanguageSwitch } from './LanguageSwitch';
import { PublicationDates } from './PublicationDates';
import { UpdateLog } from './UpdateLog';
import styles from './ArticleHeader.module.css';

type Props = {
  article: Article;
  /** How many sections changed since this browser last showed the reader the story. */
  changedSinceLastVisit: number;
  /** The section the reader is at, which the language switch keeps. */
  sectionId?: string | undefined;
};

/**
 * The headline block: what the article is, who reported it, when and where. Memoised: folding a
 * section or choosing a person redraws the page around it, never the header.
 */
export const ArticleHeader = memo(function ArticleHeader({
  article,
  changedSinceLastVisit,
  sectionId,
}: Props) {
  const t = useMessages();
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
          {richMessage(t('article.reportedBy', { source: richPart('source') }), {
            source: (
              <span className={styles.sourceName} dir="auto">
                {article.source}
              </span>
            ),
          })}
        </p>
        <PublicationDates
          publishedAt={article.publishedAt}
          updatedAt={article.updatedAt}
          timeZoneLabel={article.timeZoneLabel}
        />
        <UpdateLog article={article} />
        {changedSinceLastVisit > 0 && (
          <p className={styles.sinceLastVisit}>
            {t('updates.sinceLastVisit', { count: changedSinceLastVisit })}
          </p>
        )}
      </div>
      <LanguageSwitch translations={article.translations ?? []} sectionId={sectionId} />
    </header>
  );
});
