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
