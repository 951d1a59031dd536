/**
 * Periods: concrete spans at a grain with stable keys (`2026-11-03`, `2026-W45`,
 * `2026-11`, `2026-Q4`, `2026`, `FY2027-Q1`, `FY2027`). Each period also has an
 * ordinal, an integer that grows by one from a period to the next, which makes
 * ranges, gaps and offsets plain integer arithmetic.
 */
import {
  civilFromDay,
  dayFromCivil,
  daysInMonth,
  formatIsoDate,
  pad,
  parseIsoDate,
} from './civil-date.ts';
import type { DayNumber } from './civil-date.ts';
import type { CalendarOptions, Grain } from './grain.ts';

export interface Period {
  grain: Grain;
  key: string;
  ordinal: number;
  /** First day. */
  start: DayNumber;
  /** Last day, inclusive. */
  end: DayNumber;
}

/** A Monday (1970-01-05); weeks are counted from the weekday of the calendar's start after it. */
const FIRST_MONDAY = 4;

function weekOrdinal(day: DayNumber, calendar: CalendarOptions): number {
  const base = FIRST_MONDAY + calendar.weekStart - 1;
  return Math.floor((day - base) / 7);
}

function weekStartDay(ordinal: number, calendar: CalendarOptions): DayNumber {
  return FIRST_MONDAY + calendar.weekStart - 1 + ordinal * 7;
}

/**
 * The year a week belongs to and its number. Week 1 holds the year's first
 * fourth day of the week (Thursday for ISO weeks), so `2024-12-30` is `2025-W01`.
 */
function weekYearAndNumber(ordinal: number, calendar: CalendarOptions): [number, number] {
  const anchor = weekStartDay(ordinal, calendar) + 3;
  const weekYear = civilFromDay(anchor).year;
  const number = Math.floor((anchor - dayFromCivil(weekYear, 1, 1)) / 7) + 1;
  return [weekYear, number];
}

function weekOrdinalOf(weekYear: number, week: number, calendar: CalendarOptions): number {
  // The week holding January 4th is always week 1: its fourth day cannot fall before it.
  const week1 = weekOrdinal(dayFromCivil(weekYear, 1, 4), calendar);
  return week1 + week - 1;
}

/** Weeks in a week-year: 52, or 53 in long years. */
export function weeksInYear(weekYear: number, calendar: CalendarOptions): number {
  return weekOrdinalOf(weekYear + 1, 1, calendar) - weekOrdinalOf(weekYear, 1, calendar);
}

/** Fiscal year (named by the year it ends in) and its 0-based month index. */
function fiscalYearOf(year: number, month: number, startMonth: number): [number, number] {
  const fiscalYear = startMonth === 1 || month < startMonth ? year : year + 1;
  return [fiscalYear, (month - startMonth + 12) % 12];
}

/** The calendar year and month of a fiscal year's month index. */
function calendarMonthOf(
  fiscalYear: number,
  monthIndex: number,
  startMonth: number,
): [number, number] {
  const firstYear = startMonth === 1 ? fiscalYear : fiscalYear - 1;
  const absolute = firstYear * 12 + (startMonth - 1) + monthIndex;
  return [Math.floor(absolute / 12), (absolute % 12) + 1];
}

/** The ordinal of the period at `grain` that holds `day`. */
export function ordinalOf(day: DayNumber, grain: Grain, calendar: CalendarOptions): number {
  if (grain === 'day') return day;
  if (grain === 'week') return weekOrdinal(day, calendar);
  const { year, month } = civilFromDay(day);
  switch (grain) {
    case 'month':
      return year * 12 + month - 1;
    case 'quarter':
      return year * 4 + Math.floor((month - 1) / 3);
    case 'year':
      return year;
    case 'fiscal-quarter': {
      const [fiscalYear, index] = fiscalYearOf(year, month, calendar.fiscalYearStart);
      return fiscalYear * 4 + Math.floor(index / 3);
    }
    case 'fiscal-year':
      return fiscalYearOf(year, month, calendar.fiscalYearStart)[0];
  }
}

function monthSpan(year: number, month: number, months: number): [DayNumber, DayNumber] {
  const endAbsolute = year * 12 + month - 1 + months - 1;
  const endYear = Math.floor(endAbsolute / 12);
  const endMonth = (endAbsolute % 12) + 1;
  return [
    dayFromCivil(year, month, 1),
    dayFromCivil(endYear, endMonth, daysInMonth(endYear, endMonth)),
  ];
}

/** The period at `grain` with this ordinal. */
export function periodFromOrdinal(
  ordinal: number,
  grain: Grain,
  calendar: CalendarOptions,
): Period {
  const make = (key: string, start: DayNumber, end: DayNumber): Period => ({
    grain,
    key,
    ordinal,
    start,
    end,
  });
  switch (grain) {
    case 'day':
      return make(formatIsoDate(ordinal), ordinal, ordinal);
    case 'week': {
      const start = weekStartDay(ordinal, calendar);
      const [weekYear, number] = weekYearAndNumber(ordinal, calendar);
      return make(`${pad(weekYear, 4)}-W${pad(number, 2)}`, start, start + 6);
    }
    case 'month': {
      const year = Math.floor(ordinal / 12);
      const month = (ordinal % 12) + 1;
      return make(`${pad(year, 4)}-${pad(month, 2)}`, ...monthSpan(year, month, 1));
    }
    case 'quarter': {
      const year = Math.floor(ordinal / 4);
      const quarter = (ordinal % 4) + 1;
      return make(`${pad(year, 4)}-Q${quarter}`, ...monthSpan(year, quarter * 3 - 2, 3));
    }
    case 'year':
      return make(pad(ordinal, 4), ...monthSpan(ordinal, 1, 12));
    case 'fiscal-quarter': {
      const fiscalYear = Math.floor(ordinal / 4);
      const quarter = (ordinal % 4) + 1;
      const [year, month] = calendarMonthOf(
        fiscalYear,
        (quarter - 1) * 3,
        calendar.fiscalYearStart,
      );
      return make(`FY${pad(fiscalYear, 4)}-Q${quarter}`, ...monthSpan(year, month, 3));
    }
    case 'fiscal-year': {
      const [year, month] = calendarMonthOf(ordinal, 0, calendar.fiscalYearStart);
      return make(`FY${pad(ordinal, 4)}`, ...monthSpan(year, month, 12));
    }
  }
}

export function periodOf(day: DayNumber, grain: Grain, calendar: CalendarOptions): Period {
  return periodFromOrdinal(ordinalOf(day, grain, calendar), grain, calendar);
}

const KEY_PATTERNS: [Grain, RegExp][] = [
  ['day', /^\d{4}-\d{2}-\d{2}$/],
  ['week', /^(\d{4})-W(\d{2})$/],
  ['month', /^(\d{4})-(\d{2})$/],
  ['quarter', /^(\d{4})-Q([1-4])$/],
  ['year', /^(\d{4})$/],
  ['fiscal-quarter', /^FY(\d{4})-Q([1-4])$/],
  ['fiscal-year', /^FY(\d{4})$/],
];

/** Parses a period key of any grain; null when it is not a valid key. */
export function parsePeriodKey(key: string, calendar: CalendarOptions): Period | null {
  for (const [grain, pattern] of KEY_PATTERNS) {
    const match = pattern.exec(key);
    if (!match) continue;
    const first = Number(match[1]);
    const second = Number(match[2]);
    switch (grain) {
      case 'day': {
        const day = parseIsoDate(key);
        return day === null ? null : periodFromOrdinal(day, 'day', calendar);
      }
      case 'week':
        if (second < 1 || second > weeksInYear(first, calendar)) return null;
        return periodFromOrdinal(weekOrdinalOf(first, second, calendar), 'week', calendar);
      case 'month':
        if (second < 1 || second > 12) return null;
        return periodFromOrdinal(first * 12 + second - 1, 'month', calendar);
      case 'quarter':
      case 'fiscal-quarter':
        return periodFromOrdinal(first * 4 + second - 1, grain, calendar);
      case 'year':
      case 'fiscal-year':
        return periodFromOrdinal(first, grain, calendar);
    }
  }
  return null;
}

/**
 * The year a period counts toward in year-to-date totals: the week-year for
 * weeks (`2025-W01` starts on 2024-12-30 but belongs to 2025), the fiscal year
 * for fiscal grains, the calendar year of its first day otherwise.
 */
export function yearOfPeriod(period: Period, calendar: CalendarOptions): number {
  switch (period.grain) {
    case 'week':
      return weekYearAndNumber(period.ordinal, calendar)[0];
    case 'fiscal-quarter':
    case 'fiscal-year':
      return ordinalOf(period.start, 'fiscal-year', calendar);
    default:
      return civilFromDay(period.start).year;
  }
}

/** The same period one year earlier, or null where none exists (week 53, 29 February). */
export function yearAgo(period: Period, calendar: CalendarOptions): Period | null {
  switch (period.grain) {
    case 'day': {
      const { year, month, day } = civilFromDay(period.start);
      if (day > daysInMonth(year - 1, month)) return null;
      return periodFromOrdinal(dayFromCivil(year - 1, month, day), 'day', calendar);
    }
    case 'week': {
      const [weekYear, number] = weekYearAndNumber(period.ordinal, calendar);
      if (number > weeksInYear(weekYear - 1, calendar)) return null;
      return periodFromOrdinal(weekOrdinalOf(weekYear - 1, number, calendar), 'week', calendar);
    }
    case 'month':
      return periodFromOrdinal(period.ordinal - 12, 'month', calendar);
    case 'quarter':
    case 'fiscal-quarter':
      return periodFromOrdinal(period.ordinal - 4, period.grain, calendar);
    case 'year':
    case 'fiscal-year':
      return periodFromOrdinal(period.ordinal - 1, period.grain, calendar);
  }
}
