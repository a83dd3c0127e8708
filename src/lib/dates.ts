const offsetPattern = /(?:Z|([+-])(\d{2}):?(\d{2}))$/i;

/** Minutes east of UTC written in an ISO 8601 instant, like +330 for `+05:30`. */
export function offsetMinutes(iso: string): number {
  const match = offsetPattern.exec(iso);
  if (match === null) throw new RangeError(`No offset in "${iso}"`);
  const [, sign, hours, minutes] = match;
  if (sign === undefined) return 0;
  const total = Number(hours) * 60 + Number(minutes);
  return sign === '-' ? -total : total;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  const rest = String(absolute % 60).padStart(2, '0');
  return `UTC${sign}${hours}:${rest}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const twoDigits = (value: number) => String(value).padStart(2, '0');

const formats = new Map<string, Intl.DateTimeFormat>();

/** A day and a 24-hour time in `language`, read in UTC: the instant is shifted beforehand. */
function dateFormat(language: string): Intl.DateTimeFormat {
  let format = formats.get(language);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'UTC',
    });
    formats.set(language, format);
  }
  return format;
}

/**
 * The wall-clock time `offset` minutes east of UTC, like "16 May 2025, 18:22". English is written
 * out by hand (the first Intl date format costs a phone a long pause, and most pages are English);
 * other languages ask Intl, in their own words and digits.
 */
function wallClock(date: Date, offset: number, language: string): string {
  const shifted = new Date(date.getTime() + offset * 60_000);
  if (language !== 'en') return dateFormat(language).format(shifted);
  return `${shifted.getUTCDate()} ${MONTHS[shifted.getUTCMonth()]} ${shifted.getUTCFullYear()}, ${twoDigits(shifted.getUTCHours())}:${twoDigits(shifted.getUTCMinutes())}`;
}

/** Minutes east of UTC in the reader's own time zone at that instant (daylight saving included). */
export function readerOffsetAt(iso: string): number {
  // `|| 0`: UTC gives -0, which is no offset.
  return -new Date(iso).getTimezoneOffset() || 0;
}

export type FormattedInstant = {
  /** In the reader's time zone (UTC until the browser has said which it is), with the zone named. */
  local: string;
  /** The wall-clock time where the article was filed, with that zone's label. */
  original: string;
};

/**
 * Formats an instant for the reader, and also as the source wrote it; the original is computed
 * from the offset kept in the string, since the IANA zone is not part of the data.
 */
export function formatInstant(
  iso: string,
  options: {
    /** Minutes east of UTC where the reader is (readerOffsetAt); UTC when not known. */
    readerOffset?: number | undefined;
    originalLabel?: string | undefined;
    /** The language to write it in (a BCP 47 tag); English by default. */
    language?: string | undefined;
  } = {},
): FormattedInstant {
  const date = new Date(iso);
  const offset = offsetMinutes(iso);
  const reader = options.readerOffset ?? 0;
  const language = options.language ?? 'en';
  return {
    local: `${wallClock(date, reader, language)} ${reader === 0 ? 'UTC' : formatOffset(reader)}`,
    original: `${wallClock(date, offset, language)} ${options.originalLabel ?? formatOffset(offset)}`,
  };
}
