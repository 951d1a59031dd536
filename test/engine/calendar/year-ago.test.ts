import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../src/engine/calendar/civil-date.ts';
import { ISO_CALENDAR } from '../../../src/engine/calendar/grain.ts';
import { parsePeriodKey, yearAgo } from '../../../src/engine/calendar/period.ts';

function yearBefore(key: string): string | null {
  return yearAgo(parsePeriodKey(key, ISO_CALENDAR)!, ISO_CALENDAR)?.key ?? null;
}

describe('the same period a year earlier', () => {
  it('matches weeks by number, not by 52 weeks back', () => {
    // 2027-W01 and 2026-W01 are 53 weeks apart because 2026 has a week 53.
    expect(yearBefore('2027-W01')).toBe('2026-W01');
    expect(yearBefore('2027-W10')).toBe('2026-W10');
    expect(yearBefore('2021-W10')).toBe('2020-W10');
    const earlier = yearAgo(parsePeriodKey('2027-W01', ISO_CALENDAR)!, ISO_CALENDAR)!;
    expect(formatIsoDate(earlier.start)).toBe('2025-12-29');
  });

  it('has no week 53 to compare with when the year before had 52 weeks', () => {
    expect(yearBefore('2026-W53')).toBeNull(); // 2025 has 52 weeks
    expect(yearBefore('2020-W53')).toBeNull(); // 2019 has 52 weeks
    expect(yearBefore('2021-W52')).toBe('2020-W52');
  });

  it('has no 29 February a year before a leap day', () => {
    expect(yearBefore('2024-02-29')).toBeNull();
    expect(yearBefore('2025-02-28')).toBe('2024-02-28');
    expect(yearBefore('2024-03-01')).toBe('2023-03-01');
    expect(yearBefore('2026-11-03')).toBe('2025-11-03');
  });

  it('steps months, quarters and years back by one year', () => {
    expect(yearBefore('2026-01')).toBe('2025-01');
    expect(yearBefore('2024-02')).toBe('2023-02');
    expect(yearBefore('2026-Q1')).toBe('2025-Q1');
    expect(yearBefore('2026-Q4')).toBe('2025-Q4');
    expect(yearBefore('2026')).toBe('2025');
    expect(yearBefore('FY2027')).toBe('FY2026');
  });
});
