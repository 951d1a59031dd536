/**
 * Series: a KPI's value per period, in order, from its first period with data
 * to its last, with gaps kept as gaps (null) unless the source fills zeros.
 * Values are always aggregated from raw rows at the requested grain, so a
 * quarter is never an average of months.
 */
import { periodFromOrdinal } from '../calendar/period.ts';
import type { Period } from '../calendar/period.ts';
import type { DayNumber } from '../calendar/civil-date.ts';
import type { CalendarOptions, Grain } from '../calendar/grain.ts';
import type { TextColumn } from '../csv/table.ts';
import { canFillZero } from './aggregators.ts';
import { coverageEnd } from './bound-source.ts';
import type { BoundSource } from './bound-source.ts';
import { planCube } from './cube-plan.ts';
import { cubeKind } from './day-cube.ts';
import { dayIndexOf, dayOrdinals, daysThrough } from './day-index.ts';
import { combinePeriods } from './period-combine.ts';
import { aggregateRows } from './period-rows.ts';

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

/**
 * One aggregation of a source per period: overall and, with `groupBy`, per
 * group. Read from the source's day cubes (see cube-plan.ts), which its rows
 * fill once; medians, and cubes that would be too large, read the rows.
 */
export function aggregatePeriods(
  bound: BoundSource,
  options: SeriesOptions,
  groupBy?: TextColumn,
): GroupedValues {
  const kind = cubeKind(bound);
  const plan = kind === null ? null : planCube(bound, kind, groupBy);
  if (plan === null) return aggregateRows(bound, options, groupBy);

  const index = dayIndexOf(bound.date);
  const periods = dayOrdinals(index, options.grain, options.calendar);
  const through = daysThrough(index, options.asOf);
  const mean = bound.aggregate === 'mean';
  const all = combinePeriods(plan.cube, plan.overall, periods, through, mean);
  const groups = new Map<string, PeriodValues>();
  for (const [value, members] of plan.byValue) {
    const values = combinePeriods(plan.cube, members, periods, through, mean);
    if (values.first !== null) groups.set(value, values);
  }
  return { all, groups };
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

/** Periods by grain and calendar, then ordinal: every series at a grain shares the same objects. */
const periodCache = new Map<string, Map<number, Period>>();

function periodAt(ordinal: number, grain: Grain, calendar: CalendarOptions): Period {
  const key = `${grain}:${calendar.fiscalYearStart}:${calendar.weekStart}`;
  let byOrdinal = periodCache.get(key);
  if (!byOrdinal) periodCache.set(key, (byOrdinal = new Map<number, Period>()));
  let period = byOrdinal.get(ordinal);
  if (!period) byOrdinal.set(ordinal, (period = periodFromOrdinal(ordinal, grain, calendar)));
  return period;
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
    const period = periodAt(ordinal, options.grain, options.calendar);
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
