import { describe, expect, it } from 'vitest';
import type { Grain } from '../../../src/engine/calendar/grain.ts';
import { inMemorySource } from '../support/in-memory-source.ts';

function rowGrain(dates: string[], rows?: Grain): Grain {
  return inMemorySource(
    dates.map((date) => ({ date, value: 1 })),
    { file: 'data/t.csv', date: 'date', value: 'value', ...(rows ? { rows } : {}) },
  ).rowGrain;
}

describe('the grain rows were recorded at', () => {
  it('is a day for ordinary dates', () => {
    expect(rowGrain(['2026-01-01', '2026-01-02', '2026-02-01'])).toBe('day');
  });

  it('is a month when every date is the first of a month', () => {
    expect(rowGrain(['2026-01-01', '2026-02-01', '2026-05-01'])).toBe('month');
  });

  it('is a quarter or a year when every date starts one', () => {
    expect(rowGrain(['2026-01-01', '2026-04-01', '2026-10-01'])).toBe('quarter');
    expect(rowGrain(['2024-01-01', '2025-01-01', '2026-01-01'])).toBe('year');
  });

  it('stays a day when a single date cannot tell', () => {
    expect(rowGrain(['2026-03-01'])).toBe('day');
    expect(rowGrain(['2026-03-01', '2026-03-01'])).toBe('day');
  });

  it('follows period keys, taking the finest when they are mixed', () => {
    expect(rowGrain(['2026-10', '2026-11'])).toBe('month');
    expect(rowGrain(['2026-W44', '2026-W45'])).toBe('week');
    expect(rowGrain(['2026-Q3', '2026-11'])).toBe('month');
    expect(rowGrain(['2026-10', '2026-11-01', '2026-12-01'])).toBe('month');
    expect(rowGrain(['2026-10', '2026-11-15', '2026-12-01'])).toBe('day');
  });

  it('is what the source declares, whatever the dates suggest', () => {
    expect(rowGrain(['2026-01-05', '2026-01-12'], 'week')).toBe('week');
    expect(rowGrain(['2026-01-01', '2026-02-01'], 'day')).toBe('day');
  });
});
