import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { InvalidDataError } from '../../lib/validation';
import { describeError } from './describeError';
import { NotFoundRoute } from './NotFoundRoute';

type Props = {
  /** What the page was showing, as the reader would name it: "story", "stories". */
  subject: string;
};

/** What a reader sees when a route's data cannot be shown: never a blank page. */
export function RouteErrorPage({ subject }: Props) {
  const error = useRouteError();
  const revalidator = useRevalidator();

  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFoundRoute title={`${subject[0]?.toUpperCase()}${subject.slice(1)} not found`} />;
  }
  const { detail, canRetry } = describeError(error);
  const title =
    error instanceof InvalidDataError
      ? `The ${subject} file has errors`
      : `We couldn’t load the ${subject}`;
  return (
    <ErrorNotice
      title={title}
      onRetry={canRetry ? () => void revalidator.revalidate() : undefined}
      retrying={revalidator.state === 'loading'}
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
