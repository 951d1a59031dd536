import { describe, expect, it } from 'vitest';
import type { CalendarOptions } from '../../../src/engine/calendar/grain.ts';
import { ISO_CALENDAR } from '../../../src/engine/calendar/grain.ts';
import { cumulativeViews } from '../../../src/engine/report/cumulative.ts';
import type { Plan } from '../../../src/engine/report/judge.ts';
import { day } from '../support/in-memory-source.ts';
import { seriesFrom } from '../support/series-points.ts';

const noPlan: Plan = {
  direction: 'higher',
  baseline: null,
  target: null,
  anchors: [],
  tolerance: 0.05,
  forecastWindow: 6,
};

function yearToDate(
  firstKey: string,
  values: (number | null)[],
  calendar: CalendarOptions = ISO_CALENDAR,
) {
  const series = seriesFrom(firstKey, values, { partialLast: true, calendar });
  return cumulativeViews(series, 'sum', noPlan, calendar)!.yearToDate.map((point) => [
    point.period,
    point.value,
  ]);
}

describe('year to date', () => {
  it('runs within each calendar year and restarts in January', () => {
    expect(yearToDate('2025-11', [10, 20, 5, 7])).toEqual([
      ['2025-11', 10],
      ['2025-12', 30],
      ['2026-01', 5],
      ['2026-02', 12],
    ]);
  });

  it('carries the total over a gap, and has no value before the year’s first data', () => {
    expect(yearToDate('2025-12', [4, null, 3, null, 2])).toEqual([
      ['2025-12', 4],
      ['2026-01', null],
      ['2026-02', 3],
      ['2026-03', 3],
      ['2026-04', 5],
    ]);
  });

  it('restarts weeks at week 1 of the ISO week-year, even when it starts in December', () => {
    // 2025-W01 starts on Monday 2024-12-30 and belongs to 2025.
    expect(yearToDate('2024-W51', [10, 10, 10, 10])).toEqual([
      ['2024-W51', 10],
      ['2024-W52', 20],
      ['2025-W01', 10],
      ['2025-W02', 20],
    ]);
  });

  it('keeps week 53 in its own year', () => {
    expect(yearToDate('2026-W52', [1, 2, 4, 8])).toEqual([
      ['2026-W52', 1],
      ['2026-W53', 3],
      ['2027-W01', 4],
      ['2027-W02', 12],
    ]);
  });

  it('follows the fiscal year for fiscal grains', () => {
    const april: CalendarOptions = { fiscalYearStart: 4, weekStart: 1 };
    expect(yearToDate('FY2026-Q3', [1, 2, 4, 8], april)).toEqual([
      ['FY2026-Q3', 1],
      ['FY2026-Q4', 3],
      ['FY2027-Q1', 4],
      ['FY2027-Q2', 12],
    ]);
  });

  it('is only kept for sums and counts', () => {
    const series = seriesFrom('2026-01', [1, 2]);
    expect(cumulativeViews(series, 'mean', noPlan, ISO_CALENDAR)).toBeNull();
    expect(cumulativeViews(series, 'count', noPlan, ISO_CALENDAR)?.yearToDate).toHaveLength(2);
  });
});

describe('target window running total', () => {
  it('adds up the periods after the baseline period through the deadline', () => {
    const plan: Plan = {
      ...noPlan,
      baseline: { value: 50, end: day('2025-12-31') },
      target: { value: 1000, deadline: day('2026-03-31'), deadlineOrdinal: 0 },
    };
    const series = seriesFrom('2025-11', [7, 50, 100, 200, null, 300, 400]);
    const window = cumulativeViews(series, 'sum', plan, ISO_CALENDAR)!.targetWindow;
    // From 2026-01 (after the baseline period) to 2026-03 (the deadline); the gap in March keeps 300.
    expect(window.map((point) => [point.period, point.value])).toEqual([
      ['2026-01', 100],
      ['2026-02', 300],
      ['2026-03', 300],
    ]);
  });

  it('is empty without a target', () => {
    const series = seriesFrom('2026-01', [1, 2]);
    expect(cumulativeViews(series, 'sum', noPlan, ISO_CALENDAR)?.targetWindow).toEqual([]);
  });
});
