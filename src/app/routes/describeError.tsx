import type { ReactNode } from 'react';
import { DataProblemReport } from '../../features/articles/components/DataProblemReport';
import { HttpError, MalformedJsonError, NetworkError } from '../../lib/fetchJson';
import { InvalidDataError } from '../../lib/validation';

type Description = { detail: ReactNode; canRetry: boolean };

/** Turns whatever went wrong into words for the reader, and for the editor when the file is at fault. */
export function describeError(error: unknown): Description {
  if (error instanceof InvalidDataError) {
    return { detail: <DataProblemReport problems={error.problems} />, canRetry: false };
  }
  if (error instanceof MalformedJsonError) {
    return {
      detail: <p>The server sent something that is not a story file. Please try again later.</p>,
      canRetry: true,
    };
  }
  if (error instanceof NetworkError) {
    return {
      detail: <p>We couldn’t reach the server. Check your connection, then try again.</p>,
      canRetry: true,
    };
  }
  if (error instanceof HttpError) {
    return {
      detail: <p>The server had a problem (error {error.status}). Please try again in a moment.</p>,
      canRetry: true,
    };
  }
  return { detail: <p>Something unexpected went wrong.</p>, canRetry: true };
}
