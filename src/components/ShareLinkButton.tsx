import { useMessages } from '../lib/i18n/useMessages';
import { useEffect, useState } from 'react';
import { Icon } from './Icon';
import styles from './ShareLinkButton.module.css';

type Props = {
  /** Path or absolute URL to share; a path is made absolute against the current origin. */
  href: string;
  title: string;
  /** The accessible name, e.g. "Share section: No Putin, no Zelensky". */
  label: string;
};

const MESSAGE_MS = 4000;

/**
 * Shares a link with the device's share sheet where there is one, and otherwise copies it,
 * confirming in a live region so screen-reader users hear it too.
 */
export function ShareLinkButton({ href, title, label }: Props) {
  const t = useMessages();
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(''), MESSAGE_MS);
    return () => window.clearTimeout(timer);
  }, [message]);

  async function share() {
    const url = new URL(href, window.location.origin).href;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t('common.linkCopied'));
    } catch {
      setMessage(t('common.copyThisLink', { url }));
    }
  }

  return (
    <span className={styles.wrapper}>
      <button
        type="button"
        className={styles.button}
        onClick={() => void share()}
        aria-label={label}
      >
        <Icon name="share" />
      </button>
      <span role="status" className={message ? styles.message : 'visually-hidden'}>
        {message}
      </span>
    </span>
  );
}
