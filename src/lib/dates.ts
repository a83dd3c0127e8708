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

/**
 * How prerendered pages write times: a fixed locale and UTC, the same on every build machine, so
 * the browser hydrates the same text before switching to the reader's own zone.
 */
export const PRERENDER_DATE_FORMAT = { locale: 'en-GB', timeZone: 'UTC' } as const;

export type FormattedInstant = {
  /** In the reader's own time zone and locale, with the zone named. */
  local: string;
  /** The wall-clock time where the article was filed, with that zone's label. */
  original: string;
};

/**
 * Formats an instant for the reader, and also as the source wrote it. The original is computed
 * from the offset kept in the string, since the IANA zone is not part of the data.
 */
export function formatInstant(
  iso: string,
  options: {
    locale?: string | undefined;
    timeZone?: string | undefined;
    originalLabel?: string | undefined;
  } = {},
): FormattedInstant {
  const date = new Date(iso);
  const local = new Intl.DateTimeFormat(options.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: options.timeZone,
  }).format(date);
  const zoneName =
    new Intl.DateTimeFormat(options.locale, {
      timeZoneName: 'short',
      timeZone: options.timeZone,
    })
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value ?? '';

  const offset = offsetMinutes(iso);
  const shifted = new Date(date.getTime() + offset * 60_000);
  const original = new Intl.DateTimeFormat(options.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(shifted);

  return {
    local: zoneName ? `${local} ${zoneName}` : local,
    original: `${original} ${options.originalLabel ?? formatOffset(offset)}`,
  };
}
