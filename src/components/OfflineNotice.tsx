import { useMessages } from '../lib/i18n/useMessages';
import { useOnline } from '../lib/useOnline';
import styles from './OfflineNotice.module.css';

/**
 * Says so when the device is offline. The live region is always there, so the change is
 * announced as it happens.
 */
export function OfflineNotice() {
  const online = useOnline();
  const t = useMessages();
  return (
    <div role="status" className={online ? undefined : styles.notice}>
      {!online && <p>{t('site.offline')}</p>}
    </div>
  );
}
