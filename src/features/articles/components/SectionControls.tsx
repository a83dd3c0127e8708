import { useMessages } from '../../../lib/i18n/useMessages';
import styles from './SectionControls.module.css';

type Props = {
  allExpanded: boolean;
  allCollapsed: boolean;
  onSetAll: (expanded: boolean) => void;
};

/** Opens or folds every section at once. */
export function SectionControls({ allExpanded, allCollapsed, onSetAll }: Props) {
  const t = useMessages();
  const buttons = [
    { label: t('sections.expandAll'), expand: true, done: allExpanded },
    { label: t('sections.collapseAll'), expand: false, done: allCollapsed },
  ];
  return (
    <div className={styles.controls} role="group" aria-label={t('sections.controls')}>
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
