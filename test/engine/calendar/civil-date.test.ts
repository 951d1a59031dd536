import { describe, expect, it } from 'vitest';
import {
  civilFromDay,
  dayFromCivil,
  daysInMonth,
  formatIsoDate,
  isLeapYear,
  isoWeekday,
  parseIsoDate,
} from '../../../src/engine/calendar/civil-date.ts';

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    expect(dayFromCivil(1970, 1, 2)).toBe(1);
    expect(dayFromCivil(1969, 12, 31)).toBe(-1);
    // 30 years of 365 days plus 7 leap days (1972…1996), then January (31) and a leap February (29).
    expect(dayFromCivil(2000, 3, 1)).toBe(30 * 365 + 7 + 31 + 29);
    // 56 years of 365 days plus 14 leap days (1972…2024).
    expect(dayFromCivil(2026, 1, 1)).toBe(20454);
    expect(dayFromCivil(2026, 3, 1)).toBe(20454 + 31 + 28);
  });

  it('turns day numbers back into the same calendar dates', () => {
    expect(civilFromDay(20513)).toEqual({ year: 2026, month: 3, day: 1 });
    expect(civilFromDay(-1)).toEqual({ year: 1969, month: 12, day: 31 });
    expect(civilFromDay(11016)).toEqual({ year: 2000, month: 2, day: 29 });
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2024, 2026].map(isLeapYear)).toEqual([false, true, true, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('numbers weekdays the ISO way, Monday 1 to Sunday 7', () => {
    expect(isoWeekday(0)).toBe(4); // 1970-01-01 was a Thursday
    expect(isoWeekday(dayFromCivil(2026, 3, 1))).toBe(7);
    expect(isoWeekday(dayFromCivil(2024, 12, 30))).toBe(1);
  });
});

describe('ISO dates', () => {
  it('parses and prints YYYY-MM-DD', () => {
    expect(parseIsoDate('2026-03-01')).toBe(20513);
    expect(formatIsoDate(20513)).toBe('2026-03-01');
    expect(formatIsoDate(-1)).toBe('1969-12-31');
    expect(parseIsoDate('2024-02-29')).toBe(dayFromCivil(2024, 2, 29));
  });

  it('rejects impossible and sloppy dates', () => {
    for (const text of ['2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31'])
      expect(parseIsoDate(text), text).toBeNull();
    for (const text of ['2026-3-1', '26-03-01', '2026/03/01', ' 2026-03-01', '2026-03-01T00:00'])
      expect(parseIsoDate(text), text).toBeNull();
  });
});
