import type { Update } from '../model/articleSchema';
import { useMessages } from '../../../lib/i18n/useMessages';
import { ReaderTime } from './ReaderTime';
import styles from './CorrectionNotice.module.css';

type Props = { correction: Update };

/** A correction, at the top of a section it concerns: what the story got wrong, and when it was put right. */
export function CorrectionNotice({ correction }: Props) {
  const t = useMessages();
  return (
    <div role="note" className={styles.notice}>
      <p className={styles.when}>
        <strong className={styles.label}>{t('updates.correction')}</strong>{' '}
        <ReaderTime iso={correction.at} />
      </p>
      <p className={styles.text} dir="auto">
        {correction.text}
      </p>
    </div>
  );
}
