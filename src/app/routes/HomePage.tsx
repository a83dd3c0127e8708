import { useParams } from 'react-router';
import { useArticleList } from '../../features/articles/api/getArticleIndex';
import { ArticleList } from '../../features/articles/components/ArticleList';
import { ArticleListNav } from '../../features/articles/components/ArticleListNav';
import { listPageNumber } from '../../features/articles/model/articleIndex';
import { useMessages } from '../../lib/i18n/useMessages';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { homeMeta, listPageName } from '../pageMeta';
import { NotFoundPage } from './notFoundRoute';

/** `/` and `/page/<n>`: the stories, newest first, a page at a time. */
export default function HomePage() {
  const list = useArticleList(listPageNumber(useParams().page));
  const t = useMessages();
  useDocumentTitle(list ? homeMeta(list, t).title : undefined);
  if (!list) return <NotFoundPage />;
  return (
    <>
      <h1 className="visually-hidden">{listPageName(list, t)}</h1>
      <ArticleList articles={list.articles} />
      <ArticleListNav list={list} />
    </>
  );
}
