import { useMessages } from '../../../lib/i18n/useMessages';
import type { DataProblem } from '../../../lib/validation';
import { DataProblemReport } from './DataProblemReport';
import styles from './PanelProblemNotice.module.css';

type Props = {
  /** What was left out. */
  what: 'participants' | 'quotes';
  problems: DataProblem[];
};

/**
 * Says inside a panel that some of it was left out for errors in the article file, and which
 * fields, while the rest of the article still reads. Nothing when there were no errors.
 */
export function PanelProblemNotice({ what, problems }: Props) {
  const t = useMessages();
  if (problems.length === 0) return null;
  const participants = what === 'participants';
  return (
    <div
      className={styles.notice}
      role="note"
      aria-label={t(participants ? 'panels.missingParticipants' : 'panels.missingQuotes')}
    >
      <p className={styles.summary}>
        {t(participants ? 'panels.participantsLeftOut' : 'panels.quotesLeftOut')}
      </p>
      <DataProblemReport problems={problems} />
    </div>
  );
}
