import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { civilFromDay, dayFromCivil, isoWeekday } from '../../../src/engine/calendar/civil-date.ts';
import { GRAINS, ISO_CALENDAR } from '../../../src/engine/calendar/grain.ts';
import type { CalendarOptions } from '../../../src/engine/calendar/grain.ts';
import {
  parsePeriodKey,
  periodFromOrdinal,
  periodOf,
} from '../../../src/engine/calendar/period.ts';

const DAY_MS = 86_400_000;
const days = fc.integer({ min: dayFromCivil(1900, 1, 1), max: dayFromCivil(2200, 12, 31) });
const calendars: fc.Arbitrary<CalendarOptions> = fc.record({
  fiscalYearStart: fc.integer({ min: 1, max: 12 }),
  weekStart: fc.integer({ min: 1, max: 7 }),
});
const grains = fc.constantFrom(...GRAINS);

describe('calendar properties', () => {
  it('agrees with Date.UTC on every day number', () => {
    fc.assert(
      fc.property(days, (day) => {
        const { year, month, day: dayOfMonth } = civilFromDay(day);
        expect(Date.UTC(year, month - 1, dayOfMonth) / DAY_MS).toBe(day);
        expect(dayFromCivil(year, month, dayOfMonth)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });

  it('puts every date in exactly one period of each grain', () => {
    fc.assert(
      fc.property(days, grains, calendars, (day, grain, calendar) => {
        const period = periodOf(day, grain, calendar);
        expect(period.start).toBeLessThanOrEqual(day);
        expect(period.end).toBeGreaterThanOrEqual(day);
        const before = periodFromOrdinal(period.ordinal - 1, grain, calendar);
        const after = periodFromOrdinal(period.ordinal + 1, grain, calendar);
        // Neighbours touch the period without overlapping it, so they cannot hold the date.
        expect(before.end).toBe(period.start - 1);
        expect(after.start).toBe(period.end + 1);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads every period key back to the same period', () => {
    fc.assert(
      fc.property(days, grains, calendars, (day, grain, calendar) => {
        const period = periodOf(day, grain, calendar);
        expect(parsePeriodKey(period.key, calendar)).toEqual(period);
      }),
      { numRuns: 3000 },
    );
  });

  it('starts every week on the calendar’s week start and makes it seven days long', () => {
    fc.assert(
      fc.property(days, calendars, (day, calendar) => {
        const week = periodOf(day, 'week', calendar);
        expect(isoWeekday(week.start)).toBe(calendar.weekStart);
        expect(week.end - week.start).toBe(6);
      }),
    );
  });

  it('numbers Monday weeks exactly as ISO 8601 does (Luxon as the reference)', () => {
    fc.assert(
      fc.property(days, (day) => {
        const reference = DateTime.fromMillis(day * DAY_MS, { zone: 'utc' });
        const key = `${reference.weekYear}-W${String(reference.weekNumber).padStart(2, '0')}`;
        expect(periodOf(day, 'week', ISO_CALENDAR).key).toBe(key);
      }),
      { numRuns: 3000 },
    );
  });
});
