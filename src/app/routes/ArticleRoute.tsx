import { useParams } from 'react-router';
import { useArticle } from '../../features/articles/api/getArticle';
import { ArticlePage } from '../../features/articles/components/ArticlePage';

/** `/articles/:slug` and its section paths: one story. */
export function ArticleRoute() {
  const { slug = '' } = useParams();
  const article = useArticle(slug);
  return <ArticlePage key={article.slug} article={article} />;
}
