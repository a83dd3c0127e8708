import styles from './SectionControls.module.css';

type Props = {
  allExpanded: boolean;
  allCollapsed: boolean;
  onSetAll: (expanded: boolean) => void;
};

/** Opens or folds every section at once. */
export function SectionControls({ allExpanded, allCollapsed, onSetAll }: Props) {
  const buttons = [
    { label: 'Expand all', expand: true, done: allExpanded },
    { label: 'Collapse all', expand: false, done: allCollapsed },
  ];
  return (
    <div className={styles.controls} role="group" aria-label="Sections">
      {buttons.map(({ label, expand, done }) => (
        <button
          key={label}
          type="button"
          className={styles.button}
          onClick={() => onSetAll(expand)}
          data-active={done || undefined}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
