/**
 * Series: a KPI's value per period, in order, from its first period with data
 * to its last, with gaps kept as gaps (null) unless the source fills zeros.
 * Values are always aggregated from raw rows at the requested grain, so a
 * quarter is never an average of months.
 */
import { ordinalOf, periodFromOrdinal } from '../calendar/period.ts';
import type { Period } from '../calendar/period.ts';
import type { DayNumber } from '../calendar/civil-date.ts';
import type { CalendarOptions, Grain } from '../calendar/grain.ts';
import type { TextColumn } from '../csv/table.ts';
import { canFillZero, createAccumulator } from './aggregators.ts';
import type { Accumulator } from './aggregators.ts';
import { coverageEnd, rowMask, rowValueReader } from './bound-source.ts';
import type { BoundSource } from './bound-source.ts';
import { canonicalCodes } from './text-codes.ts';

export interface SeriesPoint {
  period: Period;
  value: number | null;
  /** The period is not over (as of the build) or the data stops inside it. */
  partial: boolean;
}

export interface SeriesOptions {
  grain: Grain;
  calendar: CalendarOptions;
  asOf: DayNumber;
}

/** Aggregated values per period ordinal, for the whole source or one group. */
export interface PeriodValues {
  values: Map<number, number | null>;
  first: number | null;
  last: number | null;
}

export interface GroupedValues {
  /** All rows together. */
  all: PeriodValues;
  /** Per value of the group-by column's text. */
  groups: Map<string, PeriodValues>;
}

const ALL_ROWS = -1;

/** One pass over the rows: every period's value overall and, with `groupBy`, per group. */
export function aggregatePeriods(
  bound: BoundSource,
  options: SeriesOptions,
  groupBy?: TextColumn,
): GroupedValues {
  const mask = rowMask(bound, options.asOf);
  const valueOf = rowValueReader(bound);
  const accumulators = new Map<number, Map<number, Accumulator>>();
  const hasValueColumn = bound.value !== null;
  const { days } = bound.date;
  const groupCodes = groupBy ? canonicalCodes(groupBy) : null;
  let lastDay = Number.NaN;
  let lastOrdinal = 0;

  const accumulatorFor = (group: number, ordinal: number): Accumulator => {
    let periods = accumulators.get(group);
    if (!periods) accumulators.set(group, (periods = new Map<number, Accumulator>()));
    let accumulator = periods.get(ordinal);
    if (!accumulator)
      periods.set(ordinal, (accumulator = createAccumulator(bound.aggregate, hasValueColumn)));
    return accumulator;
  };

  for (let row = 0; row < days.length; row++) {
    if (mask[row] !== 1) continue;
    const day = days[row]!;
    // Rows usually arrive sorted by date, so the previous row's period is often this row's.
    if (day !== lastDay) {
      lastDay = day;
      lastOrdinal = ordinalOf(day, options.grain, options.calendar);
    }
    const value = valueOf(row);
    accumulatorFor(ALL_ROWS, lastOrdinal).add(value, day);
    if (groupBy && groupCodes)
      accumulatorFor(groupCodes[groupBy.codes[row]!]!, lastOrdinal).add(value, day);
  }

  const groups = new Map<string, PeriodValues>();
  for (const [group, periods] of accumulators) {
    if (group !== ALL_ROWS && groupBy)
      groups.set(groupBy.dictionary[group]!.trim(), finish(periods));
  }
  const all = accumulators.get(ALL_ROWS);
  return { all: all ? finish(all) : { values: new Map(), first: null, last: null }, groups };
}

function finish(periods: Map<number, Accumulator>): PeriodValues {
  const values = new Map<number, number | null>();
  let first: number | null = null;
  let last: number | null = null;
  for (const [ordinal, accumulator] of periods) {
    values.set(ordinal, accumulator.result());
    if (first === null || ordinal < first) first = ordinal;
    if (last === null || ordinal > last) last = ordinal;
  }
  return { values, first, last };
}

/** The last day whose data is complete: the as-of date, or earlier where the data stops. */
export function completeThrough(
  sources: readonly BoundSource[],
  options: SeriesOptions,
): DayNumber {
  let through = options.asOf;
  for (const source of sources) {
    const end = coverageEnd(source, options.asOf, options.calendar);
    if (end !== null && end < through) through = end;
  }
  return through;
}

/** Lays values out over a range of periods, flagging partial ones and filling gaps as asked. */
export function toSeries(
  valueAt: (ordinal: number) => number | null,
  range: readonly [number, number] | null,
  options: SeriesOptions,
  through: DayNumber,
): SeriesPoint[] {
  if (range === null) return [];
  const points: SeriesPoint[] = [];
  for (let ordinal = range[0]; ordinal <= range[1]; ordinal++) {
    const period = periodFromOrdinal(ordinal, options.grain, options.calendar);
    points.push({ period, value: valueAt(ordinal), partial: period.end > through });
  }
  return points;
}

/** A fill function: gaps become 0 where the source says `fill: zero` and the aggregate allows it. */
export function gapFiller(bound: BoundSource): (value: number | null | undefined) => number | null {
  const zero = bound.source.fill === 'zero' && canFillZero(bound.aggregate);
  return (value) => (value === undefined || value === null ? (zero ? 0 : null) : value);
}

export function unionRange(...ranges: (PeriodValues | undefined)[]): [number, number] | null {
  let first: number | null = null;
  let last: number | null = null;
  for (const range of ranges) {
    if (!range || range.first === null || range.last === null) continue;
    first = first === null ? range.first : Math.min(first, range.first);
    last = last === null ? range.last : Math.max(last, range.last);
  }
  return first === null || last === null ? null : [first, last];
}
