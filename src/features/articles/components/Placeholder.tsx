import type { ReactNode } from 'react';
import styles from './Placeholder.module.css';

type Props = {
  /** What is loading, said to screen readers. */
  label: string;
  /** Blocks shaped like what will arrive (`block`, a `styles` class per shape). */
  children: ReactNode;
};

/** Stands in for content while it loads, announced politely, its shapes hidden from readers. */
export function Placeholder({ label, children }: Props) {
  return (
    <div className={styles.article} role="status" aria-live="polite" aria-label={label}>
      <span className="visually-hidden">{label}</span>
      <div aria-hidden="true" className={styles.blocks}>
        {children}
      </div>
    </div>
  );
}

/** A block of the given shape. */
export const block = (shape: keyof typeof styles) => `${styles.block} ${styles[shape]}`;
