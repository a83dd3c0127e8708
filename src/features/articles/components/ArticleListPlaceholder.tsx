import styles from './Placeholder.module.css';

/** Stands in for the list of articles while it loads. */
export function ArticleListPlaceholder() {
  return (
    <div className={styles.article} role="status" aria-live="polite" aria-label="Loading stories…">
      <span className="visually-hidden">Loading stories…</span>
      <div aria-hidden="true" className={styles.blocks}>
        <div className={`${styles.block} ${styles.kicker}`} />
        <div className={`${styles.block} ${styles.standfirst}`} />
        <div className={`${styles.block} ${styles.paragraph}`} />
      </div>
    </div>
  );
}
