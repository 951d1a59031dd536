/**
 * Periods combined from per-day parts (and medians selected from rows laid
 * out per period) equal periods aggregated row by row into accumulators, for every aggregate that has parts, with and without filters
 * and groups, at every grain and "as of" date: the cubes change how often
 * rows are read, never a number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bindSource } from '../../../src/engine/aggregate/bound-source.ts';
import { accumulateRows } from '../../../src/engine/aggregate/period-rows.ts';
import { aggregatePeriods } from '../../../src/engine/aggregate/series.ts';
import type { GroupedValues } from '../../../src/engine/aggregate/series.ts';
import { GRAINS, ISO_CALENDAR } from '../../../src/engine/calendar/grain.ts';
import type { Grain } from '../../../src/engine/calendar/grain.ts';
import type { NumberColumn, Table, TextColumn } from '../../../src/engine/csv/table.ts';
import type { Aggregate } from '../../../src/engine/schema/source.ts';
import { day } from '../support/in-memory-source.ts';

const FIRST = day('2025-01-01');
const REGIONS = ['EU', 'EU ', 'US', 'APAC', ''];
const CHANNELS = ['web', 'shop'];
const CUSTOMERS = ['ann', 'bob', 'ann ', '', 'cy'];

interface Row {
  day: number;
  region: number;
  channel: number;
  customer: number;
  amount: number | null;
}

const rowsArbitrary = fc.array(
  fc.record({
    // Few days, so that rows of different groups often share one.
    day: fc.integer({ min: FIRST, max: FIRST + 95 }),
    region: fc.integer({ min: 0, max: REGIONS.length - 1 }),
    channel: fc.integer({ min: 0, max: CHANNELS.length - 1 }),
    customer: fc.integer({ min: 0, max: CUSTOMERS.length - 1 }),
    // Integers keep sums exact whichever order they are added in; -0 tests the ties of min and max.
    amount: fc.option(fc.constantFrom(-0, 0, 1, 2, 5, -3, 100, 7), { nil: null }),
  }),
  { maxLength: 150, size: 'large' },
);

function text(rows: Row[], pick: (row: Row) => number, dictionary: string[]): TextColumn {
  return { kind: 'text', codes: Uint32Array.from(rows, pick), dictionary };
}

function bound(
  rows: Row[],
  aggregate: Aggregate,
  where: Record<string, string[]>,
  tableColumns: boolean,
) {
  const region = text(rows, (row) => row.region, REGIONS);
  const channel = text(rows, (row) => row.channel, CHANNELS);
  const amount: NumberColumn = {
    kind: 'number',
    values: Float64Array.from(rows, (row) => row.amount ?? Number.NaN),
  };
  const table: Table = {
    file: 'data/t.csv',
    header: ['day', 'region', 'channel', 'amount'],
    rowCount: rows.length,
    lines: Uint32Array.from(rows, (_, index) => index + 2),
    columns: new Map(),
  };
  const customers = text(rows, (row) => row.customer, CUSTOMERS);
  const columns = { region, channel, customer: customers };
  // A table that lists its text columns gets cubes grouped by all of them.
  if (tableColumns)
    for (const [name, column] of Object.entries(columns)) table.columns.set(`text:${name}`, column);
  const customer = text(rows, (row) => row.customer, CUSTOMERS);
  const value = aggregate === 'count_distinct' ? customer : aggregate === 'count' ? null : amount;
  return {
    columns,
    source: bindSource(
      { file: 'data/t.csv', date: 'day', value: 'amount', aggregate, where },
      table,
      {
        date: {
          kind: 'date',
          days: Int32Array.from(rows, (row) => row.day),
          grains: new Uint8Array(rows.length),
        },
        value,
        filters: Object.entries(where).map(([name, values]) => ({
          column: columns[name as keyof typeof columns],
          values,
        })),
      },
    ),
  };
}

function plain(values: GroupedValues) {
  const periods = (part: GroupedValues['all']) => ({
    first: part.first,
    last: part.last,
    values: [...part.values]
      .sort((a, b) => a[0] - b[0])
      .map(([ordinal, value]) => [ordinal, Object.is(value, -0) ? '-0' : value]),
  });
  return {
    all: periods(values.all),
    groups: [...values.groups]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, part]) => [name, periods(part)]),
  };
}

describe('periods from per-day parts', () => {
  it('equal periods from the rows, for every aggregate, filter, group, grain and date', () => {
    const aggregates: Aggregate[] = [
      'sum',
      'mean',
      'count',
      'min',
      'max',
      'first',
      'last',
      'count_distinct',
      'median',
    ];
    const filters: Record<string, string[]>[] = [
      {},
      { region: ['EU'] },
      { region: ['US', 'APAC'] },
      { channel: ['web'] },
      { region: ['EU'], channel: ['shop'] },
      { region: ['EU', 'US'], channel: ['web'] },
      // Three filter columns: a cube of the rows that pass them.
      { region: ['EU', 'APAC'], channel: ['web'], customer: ['ann', 'cy'] },
    ];
    fc.assert(
      fc.property(
        rowsArbitrary,
        fc.constantFrom(...aggregates),
        fc.constantFrom(...filters),
        fc.constantFrom<('region' | 'channel' | null)[]>(null, 'region', 'channel'),
        fc.constantFrom<Grain[]>(...GRAINS),
        fc.integer({ min: FIRST - 5, max: FIRST + 100 }),
        fc.boolean(),
        (rows, aggregate, where, groupBy, grain, asOf, tableColumns) => {
          const { source, columns } = bound(rows, aggregate, where, tableColumns);
          const options = { grain, calendar: ISO_CALENDAR, asOf };
          const group = groupBy === null ? undefined : columns[groupBy];
          expect(plain(aggregatePeriods(source, options, group))).toEqual(
            plain(accumulateRows(source, options, group)),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
