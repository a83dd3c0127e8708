import {
  useArticleIndex,
  articleIndexQueryOptions,
} from '../../features/articles/api/getArticleIndex';
import { ArticleList } from '../../features/articles/components/ArticleList';
import { ArticleListPlaceholder } from '../../features/articles/components/ArticleListPlaceholder';
import { paths, patterns } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { homeMeta } from '../pageMeta';
import type { PageRoute } from '../pageRoute';
import { loadMessages } from '../../lib/i18n/messages';
import { useMessages } from '../../lib/i18n/useMessages';
import { DEFAULT_LANGUAGE } from '../../lib/language';
import { RouteErrorPage } from './RouteErrorPage';

/** `/`: the articles on offer. */
function HomePage() {
  const index = useArticleIndex();
  const t = useMessages();
  useDocumentTitle(homeMeta(index, t).title);
  return (
    <>
      <h1 className="visually-hidden">{t('site.stories')}</h1>
      <ArticleList articles={index.articles} />
    </>
  );
}

export const homeRoute = {
  id: 'home',
  pattern: patterns.home,
  loader:
    ({ queryClient, fetch }) =>
    async () => {
      const [index, t] = await Promise.all([
        queryClient.ensureQueryData(articleIndexQueryOptions(fetch)),
        loadMessages(DEFAULT_LANGUAGE),
      ]);
      return { meta: homeMeta(index, t) };
    },
  Component: HomePage,
  ErrorBoundary: () => <RouteErrorPage subject="stories" />,
  HydrateFallback: ArticleListPlaceholder,
  prerender: () => [paths.home()],
} satisfies PageRoute;
