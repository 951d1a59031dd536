/**
 * The time axis. Every period sits at its last day: pace, targets, milestones
 * and forecasts are all defined at period ends, so on this axis the pace line
 * passes through each period's point exactly where the report's pace is.
 *
 * Positions are ISO dates (`2026-03-31`) in the data; ECMAScript parses a
 * date-only ISO string as UTC midnight, and the scale is a UTC scale, so no
 * browser or build-host time zone moves a point. Tick labels are written here
 * from the period keys with the format module, never by Vega from a Date.
 */
import { civilFromDay, formatIsoDate, parseIsoDate } from '../calendar/civil-date.ts';
import type { DayNumber } from '../calendar/civil-date.ts';
import type { CalendarOptions, Grain } from '../calendar/grain.ts';
import { periodFromOrdinal, periodOf } from '../calendar/period.ts';
import type { Period } from '../calendar/period.ts';
import { formatPeriod } from '../format/format-period.ts';
import { CHAR_WIDTH } from './chart-style.ts';

export interface TimeTick {
  /** Milliseconds since 1970 at UTC midnight of the period's last day: the position Vega uses. */
  t: number;
  label: string;
}

const DAY_MS = 86_400_000;

/** Room around each label, in pixels. */
const LABEL_GAP = 20;

/** The x position of a day as data: its ISO date. */
export function dayX(day: DayNumber): string {
  return formatIsoDate(day);
}

interface TickScheme {
  keep: (period: Period) => boolean;
  /** Whether each tick stands for a whole year, so the year alone labels it. */
  yearly: boolean;
}

function everyNth(step: number, yearly = false): TickScheme {
  return { keep: (period) => period.ordinal % step === 0, yearly };
}

/** Every `months` months, on first days: long daily series read best by month. */
function monthStarts(months: number): TickScheme {
  return {
    keep: (period) => {
      const { year, month, day } = civilFromDay(period.start);
      return day === 1 && (year * 12 + month - 1) % months === 0;
    },
    yearly: months % 12 === 0,
  };
}

/** Tick schemes from densest to sparsest, per grain. */
function schemes(grain: Grain, calendar: CalendarOptions): TickScheme[] {
  switch (grain) {
    case 'day': {
      // Day numbers count from a Thursday; this offset lands weekly ticks on the week's first day.
      const weekOffset = 4 + calendar.weekStart - 1;
      const weeks = [7, 14].map((step) => ({
        keep: (period: Period) => (((period.ordinal - weekOffset) % step) + step) % step === 0,
        yearly: false,
      }));
      return [everyNth(1), everyNth(2), ...weeks, ...[1, 2, 3, 6, 12, 24, 60].map(monthStarts)];
    }
    case 'week':
      return [1, 2, 4, 8, 13, 26, 52, 104].map((step) => everyNth(step));
    case 'month':
      return [1, 2, 3, 6, 12, 24, 60, 120].map((step) => everyNth(step, step % 12 === 0));
    case 'quarter':
    case 'fiscal-quarter':
      return [1, 2, 4, 8, 20, 40].map((step) => everyNth(step, step % 4 === 0));
    case 'year':
    case 'fiscal-year':
      return [1, 2, 5, 10, 20, 50, 100].map((step) => everyNth(step));
  }
}

function tickLabel(period: Period, yearly: boolean, locale: string): string {
  if (!yearly) return formatPeriod(period.key, period.grain, period.start, locale);
  if (period.grain === 'fiscal-quarter') return period.key.slice(0, period.key.indexOf('-'));
  return String(civilFromDay(period.start).year);
}

/**
 * Ticks for the periods from `first` to `last`: the densest scheme whose
 * labels fit side by side in `plotWidth`.
 */
export function timeTicks(
  first: Period,
  last: Period,
  calendar: CalendarOptions,
  locale: string,
  plotWidth: number,
): TimeTick[] {
  const periods: Period[] = [];
  for (let ordinal = first.ordinal; ordinal <= last.ordinal; ordinal++)
    periods.push(periodFromOrdinal(ordinal, first.grain, calendar));

  let ticks: TimeTick[] = [];
  for (const scheme of schemes(first.grain, calendar)) {
    ticks = periods.filter(scheme.keep).map((period) => ({
      t: period.end * DAY_MS,
      label: tickLabel(period, scheme.yearly, locale),
    }));
    const widest = Math.max(0, ...ticks.map((tick) => tick.label.length));
    if (ticks.length * (widest * CHAR_WIDTH + LABEL_GAP) <= plotWidth) return ticks;
  }
  return ticks;
}

/** The first and last of some ISO dates; null when there are none. */
export function dateRange(dates: readonly string[]): [string, string] | null {
  if (dates.length === 0) return null;
  const sorted = [...dates].sort();
  return [sorted[0]!, sorted[sorted.length - 1]!];
}

/** The frame dataset: the range drawn, as the time scale's domain. */
export function frameRows(range: [string, string] | null): { t: number; t2: number }[] {
  const first = range && parseIsoDate(range[0]);
  const last = range && parseIsoDate(range[1]);
  return first == null || last == null ? [] : [{ t: first * DAY_MS, t2: last * DAY_MS }];
}

/** Ticks for the periods at `grain` that hold the range's first and last dates. */
export function timeTicksOver(
  range: [string, string] | null,
  grain: Grain,
  calendar: CalendarOptions,
  locale: string,
  plotWidth: number,
): TimeTick[] {
  const first = range && parseIsoDate(range[0]);
  const last = range && parseIsoDate(range[1]);
  if (first == null || last == null) return [];
  const from = periodOf(first, grain, calendar);
  return timeTicks(from, periodOf(last, grain, calendar), calendar, locale, plotWidth);
}
