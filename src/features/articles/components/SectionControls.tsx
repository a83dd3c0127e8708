import styles from './SectionControls.module.css';

type Props = {
  allExpanded: boolean;
  allCollapsed: boolean;
  onSetAll: (expanded: boolean) => void;
};

/** Opens or folds every section at once. */
export function SectionControls({ allExpanded, allCollapsed, onSetAll }: Props) {
  return (
    <div className={styles.controls} role="group" aria-label="Sections">
      <button
        type="button"
        className={styles.button}
        onClick={() => onSetAll(true)}
        data-active={allExpanded || undefined}
      >
        Expand all
      </button>
      <button
        type="button"
        className={styles.button}
        onClick={() => onSetAll(false)}
        data-active={allCollapsed || undefined}
      >
        Collapse all
      </button>
    </div>
  );
}
