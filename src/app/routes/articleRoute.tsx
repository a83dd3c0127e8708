import { useParams } from 'react-router';
import { useArticle } from '../../features/articles/api/getArticle';
import { ArticlePage } from '../../features/articles/components/ArticlePage';
import { ArticlePlaceholder } from '../../features/articles/components/ArticlePlaceholder';
import { paths, patterns } from '../../lib/paths';
import { loadArticle } from '../loadArticle';
import { articleMeta } from '../../features/articles/model/articleMeta';
import type { PageRoute } from '../pageRoute';
import { RouteErrorPage } from './RouteErrorPage';

/** One article, whole; its section routes below only name a place in it. */
function ArticleRoutePage() {
  const { slug = '' } = useParams();
  const article = useArticle(slug);
  return <ArticlePage key={article.slug} article={article} />;
}

export const articleRoute = {
  id: 'article',
  pattern: patterns.article,
  // The params include a section's id when the path names one: the page is named after it.
  loader:
    (context) =>
    async ({ params }) => ({
      meta: articleMeta(await loadArticle(context, params.slug), params.sectionId),
    }),
  // Moving between sections of the article needs no new data.
  shouldRevalidate: ({ currentParams, nextParams }) => currentParams.slug !== nextParams.slug,
  Component: ArticleRoutePage,
  ErrorBoundary: () => <RouteErrorPage subject="story" />,
  HydrateFallback: ArticlePlaceholder,
  prerender: (site) => site.articles.map((article) => paths.article(article.slug)),
} satisfies PageRoute;
