import { useOnline } from '../lib/useOnline';
import styles from './OfflineNotice.module.css';

/**
 * Says so when the device is offline. The live region is always there, so the change is
 * announced as it happens.
 */
export function OfflineNotice() {
  const online = useOnline();
  return (
    <div role="status" className={online ? undefined : styles.notice}>
      {!online && (
        <p>
          You’re offline. Stories you have opened still read; others will open when you’re back
          online.
        </p>
      )}
    </div>
  );
}
