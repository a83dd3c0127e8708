import type { DataProblem } from '../../../lib/validation';
import styles from './DataProblemReport.module.css';

type Props = { problems: DataProblem[] };

/** Tells the article's editor exactly which fields of the file are wrong. */
export function DataProblemReport({ problems }: Props) {
  return (
    <div className={styles.report}>
      <p>For the editor: the file has these problems.</p>
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
