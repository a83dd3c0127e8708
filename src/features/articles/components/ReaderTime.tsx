import { formatInstant, readerOffsetAt } from '../../../lib/dates';
import { useMessages } from '../../../lib/i18n/useMessages';
import { useHydrated } from '../../../lib/useHydrated';

type Props = { iso: string };

/**
 * An instant in the reader's own time zone (UTC until the page knows where the reader is), in
 * the page's language. The build's and the browser's Intl may word a date a little differently
 * (their ICU data differ), so that text alone may differ at hydration; it is redrawn right after.
 */
export function ReaderTime({ iso }: Props) {
  const hydrated = useHydrated();
  const { language } = useMessages();
  const readerOffset = hydrated ? readerOffsetAt(iso) : 0;
  const { local } = formatInstant(iso, { readerOffset, language });
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {local}
    </time>
  );
}
