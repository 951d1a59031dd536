/**
 * The days of a date column, ascending, and each row's place among them.
 * Aggregating works per day, of which a file has thousands, rather than per
 * row, of which it may have millions. When the rows span fewer days than
 * there are rows (the usual case) the index holds every day from the first
 * to the last, and a row's place is its day minus the first: no pass over
 * the rows is needed to place them. Otherwise it holds the distinct days,
 * and each row's place is looked up once.
 *
 * An index is built once per column and shared by every KPI, grain and "as
 * of" date that reads the column: a table never changes once read, so the
 * index is kept beside the column (in a WeakMap, so it goes when the table
 * goes).
 */
import { ordinalOf } from '../calendar/period.ts';
import type { DayNumber } from '../calendar/civil-date.ts';
import type { CalendarOptions, Grain } from '../calendar/grain.ts';
import type { DateColumn } from '../csv/table.ts';

export interface DayIndex {
  /** The days, ascending: every day from the first to the last, or the distinct ones. */
  days: Int32Array;
  /** The first day, when `days` holds every day: a row's place is its day minus it. */
  first: number;
  /** For each row, the place of its day in `days`; null when `days` holds every day. */
  rowDays: Uint16Array | Uint32Array | null;
  /** Period ordinals of the days, by grain and calendar. */
  ordinals: Map<string, Int32Array>;
  /** Per day, a bit (1 << index in GRAINS) per grain its rows were written at; 0 for no row. */
  grains?: Uint8Array;
  /** The grain the rows were recorded at, once inferred (see row-grain.ts). */
  rowGrain?: Grain;
}

/** At most this many days are indexed as a run of every day; more take the distinct days. */
const MAX_RUN = 1 << 16;

const indexes = new WeakMap<DateColumn, DayIndex>();

function build(column: DateColumn): DayIndex {
  const rowDay = column.days;
  const rows = rowDay.length;
  let low = Infinity;
  let high = -Infinity;
  for (let row = 0; row < rows; row++) {
    const day = rowDay[row]!;
    if (day < low) low = day;
    if (day > high) high = day;
  }
  if (rows === 0) return { days: new Int32Array(0), first: 0, rowDays: null, ordinals: new Map() };

  const span = high - low + 1;
  if (span <= MAX_RUN && span <= rows) {
    const days = new Int32Array(span);
    for (let index = 0; index < span; index++) days[index] = low + index;
    return { days, first: low, rowDays: null, ordinals: new Map() };
  }

  // Few rows over a long time, or a very long time: the distinct days, each row placed once.
  const days = Int32Array.from(new Set(rowDay)).sort();
  const rowDays = days.length <= 0x10000 ? new Uint16Array(rows) : new Uint32Array(rows);
  for (let row = 0; row < rows; row++) rowDays[row] = lowerBound(days, rowDay[row]!);
  return { days, first: low, rowDays, ordinals: new Map() };
}

/** The first index whose day is at least `day`. */
function lowerBound(days: Int32Array, day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (days[middle]! < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function dayIndexOf(column: DateColumn): DayIndex {
  let index = indexes.get(column);
  if (!index) indexes.set(column, (index = build(column)));
  return index;
}

/** Forgets a column's index (its memory goes with the column's, see release-columns.ts). */
export function dropDayIndex(column: DateColumn): DayIndex | undefined {
  const index = indexes.get(column);
  indexes.delete(column);
  return index;
}

/** The place in the index of each row's day, as a function of the row. */
export function rowPlaces(index: DayIndex, column: DateColumn): (row: number) => number {
  const { rowDays, first } = index;
  const days = column.days;
  return rowDays === null ? (row) => days[row]! - first : (row) => rowDays[row]!;
}

/** The grains the rows of each day were written at (computed on first use). */
export function dayGrains(index: DayIndex, column: DateColumn): Uint8Array {
  if (index.grains) return index.grains;
  const grains = new Uint8Array(index.days.length);
  const place = rowPlaces(index, column);
  for (let row = 0; row < column.days.length; row++)
    grains[place(row)]! |= 1 << column.grains[row]!;
  index.grains = grains;
  return grains;
}

/** How many days of the index fall on or before `asOf`: days from this count on are left out. */
export function daysThrough(index: DayIndex, asOf: DayNumber): number {
  return lowerBound(index.days, asOf + 1);
}

/** The period ordinals at one grain of each day, with a key naming the grain and calendar. */
export interface DayOrdinals {
  key: string;
  ordinals: Int32Array;
}

export function dayOrdinals(index: DayIndex, grain: Grain, calendar: CalendarOptions): DayOrdinals {
  const key = `${grain}:${calendar.fiscalYearStart}:${calendar.weekStart}`;
  let ordinals = index.ordinals.get(key);
  if (!ordinals) {
    ordinals = Int32Array.from(index.days, (day) => ordinalOf(day, grain, calendar));
    index.ordinals.set(key, ordinals);
  }
  return { key, ordinals };
}
