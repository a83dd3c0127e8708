import { useMessages } from '../../../lib/i18n/useMessages';
import type { DataProblem } from '../../../lib/validation';
import styles from './DataProblemReport.module.css';

type Props = { problems: DataProblem[] };

/** Tells the article's editor exactly which fields of the file are wrong. */
export function DataProblemReport({ problems }: Props) {
  const t = useMessages();
  return (
    <div className={styles.report}>
      <p>{t('panels.forTheEditor')}</p>
      <ul className={styles.list}>
        {problems.map((problem, index) => (
          <li key={index}>
            <code className={styles.path}>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
