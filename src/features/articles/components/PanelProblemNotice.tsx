import type { DataProblem } from '../../../lib/validation';
import { DataProblemReport } from './DataProblemReport';
import styles from './PanelProblemNotice.module.css';

type Props = {
  /** What was left out, as the reader would name it: "participants", "quotes". */
  what: string;
  problems: DataProblem[];
};

/**
 * Says inside a panel that some of it was left out for errors in the article file, and which
 * fields, while the rest of the article still reads. Nothing when there were no errors.
 */
export function PanelProblemNotice({ what, problems }: Props) {
  if (problems.length === 0) return null;
  return (
    <div className={styles.notice} role="note" aria-label={`Some ${what} are missing`}>
      <p className={styles.summary}>
        Some {what} can’t be shown: the story file has errors here. The rest of the story is
        unaffected.
      </p>
      <DataProblemReport problems={problems} />
    </div>
  );
}
