import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../src/engine/calendar/civil-date.ts';
import type { Source } from '../../../src/engine/schema/source.ts';
import {
  day,
  inMemorySource,
  ratioSeriesOf,
  seriesOf,
  table,
} from '../support/in-memory-source.ts';
import type { Row } from '../support/in-memory-source.ts';

/** One row with value 1 on every day from `first` to `last`. */
function daily(first: string, last: string, extra: Row = {}): Row[] {
  const rows: Row[] = [];
  for (let at = day(first); at <= day(last); at++)
    rows.push({ date: formatIsoDate(at), value: 1, ...extra });
  return rows;
}

const source = (more: Partial<Source> = {}): Source => ({
  file: 'data/t.csv',
  date: 'date',
  value: 'value',
  ...more,
});

describe('partial periods', () => {
  it('marks the period holding the as-of date as partial and leaves out later rows', () => {
    const rows = daily('2026-10-01', '2026-11-30');
    expect(table(seriesOf(inMemorySource(rows, source()), 'month', '2026-11-15'))).toEqual([
      ['2026-10', 31, false],
      ['2026-11', 15, true],
    ]);
  });

  it('counts the as-of day itself as complete', () => {
    const rows = daily('2026-10-01', '2026-11-30');
    expect(table(seriesOf(inMemorySource(rows, source()), 'month', '2026-11-30'))).toEqual([
      ['2026-10', 31, false],
      ['2026-11', 30, false],
    ]);
  });

  it('marks a month partial when daily rows stop before its end', () => {
    const rows = daily('2026-10-01', '2026-11-20');
    expect(table(seriesOf(inMemorySource(rows, source()), 'month', '2026-12-15'))).toEqual([
      ['2026-10', 31, false],
      ['2026-11', 20, true],
    ]);
  });

  it('does not mark monthly rows dated the 1st as partial', () => {
    const rows: Row[] = [
      { date: '2026-09-01', value: 10 },
      { date: '2026-10-01', value: 11 },
      { date: '2026-11-01', value: 12 },
    ];
    expect(table(seriesOf(inMemorySource(rows, source()), 'month', '2026-12-15'))).toEqual([
      ['2026-09', 10, false],
      ['2026-10', 11, false],
      ['2026-11', 12, false],
    ]);
    // …but the as-of date inside November still makes November partial.
    expect(seriesOf(inMemorySource(rows, source()), 'month', '2026-11-15').at(-1)?.partial).toBe(
      true,
    );
  });

  it('does not mark rows dated by a period key as partial', () => {
    const rows: Row[] = [
      { date: '2026-10', value: 11 },
      { date: '2026-11', value: 12 },
    ];
    expect(table(seriesOf(inMemorySource(rows, source()), 'month', '2026-12-01'))).toEqual([
      ['2026-10', 11, false],
      ['2026-11', 12, false],
    ]);
  });

  it('trusts a source that declares its rows’ grain', () => {
    // Weekly rows dated on Mondays; the week of 2026-10-26 runs to Sunday 2026-11-01.
    const rows: Row[] = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26'].map((date) => ({
      date,
      value: 5,
    }));
    const declared = inMemorySource(rows, source({ rows: 'week' }));
    const guessed = inMemorySource(rows, source());
    expect(table(seriesOf(declared, 'month', '2026-11-10'))).toEqual([['2026-10', 20, false]]);
    expect(table(seriesOf(guessed, 'month', '2026-11-10'))).toEqual([['2026-10', 20, true]]);
  });

  it('lets declared monthly rows dated mid-month cover their month', () => {
    const rows: Row[] = [
      { date: '2026-09-15', value: 3 },
      { date: '2026-10-15', value: 4 },
    ];
    const declared = inMemorySource(rows, source({ rows: 'month' }));
    expect(table(seriesOf(declared, 'month', '2026-11-05'))).toEqual([
      ['2026-09', 3, false],
      ['2026-10', 4, false],
    ]);
  });

  it('marks a quarter partial when monthly rows stop before its end', () => {
    const rows: Row[] = [
      { date: '2026-07-01', value: 1 },
      { date: '2026-08-01', value: 2 },
      { date: '2026-09-01', value: 3 },
      { date: '2026-10-01', value: 4 },
      { date: '2026-11-01', value: 5 },
    ];
    // Monthly rows cover through 2026-11-30, a month short of the quarter's end.
    expect(table(seriesOf(inMemorySource(rows, source()), 'quarter', '2027-01-10'))).toEqual([
      ['2026-Q3', 6, false],
      ['2026-Q4', 9, true],
    ]);
  });

  it('judges coverage by the whole file, not by the rows a filter keeps', () => {
    const rows: Row[] = [
      ...daily('2026-11-01', '2026-11-10', { status: 'paid' }),
      { date: '2026-11-30', value: 1, status: 'refunded' },
    ];
    const paid = inMemorySource(rows, source({ where: { status: ['paid'] } }));
    expect(table(seriesOf(paid, 'month', '2026-12-05'))).toEqual([['2026-11', 10, false]]);
  });

  it('marks a ratio partial when either side stops early', () => {
    const numerator = inMemorySource(daily('2026-11-01', '2026-11-30'), source());
    const denominator = inMemorySource(daily('2026-11-01', '2026-11-20'), source());
    // 30 / 20 = 1.5, flagged: the denominator only covers 20 days.
    expect(
      table(ratioSeriesOf({ kind: 'ratio', numerator, denominator }, 'month', '2026-12-10')),
    ).toEqual([['2026-11', 1.5, true]]);
  });
});
