import { useMessages } from '../lib/i18n/useMessages';
import type { ReactNode } from 'react';
import { elementIds } from '../lib/elementIds';
import styles from './ErrorNotice.module.css';

type Props = {
  title: string;
  children: ReactNode;
  onRetry?: (() => void) | undefined;
  retrying?: boolean;
};

/** A page-level problem told in plain words, with a way forward when there is one. */
export function ErrorNotice({ title, children, onRetry, retrying = false }: Props) {
  const t = useMessages();
  return (
    <section className={styles.notice} aria-labelledby={elementIds.errorTitle}>
      <h1 id={elementIds.errorTitle} className={styles.title}>
        {title}
      </h1>
      <div className={styles.body}>{children}</div>
      {onRetry && (
        <button type="button" className={styles.retry} onClick={onRetry} disabled={retrying}>
          {retrying ? t('common.retrying') : t('common.retry')}
        </button>
      )}
    </section>
  );
}
