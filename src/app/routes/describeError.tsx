import type { ReactNode } from 'react';
import { DataProblemReport } from '../../features/articles/components/DataProblemReport';
import {
  HttpError,
  MalformedJsonError,
  NetworkError,
  REQUEST_TIMEOUT_MS,
  TooLargeError,
} from '../../lib/fetchJson';
import type { MessageKey, Messages } from '../../lib/i18n/messages';
import { intlLocale } from '../../lib/language';
import { InvalidDataError } from '../../lib/validation';

/** What a page was showing when it failed. */
export type Subject = 'story' | 'stories' | 'page';

type Description = { title: string; detail: ReactNode; canRetry: boolean };

/** The reader's words for each subject: the messages differ in more than one noun. */
const WORDS = {
  story: {
    notFound: 'errors.storyNotFound',
    couldNotLoad: 'errors.storyCouldNotLoad',
    hasErrors: 'errors.storyFileHasErrors',
    tooLarge: 'errors.storyFileTooLarge',
    notAFile: 'errors.storyNotAFile',
    notSaved: 'errors.storyNotSaved',
  },
  stories: {
    notFound: 'errors.storiesNotFound',
    couldNotLoad: 'errors.storiesCouldNotLoad',
    hasErrors: 'errors.storiesFileHasErrors',
    tooLarge: 'errors.storiesFileTooLarge',
    notAFile: 'errors.storiesNotAFile',
    notSaved: 'errors.storiesNotSaved',
  },
  page: {
    notFound: 'errors.pageNotFound',
    couldNotLoad: 'errors.pageCouldNotLoad',
    hasErrors: 'errors.pageFileHasErrors',
    tooLarge: 'errors.pageFileTooLarge',
    notAFile: 'errors.pageNotAFile',
    notSaved: 'errors.pageNotSaved',
  },
} as const satisfies Record<Subject, Record<string, MessageKey>>;

/** "Story not found", in the page's language. */
export const notFoundTitle = (subject: Subject, t: Messages) => t(WORDS[subject].notFound);

const millions = (count: number, language: string) =>
  new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1 }).format(count / 1e6);

/**
 * Turns whatever went wrong into words for the reader, and for the editor when the file is at
 * fault.
 */
export function describeError(error: unknown, subject: Subject, t: Messages): Description {
  const words = WORDS[subject];
  const couldNotLoad = t(words.couldNotLoad);
  const retry = (detail: string) => ({
    title: couldNotLoad,
    detail: <p>{detail}</p>,
    canRetry: true,
  });
  if (error instanceof InvalidDataError) {
    return {
      title: t(words.hasErrors),
      detail: <DataProblemReport problems={error.problems} />,
      canRetry: false,
    };
  }
  if (error instanceof TooLargeError) {
    const size = millions(error.size, t.language);
    const limit = millions(error.limit, t.language);
    return {
      title: t(words.tooLarge),
      detail: <p>{t('errors.tooLargeDetail', { size, limit })}</p>,
      canRetry: false,
    };
  }
  if (error instanceof MalformedJsonError) {
    return retry(t(words.notAFile, { detail: error.detail }));
  }
  if (error instanceof NetworkError && error.reason === 'offline') {
    return { title: t('errors.offline'), detail: <p>{t(words.notSaved)}</p>, canRetry: true };
  }
  if (error instanceof NetworkError && error.reason === 'timeout') {
    return retry(t('errors.timeout', { seconds: REQUEST_TIMEOUT_MS / 1000 }));
  }
  if (error instanceof NetworkError) return retry(t('errors.unreachable'));
  if (error instanceof HttpError) return retry(t('errors.server', { status: error.status }));
  return retry(t('errors.unexpected'));
}
