import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../src/engine/calendar/civil-date.ts';
import type { CalendarOptions } from '../../../src/engine/calendar/grain.ts';
import { parsePeriodKey, periodOf, yearAgo } from '../../../src/engine/calendar/period.ts';
import { day } from '../support/in-memory-source.ts';

const april: CalendarOptions = { fiscalYearStart: 4, weekStart: 1 };
const october: CalendarOptions = { fiscalYearStart: 10, weekStart: 1 };
const january: CalendarOptions = { fiscalYearStart: 1, weekStart: 1 };

function span(key: string, calendar: CalendarOptions) {
  const period = parsePeriodKey(key, calendar);
  return period && [formatIsoDate(period.start), formatIsoDate(period.end)];
}

describe('fiscal years starting in April', () => {
  it('names the fiscal year by the year it ends in: FY2027 starts on 2026-04-01', () => {
    expect(span('FY2027', april)).toEqual(['2026-04-01', '2027-03-31']);
  });

  it('starts FY2027-Q1 in April 2026 and ends FY2027-Q4 in March 2027', () => {
    expect(span('FY2027-Q1', april)).toEqual(['2026-04-01', '2026-06-30']);
    expect(span('FY2027-Q2', april)).toEqual(['2026-07-01', '2026-09-30']);
    expect(span('FY2027-Q3', april)).toEqual(['2026-10-01', '2026-12-31']);
    expect(span('FY2027-Q4', april)).toEqual(['2027-01-01', '2027-03-31']);
  });

  it('places dates on either side of the fiscal new year', () => {
    expect(periodOf(day('2026-03-31'), 'fiscal-year', april).key).toBe('FY2026');
    expect(periodOf(day('2026-04-01'), 'fiscal-year', april).key).toBe('FY2027');
    expect(periodOf(day('2026-03-31'), 'fiscal-quarter', april).key).toBe('FY2026-Q4');
    expect(periodOf(day('2026-04-01'), 'fiscal-quarter', april).key).toBe('FY2027-Q1');
    expect(periodOf(day('2027-02-15'), 'fiscal-quarter', april).key).toBe('FY2027-Q4');
  });

  it('compares a fiscal quarter with the same quarter a year earlier', () => {
    const quarter = parsePeriodKey('FY2027-Q1', april)!;
    const earlier = yearAgo(quarter, april)!;
    expect([earlier.key, formatIsoDate(earlier.start), formatIsoDate(earlier.end)]).toEqual([
      'FY2026-Q1',
      '2025-04-01',
      '2025-06-30',
    ]);
  });
});

describe('other fiscal year starts', () => {
  it('starts FY2027 on 2026-10-01 when the year starts in October', () => {
    expect(span('FY2027', october)).toEqual(['2026-10-01', '2027-09-30']);
    expect(span('FY2027-Q1', october)).toEqual(['2026-10-01', '2026-12-31']);
    expect(periodOf(day('2026-09-30'), 'fiscal-year', october).key).toBe('FY2026');
  });

  it('ends a quarter on 29 February in a leap year', () => {
    const december: CalendarOptions = { fiscalYearStart: 12, weekStart: 1 };
    // FY2024 runs December 2023 to November 2024; its Q1 is December, January, February.
    expect(span('FY2024-Q1', december)).toEqual(['2023-12-01', '2024-02-29']);
  });

  it('equals the calendar year when the fiscal year starts in January', () => {
    expect(span('FY2026', january)).toEqual(['2026-01-01', '2026-12-31']);
    expect(span('FY2026-Q4', january)).toEqual(['2026-10-01', '2026-12-31']);
  });
});
