import { useParams } from 'react-router';
import { useArticleView } from '../../features/articles/api/getArticle';
import { ArticlePage } from '../../features/articles/components/ArticlePage';
import { ArticlePlaceholder } from '../../features/articles/components/ArticlePlaceholder';
import { paths, patterns } from '../../lib/paths';
import { useHydrated } from '../../lib/useHydrated';
import { loadArticle } from '../loadArticle';
import { articlePages, type PageRoute } from '../pageRoute';
import { loadMessages } from '../../lib/i18n/messages';
import { RouteErrorPage } from './RouteErrorPage';
import { articleLanguage } from '../../features/articles/model/articleLanguage';

/**
 * One article; its section routes below only name a place in it. A long article's prerendered
 * page starts with a window of it, and the rest is fetched once the page has hydrated.
 */
function ArticleRoutePage() {
  const { slug = '' } = useParams();
  const view = useArticleView(slug, useHydrated());
  return <ArticlePage key={view.article.slug} {...view} />;
}

export const articleRoute = {
  id: 'article',
  pattern: patterns.article,
  // The params include a section's id when the path names one: the page is named after it.
  loader:
    (context) =>
    async ({ params }) => {
      const article = await loadArticle(context, params.slug);
      // A prerendered page carries only the part of a long article it shows.
      // (Only the build cuts windows: readers' browsers never load that code.)
      if (context.prerender) {
        const { keepWindowOnly } = await import('../keepWindowOnly');
        const quote = article.quotes.find((candidate) => candidate.id === params.quoteId);
        keepWindowOnly(context.queryClient, article, quote?.sectionId ?? params.sectionId);
      }
      // The reader's words in the story's language, before its page renders. What the page
      // says about itself (its share card above all) is needed only when a loader runs, which a
      // prerendered page's first render never does: its code loads only then.
      const [t, { articleMeta }] = await Promise.all([
        loadMessages(articleLanguage(article)),
        import('../../features/articles/model/articleMeta'),
      ]);
      return { meta: articleMeta(article, t, params.sectionId, params.quoteId) };
    },
  // Moving between sections of the article needs no new data.
  shouldRevalidate: ({ currentParams, nextParams }) => currentParams.slug !== nextParams.slug,
  Component: ArticleRoutePage,
  ErrorBoundary: () => <RouteErrorPage subject="story" />,
  HydrateFallback: ArticlePlaceholder,
  prerender: (site) =>
    site.articles.flatMap(articlePages(site, (article) => [paths.article(article.slug)])),
} satisfies PageRoute;
