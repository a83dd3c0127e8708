import type { Article } from '../model/articleSchema';
import { ArticleHeader } from './ArticleHeader';
import { ArticleSection } from './ArticleSection';
import { LeadImageCaption } from './LeadImageCaption';
import styles from './ArticlePage.module.css';

type Props = { article: Article };

/** The whole story as a reader sees it. */
export function ArticlePage({ article }: Props) {
  return (
    <article className={styles.article}>
      <title>{`${article.headline} · The Reader`}</title>
      <ArticleHeader article={article} />
      {article.leadImage && <LeadImageCaption image={article.leadImage} />}
      <div className={styles.body}>
        {article.sections.map((section) => (
          <ArticleSection key={section.id} section={section} />
        ))}
      </div>
    </article>
  );
}
