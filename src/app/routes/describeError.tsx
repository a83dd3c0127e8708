import type { ReactNode } from 'react';
import { DataProblemReport } from '../../features/articles/components/DataProblemReport';
import {
  HttpError,
  MalformedJsonError,
  NetworkError,
  REQUEST_TIMEOUT_MS,
  TooLargeError,
} from '../../lib/fetchJson';
import { InvalidDataError } from '../../lib/validation';

type Description = { title: string; detail: ReactNode; canRetry: boolean };

const millions = (count: number) =>
  `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(count / 1e6)} million`;

/**
 * Turns whatever went wrong into words for the reader, and for the editor when the file is at
 * fault. `subject` is what the page shows, as the reader would name it: "article", "articles".
 */
export function describeError(error: unknown, subject: string): Description {
  const couldNotLoad = `We couldn’t load the ${subject}`;
  if (error instanceof InvalidDataError) {
    return {
      title: `The ${subject} file has errors`,
      detail: <DataProblemReport problems={error.problems} />,
      canRetry: false,
    };
  }
  if (error instanceof TooLargeError) {
    return {
      title: `The ${subject} file is too large`,
      detail: (
        <p>
          It has {millions(error.size)} characters; the reader opens files of up to{' '}
          {millions(error.limit)}, so that a phone can show them without freezing. For the editor:
          shorten the file or split the story.
        </p>
      ),
      canRetry: false,
    };
  }
  if (error instanceof MalformedJsonError) {
    return {
      title: couldNotLoad,
      detail: (
        <p>
          The server sent something that is not a {subject} file: {error.detail}. Please try again
          later.
        </p>
      ),
      canRetry: true,
    };
  }
  if (error instanceof NetworkError && error.reason === 'offline') {
    const what = subject === 'stories' ? 'The list of stories' : `This ${subject}`;
    return {
      title: 'You’re offline',
      detail: (
        <p>
          {what} has not been saved for reading offline yet. It will open as soon as you are back
          online.
        </p>
      ),
      canRetry: true,
    };
  }
  if (error instanceof NetworkError && error.reason === 'timeout') {
    return {
      title: couldNotLoad,
      detail: (
        <p>
          The server took more than {REQUEST_TIMEOUT_MS / 1000} seconds to answer, so we stopped
          waiting. Please try again.
        </p>
      ),
      canRetry: true,
    };
  }
  if (error instanceof NetworkError) {
    return {
      title: couldNotLoad,
      detail: <p>We couldn’t reach the server. Check your connection, then try again.</p>,
      canRetry: true,
    };
  }
  if (error instanceof HttpError) {
    return {
      title: couldNotLoad,
      detail: <p>The server had a problem (error {error.status}). Please try again in a moment.</p>,
      canRetry: true,
    };
  }
  return { title: couldNotLoad, detail: <p>Something unexpected went wrong.</p>, canRetry: true };
}
