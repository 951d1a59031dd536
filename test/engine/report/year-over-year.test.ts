import { describe, expect, it } from 'vitest';
import { fixtureReport, kpiOf } from '../support/fixture.ts';

// test/fixtures/weekly-53: weekly signups keyed by ISO week:
// 2026-W01 10, 2026-W02 20, 2026-W52 30, 2026-W53 40, 2027-W01 50, 2027-W02 60.
async function signups(asOf: string) {
  return kpiOf(await fixtureReport('weekly-53', asOf), 'signups');
}

describe('weeks compared year over year across a 53-week year', () => {
  it('compares 2027-W02 with 2026-W02, 53 weeks earlier', async () => {
    const kpi = await signups('2027-01-17'); // the Sunday that ends 2027-W02
    expect(kpi.current).toEqual({ period: '2027-W02', value: 60, partial: false });
    // 60 − 50 = 10, 10 / 50; 60 − 20 = 40, 40 / 20 = 2. No baseline or target to compare with.
    expect(kpi.change).toEqual({
      previous: { period: '2027-W01', value: 50, abs: 10, rel: 10 / 50 },
      yearAgo: { period: '2026-W02', value: 20, abs: 40, rel: 2 },
      baseline: { period: null, value: null, abs: null, rel: null },
      target: { period: null, value: null, abs: null, rel: null },
    });
  });

  it('compares 2027-W01 with 2026-W01', async () => {
    const kpi = await signups('2027-01-10');
    // 50 − 10 = 40, 40 / 10 = 4
    expect(kpi.change.yearAgo).toEqual({ period: '2026-W01', value: 10, abs: 40, rel: 4 });
  });

  it('has nothing to compare 2026-W53 with, since 2025 had 52 weeks', async () => {
    const kpi = await signups('2027-01-03'); // the Sunday that ends 2026-W53
    expect(kpi.current).toEqual({ period: '2026-W53', value: 40, partial: false });
    // 40 − 30 = 10, 10 / 30
    expect(kpi.change.previous).toEqual({
      period: '2026-W52',
      value: 30,
      abs: 10,
      rel: 10 / 30,
    });
    expect(kpi.change.yearAgo).toEqual({ period: null, value: null, abs: null, rel: null });
  });

  it('keeps the weeks between as gaps and restarts the year to date at 2027-W01', async () => {
    const kpi = await signups('2027-01-17');
    // 2026-W01 … 2027-W02 is 53 + 2 weeks.
    expect(kpi.series).toHaveLength(55);
    expect(kpi.series.filter((point) => point.value === null)).toHaveLength(49);
    const ytd = kpi.cumulative!.yearToDate;
    expect(ytd.slice(-4).map((point) => [point.period, point.value])).toEqual([
      ['2026-W52', 60], // 10 + 20 + 30
      ['2026-W53', 100],
      ['2027-W01', 50],
      ['2027-W02', 110],
    ]);
  });
});
