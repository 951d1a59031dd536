/**
 * A source bound to its parsed table: the typed columns it reads, its
 * filters turned into per-code lookups, and the grain its rows cover.
 */
import { ordinalOf, periodFromOrdinal } from '../calendar/period.ts';
import type { DayNumber } from '../calendar/civil-date.ts';
import type { CalendarOptions, Grain } from '../calendar/grain.ts';
import type { DateColumn, NumberColumn, Table, TextColumn } from '../csv/table.ts';
import { aggregateOf } from '../schema/source.ts';
import type { Aggregate, Source } from '../schema/source.ts';
import { dayGrains, dayIndexOf, daysThrough } from './day-index.ts';
import { inferRowGrain } from './row-grain.ts';
import { blankCodes, canonicalCodes } from './text-codes.ts';

export interface RowFilter {
  column: TextColumn;
  codes: TextColumn['codes'];
  /** 1 where the code's text is an allowed value. */
  allowed: Uint8Array;
}

export interface BoundSource {
  source: Source;
  aggregate: Aggregate;
  table: Table;
  date: DateColumn;
  /** Numeric values, or text codes for count_distinct; null when counting rows. */
  value: NumberColumn | TextColumn | null;
  filters: RowFilter[];
  rowGrain: Grain;
}

/** Whether a row passes every filter. */
export function passesFilters(filters: readonly RowFilter[], row: number): boolean {
  for (let index = 0; index < filters.length; index++) {
    const filter = filters[index]!;
    if (filter.allowed[filter.codes[row]!] !== 1) return false;
  }
  return true;
}

/**
 * The value a row contributes: its number, its text's code (the same code for
 * texts that differ only in surrounding spaces; NaN for a blank cell), or NaN
 * when counting rows.
 */
export function rowValueReader(bound: BoundSource): (row: number) => number {
  const { value } = bound;
  if (value === null) return () => Number.NaN;
  if (value.kind === 'number') return (row) => value.values[row]!;
  const canonical = canonicalCodes(value);
  const blank = blankCodes(value);
  return (row) => {
    const code = value.codes[row]!;
    return blank[code] === 1 ? Number.NaN : canonical[code]!;
  };
}

/**
 * The last day the file's data covers on or before `asOf`: the end of the
 * row-grain period of its latest row. Filters do not shorten it: the file's
 * last row says how far the data goes.
 */
export function coverageEnd(
  bound: BoundSource,
  asOf: DayNumber,
  calendar: CalendarOptions,
): DayNumber | null {
  const index = dayIndexOf(bound.date);
  const grains = dayGrains(index, bound.date);
  // The latest day with rows: the index may also hold days without any.
  let place = daysThrough(index, asOf) - 1;
  while (place >= 0 && grains[place] === 0) place--;
  if (place < 0) return null;
  const latest = index.days[place]!;
  return periodFromOrdinal(ordinalOf(latest, bound.rowGrain, calendar), bound.rowGrain, calendar)
    .end;
}

export function bindSource(
  source: Source,
  table: Table,
  columns: {
    date: DateColumn;
    value: NumberColumn | TextColumn | null;
    filters: { column: TextColumn; values: readonly string[] }[];
  },
): BoundSource {
  const filters = columns.filters.map(({ column, values }) => {
    const wanted = new Set(values.map((value) => value.trim()));
    const allowed = new Uint8Array(column.dictionary.length);
    column.dictionary.forEach((text, code) => {
      if (wanted.has(text.trim())) allowed[code] = 1;
    });
    return { column, codes: column.codes, allowed };
  });
  return {
    source,
    aggregate: aggregateOf(source),
    table,
    date: columns.date,
    value: columns.value,
    filters,
    rowGrain: source.rows ?? inferRowGrain(columns.date),
  };
}
