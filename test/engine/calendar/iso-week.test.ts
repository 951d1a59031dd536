import { describe, expect, it } from 'vitest';
import { ISO_CALENDAR } from '../../../src/engine/calendar/grain.ts';
import type { CalendarOptions } from '../../../src/engine/calendar/grain.ts';
import { parsePeriodKey, periodOf, weeksInYear } from '../../../src/engine/calendar/period.ts';
import { formatIsoDate } from '../../../src/engine/calendar/civil-date.ts';
import { day } from '../support/in-memory-source.ts';

function week(iso: string, calendar: CalendarOptions = ISO_CALENDAR) {
  const period = periodOf(day(iso), 'week', calendar);
  return { key: period.key, start: formatIsoDate(period.start), end: formatIsoDate(period.end) };
}

describe('ISO weeks', () => {
  it('puts 2024-12-30 in 2025-W01, the week holding the first Thursday of 2025', () => {
    expect(week('2024-12-30')).toEqual({ key: '2025-W01', start: '2024-12-30', end: '2025-01-05' });
  });

  it('puts 2027-01-01 in 2026-W53', () => {
    expect(week('2027-01-01')).toEqual({ key: '2026-W53', start: '2026-12-28', end: '2027-01-03' });
  });

  it('puts 2012-01-01, a Sunday, in 2011-W52', () => {
    expect(week('2012-01-01')).toEqual({ key: '2011-W52', start: '2011-12-26', end: '2012-01-01' });
  });

  it('numbers 2026-11-03 as 2026-W45', () => {
    // 2026-W01 starts on Monday 2025-12-29; 2026-11-02 is 308 days = 44 weeks later.
    expect(week('2026-11-03')).toEqual({ key: '2026-W45', start: '2026-11-02', end: '2026-11-08' });
  });

  it('gives 53 weeks to years that start on a Thursday, or leap years that start on a Wednesday', () => {
    expect(weeksInYear(2020, ISO_CALENDAR)).toBe(53); // leap, starts on Wednesday
    expect(weeksInYear(2026, ISO_CALENDAR)).toBe(53); // starts on Thursday
    expect(weeksInYear(2015, ISO_CALENDAR)).toBe(53); // starts on Thursday
    expect(weeksInYear(2021, ISO_CALENDAR)).toBe(52);
    expect(weeksInYear(2024, ISO_CALENDAR)).toBe(52); // leap, but starts on Monday
    expect(weeksInYear(2025, ISO_CALENDAR)).toBe(52);
  });

  it('reads week keys back to the same Monday-to-Sunday span', () => {
    const period = parsePeriodKey('2026-W53', ISO_CALENDAR)!;
    expect([formatIsoDate(period.start), formatIsoDate(period.end)]).toEqual([
      '2026-12-28',
      '2027-01-03',
    ]);
    expect(parsePeriodKey('2020-W53', ISO_CALENDAR)?.key).toBe('2020-W53');
  });

  it('rejects week numbers the year does not have', () => {
    expect(parsePeriodKey('2021-W53', ISO_CALENDAR)).toBeNull();
    expect(parsePeriodKey('2026-W54', ISO_CALENDAR)).toBeNull();
    expect(parsePeriodKey('2026-W00', ISO_CALENDAR)).toBeNull();
    expect(parsePeriodKey('2026-W5', ISO_CALENDAR)).toBeNull();
  });
});

describe('weeks starting on another day', () => {
  const sunday: CalendarOptions = { fiscalYearStart: 1, weekStart: 7 };

  it('runs Sunday to Saturday and numbers weeks by their fourth day', () => {
    // 2026-01-01 is a Thursday; the week Sun 2025-12-28 … Sat 2026-01-03 has its
    // fourth day (Wednesday 2025-12-31) in 2025, so week 1 of 2026 starts on Sunday 2026-01-04.
    expect(week('2026-01-04', sunday)).toEqual({
      key: '2026-W01',
      start: '2026-01-04',
      end: '2026-01-10',
    });
    expect(week('2026-01-01', sunday)).toEqual({
      key: '2025-W53',
      start: '2025-12-28',
      end: '2026-01-03',
    });
    // 2026-11-01 is 301 days = 43 weeks after 2026-01-04.
    expect(week('2026-11-03', sunday)).toEqual({
      key: '2026-W44',
      start: '2026-11-01',
      end: '2026-11-07',
    });
  });

  it('counts weeks in a year by the same rule', () => {
    // Week 1 of 2025 starts on Sunday 2024-12-29 (its Wednesday is 2025-01-01); 2025-12-28 is 52 weeks later.
    expect(weeksInYear(2025, sunday)).toBe(53);
    expect(weeksInYear(2025, ISO_CALENDAR)).toBe(52);
  });

  it('reads its week keys back in the same calendar', () => {
    const period = parsePeriodKey('2026-W44', sunday)!;
    expect(formatIsoDate(period.start)).toBe('2026-11-01');
    expect(parsePeriodKey('2025-W53', sunday)?.key).toBe('2025-W53');
    expect(parsePeriodKey('2025-W53', ISO_CALENDAR)).toBeNull();
  });
});
