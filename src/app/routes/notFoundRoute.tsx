import { Link } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { loadMessages } from '../../lib/i18n/messages';
import { useMessages } from '../../lib/i18n/useMessages';
import { DEFAULT_LANGUAGE } from '../../lib/language';
import { paths } from '../../lib/paths';
import { pageTitle } from '../../lib/site';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { notFoundMeta } from '../pageMeta';
import type { PageRoute } from '../pageRoute';

type Props = { title?: string };

/** Anything the app has no page for, or whose data is not there. */
export function NotFoundPage({ title }: Props) {
  const t = useMessages();
  const heading = title ?? t('site.notFound');
  useDocumentTitle(pageTitle(heading));
  return (
    <ErrorNotice title={heading}>
      <p>{t('site.notFoundDetail')}</p>
      <p>
        <Link to={paths.home()}>{t('site.seeAllStories')}</Link>
      </p>
    </ErrorNotice>
  );
}

export const notFoundRoute = {
  id: 'not-found',
  pattern: '*',
  loader: () => async () => ({ meta: notFoundMeta(await loadMessages(DEFAULT_LANGUAGE)) }),
  Component: () => <NotFoundPage />,
} satisfies PageRoute;
