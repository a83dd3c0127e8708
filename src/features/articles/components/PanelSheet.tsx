import { useMessages } from '../../../lib/i18n/useMessages';
import { useEffect, useRef, type ReactNode } from 'react';
import { Icon } from '../../../components/Icon';
import { setSelectionAside } from '../../../lib/selection';
import styles from './PanelSheet.module.css';

export type PanelName = 'participants' | 'quotes';

type Props = {
  open: PanelName | undefined;
  onOpenChange: (panel: PanelName | undefined) => void;
  panels: Record<PanelName, ReactNode>;
};

const LABELS = { participants: 'panels.participants', quotes: 'panels.quotes' } as const;

/**
 * On a phone the sidebar and the quotes are one tap away: a bar within thumb reach opens either
 * as a modal sheet (a native dialog: focus stays inside, Escape closes, focus returns).
 */
export function PanelSheet({ open, onOpenChange, panels }: Props) {
  const t = useMessages();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const restoreSelection = useRef<() => void>(undefined);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // A sheet opened before the last one's close event came keeps what that one put aside.
      restoreSelection.current ??= setSelectionAside();
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const closed = () => {
    // The close event comes a task after the sheet closed: another may have opened meanwhile
    // (Escape, then at once the other panel's button), and this one's close is not its.
    if (dialogRef.current?.open) return;
    restoreSelection.current?.();
    restoreSelection.current = undefined;
    onOpenChange(undefined);
  };

  return (
    <>
      <nav className={styles.bar} aria-label={t('panels.tools')}>
        {(Object.keys(LABELS) as PanelName[]).map((panel) => (
          <button
            key={panel}
            type="button"
            className={styles.barButton}
            aria-haspopup="dialog"
            onClick={() => onOpenChange(panel)}
          >
            <Icon name={panel === 'participants' ? 'people' : 'quote'} />
            {t(LABELS[panel])}
          </button>
        ))}
      </nav>
      <dialog
        ref={dialogRef}
        className={styles.sheet}
        aria-label={open ? t(LABELS[open]) : undefined}
        onClose={closed}
      >
        <div className={styles.sheetBar}>
          <button type="button" className={styles.close} onClick={() => onOpenChange(undefined)}>
            <Icon name="close" />
            <span>{t('common.close')}</span>
          </button>
        </div>
        {open && <div className={styles.sheetBody}>{panels[open]}</div>}
      </dialog>
    </>
  );
}
