import { useEffect } from 'react';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { NetworkError } from '../../lib/fetchJson';
import { describeError } from './describeError';
import { NotFoundRoute } from './NotFoundRoute';

type Props = {
  /** What the page was showing, as the reader would name it: "story", "stories". */
  subject: string;
};

/** What a reader sees when a route's data cannot be shown: never a blank page. */
export function RouteErrorPage({ subject }: Props) {
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

  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFoundRoute title={`${subject[0]?.toUpperCase()}${subject.slice(1)} not found`} />;
  }
  const { title, detail, canRetry } = describeError(error, subject);
  return (
    <ErrorNotice
      title={title}
      onRetry={canRetry ? () => void revalidate() : undefined}
      retrying={state === 'loading'}
    >
      <title>{`${title} · The Reader`}</title>
      {detail}
    </ErrorNotice>
  );
}

export function ArticleErrorBoundary() {
  return <RouteErrorPage subject="story" />;
}

export function StoriesErrorBoundary() {
  return <RouteErrorPage subject="stories" />;
}

export function PageErrorBoundary() {
  return <RouteErrorPage subject="page" />;
}
