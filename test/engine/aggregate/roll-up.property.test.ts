import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Aggregate } from '../../../src/engine/schema/source.ts';
import { inMemorySource, ratioSeriesOf, seriesOf } from '../support/in-memory-source.ts';
import type { Row } from '../support/in-memory-source.ts';

const DAY_MS = 86_400_000;
const FIRST = Date.UTC(2025, 0, 1) / DAY_MS;
const LAST = Date.UTC(2026, 11, 31) / DAY_MS;

/** An ISO date written by Date, independently of the engine's calendar code. */
const isoDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const quarterOf = (date: string) =>
  `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;

const rowsArbitrary = fc.array(
  fc.record({
    day: fc.integer({ min: FIRST, max: LAST }).map(isoDate),
    amount: fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null }),
  }),
  { minLength: 1, maxLength: 200 },
);

/** The reference: each aggregate computed straight from the raw rows of a quarter. */
function reference(values: number[], rowCount: number, aggregate: Aggregate): number | null {
  if (aggregate === 'count') return rowCount;
  if (values.length === 0) return null;
  const sum = values.reduce((total, value) => total + value, 0);
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  switch (aggregate) {
    case 'sum':
      return sum;
    case 'mean':
      return sum / values.length;
    case 'median':
      return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    case 'min':
      return sorted[0]!;
    case 'max':
      return sorted.at(-1)!;
    default:
      throw new Error(`no reference for ${aggregate}`);
  }
}

function quarterly(rows: Row[], aggregate: Aggregate) {
  const source = inMemorySource(rows, {
    file: 'data/t.csv',
    date: 'day',
    aggregate,
    ...(aggregate === 'count' ? {} : { value: 'amount' }),
  });
  return seriesOf(source, 'quarter', '2027-01-31');
}

describe('rolling months up into quarters', () => {
  it('re-aggregates the raw rows of the quarter for every aggregate', () => {
    const aggregates: Aggregate[] = ['sum', 'count', 'min', 'max', 'mean', 'median'];
    fc.assert(
      fc.property(rowsArbitrary, fc.constantFrom(...aggregates), (rows, aggregate) => {
        for (const point of quarterly(rows, aggregate)) {
          const inQuarter = rows.filter((row) => quarterOf(row.day) === point.period.key);
          const values = inQuarter.flatMap((row) => (row.amount === null ? [] : [row.amount]));
          expect(point.value).toBe(
            inQuarter.length === 0 ? null : reference(values, inQuarter.length, aggregate),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('takes the mean of a quarter from its rows, not the mean of monthly means', () => {
    const rows: Row[] = [
      { day: '2026-01-05', amount: 10 },
      { day: '2026-01-06', amount: 20 },
      { day: '2026-01-07', amount: 30 },
      { day: '2026-02-01', amount: 40 },
      { day: '2026-03-01', amount: 100 },
      { day: '2026-03-02', amount: 0 },
    ];
    // Monthly means 20, 40 and 50 average to 36.67; the six rows average to 200 / 6.
    expect(quarterly(rows, 'mean')[0]?.value).toBe(200 / 6);
  });
});

describe('ratio KPIs over random rows', () => {
  it('equal the ratio of the period sums', () => {
    const webRows = fc.array(
      fc.record({
        day: fc.integer({ min: FIRST, max: LAST }).map(isoDate),
        signups: fc.integer({ min: 0, max: 50 }),
        visits: fc.integer({ min: 0, max: 500 }),
      }),
      { minLength: 1, maxLength: 150 },
    );
    fc.assert(
      fc.property(webRows, (rows) => {
        const side = (value: string) =>
          inMemorySource(rows, { file: 'data/web.csv', date: 'day', value });
        const series = ratioSeriesOf(
          { kind: 'ratio', numerator: side('signups'), denominator: side('visits') },
          'month',
          '2027-01-31',
        );
        for (const point of series) {
          const inMonth = rows.filter((row) => row.day.slice(0, 7) === point.period.key);
          const signups = inMonth.reduce((total, row) => total + row.signups, 0);
          const visits = inMonth.reduce((total, row) => total + row.visits, 0);
          expect(point.value).toBe(inMonth.length === 0 || visits === 0 ? null : signups / visits);
        }
      }),
      { numRuns: 300 },
    );
  });
});
