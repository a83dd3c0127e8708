import { noNotes, type Line, type Notes, type PageMeta } from './page';
import { zoneOffset } from './timeZones';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY} ${MONTH},? (\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH} ${DAY},? (\\d{4})\\b`, 'i');
const YEAR_MONTH_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const TIME = /\b(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?(?![\d:.])/i;
/** A zone after the time: an abbreviation, or UTC/GMT with an offset written out. */
const ZONE = /^[\s,]*(?:\(?\s*(?:(?:UTC|GMT)\s*([+−-])\s*(\d{1,2})(?::?(\d{2}))?|([A-Z]{2,5}))\b)/;
const OFFSET = /(?:Z|([+-])(\d{2}):?(\d{2}))$/i;
const UPDATED_LABEL = /^(?:last\s+)?(?:updated|modified)\b/i;
const PUBLISHED_LABEL = /^(?:first\s+)?(?:published|posted)\b/i;
/** A line of text this long or shorter can be a "Published …" line rather than a paragraph. */
const MAX_DATE_LINE = 80;

type WallClock = { year: number; month: number; day: number; hour: number; minute: number };

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

function formatOffset(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** An ISO 8601 instant with its offset kept: the reader shows the time where it was filed. */
function toIso(wall: WallClock, offset: number): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:00${formatOffset(offset)}`;
}

/** The wall clock `offset` minutes east of UTC at an instant. */
function wallClockAt(epochMs: number, offset: number): WallClock {
  const shifted = new Date(epochMs + offset * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

function isRealDate({ year, month, day, hour, minute }: WallClock): boolean {
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return date.getUTCDate() === day && date.getUTCMonth() === month - 1 && hour < 24 && minute < 60;
}

type ZoneReading = { label: string; offset: number | undefined };

/** A date written for people, like "16 May 2025 at 18:22 IST" or "March 4, 2031, 9:15 a.m. EST". */
function readWrittenDate(
  text: string,
): { wall: WallClock; zone?: ZoneReading } | { problem: string } | undefined {
  const dmy = DAY_MONTH_YEAR.exec(text);
  const mdy = dmy ? null : MONTH_DAY_YEAR.exec(text);
  const ymd = dmy || mdy ? null : YEAR_MONTH_DAY.exec(text);
  const date = dmy
    ? { year: +dmy[3]!, month: monthNumber(dmy[2]!), day: +dmy[1]!, end: dmy.index + dmy[0].length }
    : mdy
      ? {
          year: +mdy[3]!,
          month: monthNumber(mdy[1]!),
          day: +mdy[2]!,
          end: mdy.index + mdy[0].length,
        }
      : ymd
        ? { year: +ymd[1]!, month: +ymd[2]!, day: +ymd[3]!, end: ymd.index + ymd[0].length }
        : undefined;
  if (date === undefined) return undefined;
  const rest = text.slice(date.end);
  const time = TIME.exec(rest);
  if (time === null) return { problem: `"${text}" gives no time of day` };
  let hour = +time[1]!;
  const meridiem = time[3]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  const wall = { year: date.year, month: date.month, day: date.day, hour, minute: +time[2]! };
  if (!isRealDate(wall)) return { problem: `"${text}" is not a real date and time` };
  const zone = ZONE.exec(rest.slice(time.index + time[0].length));
  if (zone === null) return { wall };
  const [, sign, hours, minutes, abbreviation] = zone;
  if (abbreviation !== undefined) {
    return { wall, zone: { label: abbreviation, offset: zoneOffset(abbreviation) } };
  }
  const offset = (+hours! * 60 + +(minutes ?? 0)) * (sign === '+' ? 1 : -1);
  return { wall, zone: { label: formatOffset(offset).replace(/^/, 'UTC'), offset } };
}

type Reading = { iso: string; zoneLabel?: string } | { problem: string };

/**
 * An instant from a line: its `datetime` when it has an offset, shown in the zone the text names;
 * else the written date in the zone it names. A zone not in the table is a problem, not a guess.
 */
export function readInstant(line: Pick<Line, 'text' | 'datetime'>): Reading | undefined {
  const written = readWrittenDate(line.text);
  const machine = line.datetime;
  if (machine !== undefined && OFFSET.test(machine) && !Number.isNaN(Date.parse(machine))) {
    const zone = written && 'wall' in written ? written.zone : undefined;
    if (zone?.offset !== undefined) {
      return {
        iso: toIso(wallClockAt(Date.parse(machine), zone.offset), zone.offset),
        zoneLabel: zone.label,
      };
    }
    return { iso: machine.replace(/z$/, 'Z') };
  }
  if (written === undefined) return undefined;
  if ('problem' in written) return written;
  if (written.zone === undefined) {
    return { problem: `"${line.text}" names no time zone: the import does not guess one` };
  }
  if (written.zone.offset === undefined) {
    return {
      problem: `"${line.text}" names the time zone ${written.zone.label}, which the import does not know: it does not guess its offset`,
    };
  }
  return { iso: toIso(written.wall, written.zone.offset), zoneLabel: written.zone.label };
}

const isDateLine = (line: Line) =>
  line.kind === 'time' ||
  ((PUBLISHED_LABEL.test(line.text) || UPDATED_LABEL.test(line.text)) &&
    line.text.length <= MAX_DATE_LINE &&
    readWrittenDate(line.text) !== undefined);

export type Dates = {
  publishedAt?: string;
  updatedAt?: string;
  timeZoneLabel?: string;
};

/**
 * Reads "Published …" and "Updated …" lines and `<time>` elements into instants, then drops them
 * from the text; the page's metadata fills in what its text does not say.
 */
export function readDates(
  lines: Line[],
  meta: PageMeta,
): { lines: Line[]; dates: Dates; notes: Notes } {
  const notes = noNotes();
  const dates: Dates = {};
  const labels = new Set<string>();
  for (const line of lines.filter(isDateLine)) {
    const reading = readInstant(line);
    if (reading === undefined) continue;
    if ('problem' in reading) {
      notes.checks.push(reading.problem);
      continue;
    }
    const field = UPDATED_LABEL.test(line.text) ? 'updatedAt' : 'publishedAt';
    // The first a page gives wins: later ones repeat it lower down (a footer, a related box).
    if (dates[field] !== undefined) continue;
    dates[field] = reading.iso;
    if (reading.zoneLabel !== undefined) labels.add(reading.zoneLabel);
  }
  for (const [field, value] of [
    ['publishedAt', meta.publishedTime],
    ['updatedAt', meta.modifiedTime],
  ] as const) {
    if (dates[field] !== undefined || value === undefined) continue;
    const reading = readInstant({ text: '', datetime: value });
    if (reading !== undefined && 'iso' in reading) dates[field] = reading.iso;
  }
  const [label, ...others] = labels;
  if (label !== undefined && others.length === 0) dates.timeZoneLabel = label;
  if (others.length > 0) {
    notes.checks.push(
      `The page names more than one time zone (${[...labels].join(', ')}): timeZoneLabel is left out`,
    );
  }
  return { lines: lines.filter((line) => !isDateLine(line)), dates, notes };
}
