import { describe, expect, it } from 'vitest';
import type { Aggregate } from '../../../src/engine/schema/source.ts';
import { inMemorySource, seriesOf, table } from '../support/in-memory-source.ts';
import type { Row } from '../support/in-memory-source.ts';

// January: values 5, 1, 3, 8, (empty), 3 — six rows, five values.
// February, in file order: 4, 6, 7, 2, 9, 1, (empty) — seven rows, six values.
const rows: Row[] = [
  { day: '2026-01-05', amount: 5, customer: 'ann' },
  { day: '2026-01-05', amount: 1, customer: 'bob' },
  { day: '2026-01-10', amount: 3, customer: 'ann' },
  { day: '2026-01-20', amount: 8, customer: 'cy' },
  { day: '2026-01-20', amount: null, customer: 'dee' },
  { day: '2026-01-31', amount: 3, customer: 'bob' },
  { day: '2026-02-10', amount: 4, customer: 'ann' },
  { day: '2026-02-03', amount: 6, customer: 'ann' },
  { day: '2026-02-03', amount: 7, customer: 'bob' },
  { day: '2026-02-25', amount: 2, customer: 'eve' },
  { day: '2026-02-25', amount: 9, customer: 'eve ' },
  { day: '2026-02-14', amount: 1, customer: ' bob' },
  { day: '2026-02-28', amount: null, customer: '' },
];

function monthly(aggregate: Aggregate, value: string | null = 'amount') {
  const source = inMemorySource(rows, {
    file: 'data/orders.csv',
    date: 'day',
    aggregate,
    ...(value === null ? {} : { value }),
  });
  return table(seriesOf(source, 'month', '2026-03-15')).map(([period, result]) => [period, result]);
}

describe('aggregates over the raw rows of each period', () => {
  it('sums values, skipping empty cells', () => {
    // 5+1+3+8+3 = 20; 4+6+7+2+9+1 = 29
    expect(monthly('sum')).toEqual([
      ['2026-01', 20],
      ['2026-02', 29],
    ]);
  });

  it('averages the values that are present', () => {
    // 20 / 5 values; 29 / 6 values
    expect(monthly('mean')).toEqual([
      ['2026-01', 4],
      ['2026-02', 29 / 6],
    ]);
  });

  it('takes the middle value, or the mean of the two middle values', () => {
    // 1 3 [3] 5 8; 1 2 [4 6] 7 9 → (4 + 6) / 2
    expect(monthly('median')).toEqual([
      ['2026-01', 3],
      ['2026-02', 5],
    ]);
  });

  it('takes the smallest and the largest value', () => {
    expect(monthly('min')).toEqual([
      ['2026-01', 1],
      ['2026-02', 1],
    ]);
    expect(monthly('max')).toEqual([
      ['2026-01', 8],
      ['2026-02', 9],
    ]);
  });

  it('counts rows without a value column, and non-empty values with one', () => {
    expect(monthly('count', null)).toEqual([
      ['2026-01', 6],
      ['2026-02', 7],
    ]);
    expect(monthly('count')).toEqual([
      ['2026-01', 5],
      ['2026-02', 6],
    ]);
  });

  it('counts distinct non-empty texts, ignoring surrounding spaces', () => {
    // ann, bob, cy, dee; ann, bob (" bob"), eve ("eve "), and a blank cell that is not a value
    expect(monthly('count_distinct', 'customer')).toEqual([
      ['2026-01', 4],
      ['2026-02', 3],
    ]);
  });

  it('takes the first value by date, the earlier row in the file on a tie', () => {
    // January: 2026-01-05 has 5 then 1; February: 2026-02-03 has 6 then 7 (the file is not sorted)
    expect(monthly('first')).toEqual([
      ['2026-01', 5],
      ['2026-02', 6],
    ]);
  });

  it('takes the last value by date, the later row in the file on a tie, skipping empty cells', () => {
    // January: 2026-01-31 → 3; February: 2026-02-28 is empty, 2026-02-25 has 2 then 9
    expect(monthly('last')).toEqual([
      ['2026-01', 3],
      ['2026-02', 9],
    ]);
  });

  it('keeps long sums of decimals exact', () => {
    // Adding 0.1 ten times naively gives 0.9999999999999999.
    const tenths = Array.from({ length: 10 }, (_, index) => ({
      day: `2026-01-${String(index + 1).padStart(2, '0')}`,
      amount: 0.1,
    }));
    const source = inMemorySource(tenths, { file: 'data/t.csv', date: 'day', value: 'amount' });
    expect(seriesOf(source, 'month', '2026-01-31')[0]?.value).toBe(1);
  });

  it('defaults to sum with a value column and to count without one', () => {
    const withValue = inMemorySource(rows, { file: 'data/o.csv', date: 'day', value: 'amount' });
    const withoutValue = inMemorySource(rows, { file: 'data/o.csv', date: 'day' });
    expect(withValue.aggregate).toBe('sum');
    expect(withoutValue.aggregate).toBe('count');
  });
});
