import { describe, expect, it } from 'vitest';
import { formatDay, formatIsoDay, formatPeriod } from '../../../src/engine/format/format-period.ts';
import { day } from '../support/in-memory-source.ts';

describe('dates and periods for readers', () => {
  it('prints 2026-03-01 as March 1st whatever the host time zone', () => {
    expect(formatDay(day('2026-03-01'), 'en-US')).toBe('Mar 1, 2026');
    expect(formatDay(day('2026-03-01'), 'de-DE')).toBe('1. März 2026');
    expect(formatDay(day('2026-12-31'), 'en-US')).toBe('Dec 31, 2026');
    expect(formatIsoDay('2026-01-01', 'en-US')).toBe('Jan 1, 2026');
  });

  it('names periods of every grain', () => {
    expect(formatPeriod('2026-11', 'month', day('2026-11-01'), 'en-US')).toBe('November 2026');
    expect(formatPeriod('2026-11', 'month', day('2026-11-01'), 'de-DE')).toBe('November 2026');
    expect(formatPeriod('2026-03', 'month', day('2026-03-01'), 'de-DE')).toBe('März 2026');
    expect(formatPeriod('2026-W45', 'week', day('2026-11-02'), 'en-US')).toBe('Week 45, 2026');
    expect(formatPeriod('2026-Q4', 'quarter', day('2026-10-01'), 'en-US')).toBe('Q4 2026');
    expect(formatPeriod('FY2027-Q1', 'fiscal-quarter', day('2026-04-01'), 'en-US')).toBe(
      'FY2027 Q1',
    );
    expect(formatPeriod('2026', 'year', day('2026-01-01'), 'en-US')).toBe('2026');
    expect(formatPeriod('2026-11-03', 'day', day('2026-11-03'), 'en-US')).toBe('Nov 3, 2026');
  });
});
