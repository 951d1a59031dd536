import { describe, expect, it } from 'vitest';
import { inMemorySource, seriesOf } from '../support/in-memory-source.ts';
import type { Row } from '../support/in-memory-source.ts';

const rows: Row[] = [
  { day: '2026-01-05', status: 'paid', region: 'EU', amount: 100 },
  { day: '2026-01-06', status: 'refunded', region: 'EU', amount: 30 },
  { day: '2026-01-07', status: ' paid ', region: 'US', amount: 50 },
  { day: '2026-01-08', status: 'cancelled', region: 'US', amount: 20 },
  { day: '2026-01-09', status: 'paid', region: 'APAC', amount: 7 },
];

function total(where: Record<string, string[]>): number | null {
  const source = inMemorySource(rows, {
    file: 'data/orders.csv',
    date: 'day',
    value: 'amount',
    where,
  });
  return seriesOf(source, 'month', '2026-01-31')[0]?.value ?? null;
}

describe('where filters', () => {
  it('keeps rows equal to the value, ignoring surrounding spaces in the cell', () => {
    expect(total({ status: ['paid'] })).toBe(100 + 50 + 7);
  });

  it('keeps rows equal to any value of a list', () => {
    expect(total({ status: ['refunded', 'cancelled'] })).toBe(30 + 20);
  });

  it('keeps only rows that pass every filter', () => {
    expect(total({ status: ['paid'], region: ['EU', 'US'] })).toBe(100 + 50);
  });

  it('leaves a gap, not zero, when no row passes', () => {
    const source = inMemorySource(rows, {
      file: 'data/orders.csv',
      date: 'day',
      value: 'amount',
      where: { status: ['lost'] },
    });
    expect(seriesOf(source, 'month', '2026-01-31')).toEqual([]);
  });
});
