import { Link } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { paths } from '../../lib/paths';
import { pageTitle } from '../../lib/site';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { NOT_FOUND_TITLE, notFoundMeta } from '../pageMeta';
import type { PageRoute } from '../pageRoute';

type Props = { title?: string };

/** Anything the app has no page for, or whose data is not there. */
export function NotFoundPage({ title = NOT_FOUND_TITLE }: Props) {
  useDocumentTitle(pageTitle(title));
  return (
    <ErrorNotice title={title}>
      <p>The link may be mistyped, or the page may have moved.</p>
      <p>
        <Link to={paths.home()}>See all stories</Link>
      </p>
    </ErrorNotice>
  );
}

export const notFoundRoute = {
  id: 'not-found',
  pattern: '*',
  meta: notFoundMeta(),
  Component: () => <NotFoundPage />,
} satisfies PageRoute;
