import { formatInstant, readerOffsetAt } from '../../../lib/dates';
import { useHydrated } from '../../../lib/useHydrated';

type Props = { iso: string };

/** An instant in the reader's own time zone (UTC until the page knows where the reader is). */
export function ReaderTime({ iso }: Props) {
  const hydrated = useHydrated();
  const { local } = formatInstant(iso, { readerOffset: hydrated ? readerOffsetAt(iso) : 0 });
  return <time dateTime={iso}>{local}</time>;
}
