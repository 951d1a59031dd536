/**
 * Reads the date of a CSV row. ISO dates and period keys are read directly;
 * other formats and timestamps go through Luxon, in the site's time zone, so
 * that `2026-11-03T23:30:00-08:00` lands on the site's calendar day.
 */
import { DateTime } from 'luxon';
import { parseIsoDate } from '../calendar/civil-date.ts';
import type { DayNumber } from '../calendar/civil-date.ts';
import type { CalendarOptions, Grain } from '../calendar/grain.ts';
import { parsePeriodKey } from '../calendar/period.ts';

export interface DateValue {
  /** First day of the date or period. */
  day: DayNumber;
  /** The grain the value was written at: `day` for dates, the key's grain for period keys. */
  grain: Grain;
}

export interface DateReader {
  read(text: string): DateValue | null;
  /** Describes the expected format, for error messages. */
  readonly expected: string;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
/** Above this many distinct values a column is not worth caching (timestamps). */
const CACHE_LIMIT = 100_000;

export function createDateReader(
  calendar: CalendarOptions,
  timeZone: string,
  format?: string,
): DateReader {
  const cache = new Map<string, DateValue | null>();
  const parse =
    format === undefined
      ? (text: string) => readIso(text, calendar, timeZone)
      : (text: string) => readFormatted(text, format, timeZone);
  return {
    expected:
      format === undefined
        ? 'an ISO date (2026-11-03) or period (2026-11, 2026-W45, 2026-Q4, 2026)'
        : `a date in the format ${format}`,
    read(text) {
      const cached = cache.get(text);
      if (cached !== undefined) return cached;
      const value = parse(text.trim());
      if (cache.size < CACHE_LIMIT) cache.set(text, value);
      return value;
    },
  };
}

function readIso(text: string, calendar: CalendarOptions, timeZone: string): DateValue | null {
  const day = parseIsoDate(text);
  if (day !== null) return { day, grain: 'day' };
  if (TIMESTAMP.test(text))
    return readTimestamp(DateTime.fromISO(text.replace(' ', 'T'), { zone: timeZone }));
  const period = parsePeriodKey(text, calendar);
  return period === null ? null : { day: period.start, grain: period.grain };
}

function readFormatted(text: string, format: string, timeZone: string): DateValue | null {
  return readTimestamp(DateTime.fromFormat(text, format, { zone: timeZone, locale: 'en-US' }));
}

function readTimestamp(dateTime: DateTime): DateValue | null {
  if (!dateTime.isValid) return null;
  // Luxon has converted any offset in the text to the site's zone; its calendar date is what counts.
  const day = parseIsoDate(dateTime.toISODate() ?? '');
  return day === null ? null : { day, grain: 'day' };
}

/** A day and a month with a four-digit year: `31/12/2025`, `12.31.2025`, `1-2-2025`. */
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/** `dd/MM/yyyy`, or `d/M/yyyy` when the day or month is written with one digit. */
function numericFormat(
  first: string,
  second: string,
  separator: string,
  dayFirst: boolean,
): string {
  const short = first.length === 1 || second.length === 1;
  const [day, month] = short ? ['d', 'M'] : ['dd', 'MM'];
  return dayFirst
    ? `${day}${separator}${month}${separator}yyyy`
    : `${month}${separator}${day}${separator}yyyy`;
}

/**
 * What to do about a date that does not parse: for a numeric date such as
 * 31/12/2025, the `dateFormat` that reads it (day first when the first number
 * cannot be a month, month first when the second cannot be).
 */
export function dateHint(text: string, format: string | undefined): string {
  const generic =
    format === undefined
      ? 'Write dates as 2026-11-03, or declare `dateFormat` on the source.'
      : 'Check the value, or the `dateFormat` declared on the source.';
  const match = NUMERIC_DATE.exec(text.trim());
  if (!match) return generic;
  const [, first = '', separator = '/', second = ''] = match;
  const [a, b] = [Number(first), Number(second)];
  const dayFirst = numericFormat(first, second, separator, true);
  const monthFirst = numericFormat(first, second, separator, false);
  if (a > 12 && b >= 1 && b <= 12 && format !== dayFirst)
    return `This looks like day/month/year: declare \`dateFormat: ${dayFirst}\` on the source.`;
  if (b > 12 && a >= 1 && a <= 12 && format !== monthFirst)
    return `This looks like month/day/year: declare \`dateFormat: ${monthFirst}\` on the source.`;
  if (format === undefined && a >= 1 && a <= 12 && b >= 1 && b <= 12)
    return `Declare the order the file writes dates in on the source: \`dateFormat: ${dayFirst}\` (day first) or \`dateFormat: ${monthFirst}\` (month first).`;
  return generic;
}
