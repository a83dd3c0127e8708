import { useEffect } from 'react';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { NetworkError } from '../../lib/fetchJson';
import { useMessages } from '../../lib/i18n/useMessages';
import { describeError, notFoundTitle, type Subject } from './describeError';
import { pageTitle } from '../../lib/site';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { NotFoundPage } from './notFoundRoute';

type Props = {
  /** What the page was showing. */
  subject: Subject;
};

/** What a reader sees when a route's data cannot be shown: never a blank page. */
export function RouteErrorPage({ subject }: Props) {
  const t = useMessages();
  const error = useRouteError();
  const { revalidate, state } = useRevalidator();
  const offline = error instanceof NetworkError && error.reason === 'offline';

  // The page promises to open once the reader is back online, so it tries again by itself then.
  useEffect(() => {
    if (!offline) return;
    const retry = () => void revalidate();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [offline, revalidate]);

  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const { title, detail, canRetry } = notFound
    ? { title: notFoundTitle(subject, t), detail: null, canRetry: false }
    : describeError(error, subject, t);
  // A missing page's own component names the tab.
  useDocumentTitle(notFound ? undefined : pageTitle(title));

  if (notFound) return <NotFoundPage title={title} />;
  return (
    <ErrorNotice
      title={title}
      onRetry={canRetry ? () => void revalidate() : undefined}
      retrying={state === 'loading'}
    >
      {detail}
    </ErrorNotice>
  );
}
