/** Period and date labels in the site locale. Dates are formatted in UTC from day numbers, so no host zone moves them. */
import { civilFromDay, parseIsoDate } from '../calendar/civil-date.ts';
import type { DayNumber } from '../calendar/civil-date.ts';
import type { CalendarOptions, Grain } from '../calendar/grain.ts';
import { parsePeriodKey } from '../calendar/period.ts';

const DAY_MS = 86_400_000;
const cache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format)
    cache.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return format;
}

/** `3 Nov 2026` style, as the locale writes it. */
export function formatDay(day: DayNumber, locale: string): string {
  return dateFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(
    new Date(day * DAY_MS),
  );
}

export function formatIsoDay(iso: string, locale: string): string {
  const day = parseIsoDate(iso);
  return day === null ? iso : formatDay(day, locale);
}

/**
 * A period for readers: `November 2026`, `Q4 2026`, `Week 45, 2026`,
 * `FY2027 Q1`, `2026`, or the day itself.
 */
export function formatPeriod(key: string, grain: Grain, start: DayNumber, locale: string): string {
  switch (grain) {
    case 'day':
      return formatDay(start, locale);
    case 'month':
      return dateFormat(locale, { year: 'numeric', month: 'long' }).format(
        new Date(start * DAY_MS),
      );
    case 'week': {
      const [year, week] = key.split('-W');
      return `Week ${Number(week)}, ${year}`;
    }
    case 'quarter': {
      const [year, quarter] = key.split('-');
      return `${quarter} ${year}`;
    }
    case 'fiscal-quarter':
      return key.replace('-', ' ');
    case 'year':
    case 'fiscal-year':
      return key;
  }
}

/** A period key as readers say it, parsed with the calendar; the key itself when it does not parse. */
export function formatPeriodKey(key: string, calendar: CalendarOptions, locale: string): string {
  const period = parsePeriodKey(key, calendar);
  return period ? formatPeriod(period.key, period.grain, period.start, locale) : key;
}

/** The month name alone (`November`), for sentences about the latest month. */
export function monthName(start: DayNumber, locale: string): string {
  return dateFormat(locale, { month: 'long' }).format(new Date(start * DAY_MS));
}

export function yearOf(day: DayNumber): number {
  return civilFromDay(day).year;
}
