/**
 * Period values read from the rows themselves, for aggregates that do not
 * combine from per-day parts (medians, distinct counts) and for cubes too
 * large to keep. Each row's period comes from its day's ordinal, computed
 * once per distinct day.
 */
import { createAccumulator } from './aggregators.ts';
import type { Accumulator } from './aggregators.ts';
import { passesFilters, rowValueReader } from './bound-source.ts';
import type { BoundSource } from './bound-source.ts';
import { filterKey, idOf } from './day-cube.ts';
import { dayIndexOf, dayOrdinals, daysThrough, rowPlaces } from './day-index.ts';
import { NO_PERIODS } from './period-combine.ts';
import { readMedians } from './period-medians.ts';
import type { TextColumn } from '../csv/table.ts';
import type { GroupedValues, PeriodValues, SeriesOptions } from './series.ts';
import { canonicalCodes } from './text-codes.ts';

type Periods = (Accumulator | undefined)[];

function finish(periods: Periods, base: number): PeriodValues {
  const values = new Map<number, number | null>();
  let first: number | null = null;
  let last: number | null = null;
  periods.forEach((accumulator, slot) => {
    if (!accumulator) return;
    const ordinal = base + slot;
    first ??= ordinal;
    last = ordinal;
    values.set(ordinal, accumulator.result());
  });
  return { values, first, last };
}

/** Results by source, grain, date and group, kept beside the date column like cubes. */
const results = new WeakMap<object, Map<string, GroupedValues>>();

export function dropRowResults(column: object): void {
  results.delete(column);
}

/**
 * The source's periods from its rows, overall and per group of `groupBy`.
 * Kept: a KPI asks for its overall series and again with each breakdown.
 */
export function aggregateRows(
  bound: BoundSource,
  options: SeriesOptions,
  groupBy?: TextColumn,
): GroupedValues {
  const index = dayIndexOf(bound.date);
  const periods = dayOrdinals(index, options.grain, options.calendar);
  const through = daysThrough(index, options.asOf);
  const value = bound.value ? idOf(bound.value) : '-';
  const filters = bound.filters.map(filterKey).join('&');
  const source = `${bound.aggregate}|${value}|${filters}|${periods.key}|${through}`;
  let known = results.get(bound.date);
  if (!known) results.set(bound.date, (known = new Map<string, GroupedValues>()));
  const key = `${source}|${groupBy ? idOf(groupBy.codes) : '-'}`;
  let result = known.get(key);
  if (!result) {
    result = read(bound, periods.ordinals, through, groupBy);
    known.set(key, result);
    // The overall part of a grouped reading is the ungrouped reading.
    known.set(`${source}|-`, { all: result.all, groups: new Map() });
  }
  return result;
}

function read(
  bound: BoundSource,
  ordinals: Int32Array,
  through: number,
  groupBy?: TextColumn,
): GroupedValues {
  if (through === 0) return { all: NO_PERIODS, groups: new Map() };
  if (bound.aggregate === 'median' && bound.value?.kind === 'number')
    return readMedians(bound, bound.value.values, ordinals, through, groupBy);
  return accumulate(bound, ordinals, through, groupBy);
}

/**
 * Every row added to an accumulator of its period (see aggregators.ts): the
 * plain way, for what has no faster one, and the reference the faster ones
 * are tested against.
 */
export function accumulateRows(
  bound: BoundSource,
  options: SeriesOptions,
  groupBy?: TextColumn,
): GroupedValues {
  const index = dayIndexOf(bound.date);
  const { ordinals } = dayOrdinals(index, options.grain, options.calendar);
  const through = daysThrough(index, options.asOf);
  if (through === 0) return { all: NO_PERIODS, groups: new Map() };
  return accumulate(bound, ordinals, through, groupBy);
}

function accumulate(
  bound: BoundSource,
  ordinals: Int32Array,
  through: number,
  groupBy?: TextColumn,
): GroupedValues {
  const index = dayIndexOf(bound.date);

  const base = ordinals[0]!;
  const span = ordinals[through - 1]! - base + 1;
  const hasValueColumn = bound.value !== null;
  const accumulator = (periods: Periods, slot: number): Accumulator =>
    (periods[slot] ??= createAccumulator(bound.aggregate, hasValueColumn));
  const valueOf = rowValueReader(bound);
  const { days } = index;
  const placeOf = rowPlaces(index, bound.date);
  const rowCount = bound.date.days.length;
  const { filters } = bound;
  const canonical = groupBy ? canonicalCodes(groupBy) : null;
  const all: Periods = new Array<Accumulator | undefined>(span);
  const groups = new Map<number, Periods>();

  for (let row = 0; row < rowCount; row++) {
    const day = placeOf(row);
    if (day >= through || (filters.length > 0 && !passesFilters(filters, row))) continue;
    const slot = ordinals[day]! - base;
    const value = valueOf(row);
    accumulator(all, slot).add(value, days[day]!);
    if (canonical) {
      const group = canonical[groupBy!.codes[row]!]!;
      let periods = groups.get(group);
      if (!periods) groups.set(group, (periods = new Array<Accumulator | undefined>(span)));
      accumulator(periods, slot).add(value, days[day]!);
    }
  }

  const named = new Map<string, PeriodValues>();
  for (const [group, periods] of groups)
    named.set(groupBy!.dictionary[group]!.trim(), finish(periods, base));
  return { all: finish(all, base), groups: named };
}
