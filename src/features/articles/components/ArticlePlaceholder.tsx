import styles from './Placeholder.module.css';

/**
 * Stands in for an article while it loads. Its blocks take the space the headline, metadata and
 * first paragraphs will take, so nothing jumps when the text arrives.
 */
export function ArticlePlaceholder() {
  return (
    <div
      className={styles.article}
      role="status"
      aria-live="polite"
      aria-label="Loading the story…"
    >
      <span className="visually-hidden">Loading the story…</span>
      <div aria-hidden="true" className={styles.blocks}>
        <div className={`${styles.block} ${styles.kicker}`} />
        <div className={`${styles.block} ${styles.headline}`} />
        <div className={`${styles.block} ${styles.standfirst}`} />
        <div className={`${styles.block} ${styles.meta}`} />
        {[0, 1, 2].map((line) => (
          <div key={line} className={`${styles.block} ${styles.paragraph}`} />
        ))}
      </div>
    </div>
  );
}
