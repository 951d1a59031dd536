import { describe, expect, it } from 'vitest';
import type { Aggregate } from '../../../src/engine/schema/source.ts';
import { inMemorySource, seriesOf, table } from '../support/in-memory-source.ts';
import type { Row } from '../support/in-memory-source.ts';

// Data in January and April 2026; nothing in February and March.
const rows: Row[] = [
  { day: '2026-01-10', amount: 10 },
  { day: '2026-01-20', amount: 5 },
  { day: '2026-04-02', amount: 7 },
];

function values(aggregate: Aggregate, fill?: 'zero') {
  const source = inMemorySource(rows, {
    file: 'data/t.csv',
    date: 'day',
    value: 'amount',
    aggregate,
    ...(fill ? { fill } : {}),
  });
  return table(seriesOf(source, 'month', '2026-04-30')).map(([period, value]) => [period, value]);
}

describe('missing periods', () => {
  it('keeps a month without rows as a gap', () => {
    expect(values('sum')).toEqual([
      ['2026-01', 15],
      ['2026-02', null],
      ['2026-03', null],
      ['2026-04', 7],
    ]);
  });

  it('counts a missing month as 0 when the source says fill: zero', () => {
    expect(values('sum', 'zero')).toEqual([
      ['2026-01', 15],
      ['2026-02', 0],
      ['2026-03', 0],
      ['2026-04', 7],
    ]);
    expect(values('count', 'zero').map(([, value]) => value)).toEqual([2, 0, 0, 1]);
  });

  it('does not invent zeros for averages and extremes, even with fill: zero', () => {
    expect(values('mean', 'zero').map(([, value]) => value)).toEqual([7.5, null, null, 7]);
    expect(values('max', 'zero').map(([, value]) => value)).toEqual([10, null, null, 7]);
  });

  it('keeps a month whose rows all lack a value as a gap', () => {
    const source = inMemorySource(
      [
        { day: '2026-01-10', amount: 3 },
        { day: '2026-02-10', amount: null },
        { day: '2026-03-10', amount: 4 },
      ],
      { file: 'data/t.csv', date: 'day', value: 'amount' },
    );
    expect(seriesOf(source, 'month', '2026-03-31').map((point) => point.value)).toEqual([
      3,
      null,
      4,
    ]);
  });
});
