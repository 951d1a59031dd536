import { beforeAll, describe, expect, it } from 'vitest';
import type { KpiReport } from '../../../src/engine/report/types.ts';
import { fixtureReport, kpiOf } from '../support/fixture.ts';

// test/fixtures/monthly-target: monthly amounts 80…100 through 2025, then
// 131, 159, 190, 220, 251, 270 for January to June 2026 and 150 for July so far.
// Baseline 100 (2025-12), target 465 by 2026-12: pace climbs 1 a day from 2025-12-31.
describe('a KPI with a target, as of 2026-07-15', () => {
  let kpi: KpiReport;
  beforeAll(async () => {
    kpi = kpiOf(await fixtureReport('monthly-target', '2026-07-15'), 'revenue');
  });

  it('shows July to date but judges June, the latest complete month', () => {
    expect(kpi.series).toHaveLength(19);
    expect(kpi.series.at(-1)).toEqual({
      period: '2026-07',
      start: '2026-07-01',
      end: '2026-07-31',
      value: 150,
      partial: true,
    });
    expect(kpi.series.filter((point) => point.partial)).toHaveLength(1);
    expect(kpi.latest).toEqual({ period: '2026-07', value: 150, partial: true });
    expect(kpi.current).toEqual({ period: '2026-06', value: 270, partial: false });
  });

  it('compares June with May, June a year earlier, the baseline and the target', () => {
    // 270 − 251 = 19, 19 / 251; 270 − 90 = 180, 180 / 90 = 2;
    // 270 − 100 = 170, 170 / 100 = 1.7; 270 − 465 = −195, −195 / 465.
    expect(kpi.change).toEqual({
      previous: { period: '2026-05', value: 251, abs: 19, rel: 19 / 251 },
      yearAgo: { period: '2025-06', value: 90, abs: 180, rel: 2 },
      baseline: { period: '2025-12', value: 100, abs: 170, rel: 1.7 },
      target: { period: '2026-12', value: 465, abs: -195, rel: -195 / 465 },
    });
  });

  it('measures progress from the baseline and pace at the end of June', () => {
    expect(kpi.baseline).toEqual({
      period: '2025-12',
      value: 100,
      given: false,
      end: '2025-12-31',
    });
    expect(kpi.target).toEqual({ value: 465, by: '2026-12', deadline: '2026-12-31' });
    // (270 − 100) / (465 − 100)
    expect(kpi.progress).toBe(170 / 365);
    // 100 + 181 days
    expect(kpi.pace).toBe(281);
  });

  it('forecasts from January to June and says what each month still needs', () => {
    // x = 1…6, y = 131 159 190 220 251 270: x̄ = 3.5, ȳ = 1221 / 6 = 203.5,
    // Σ(x−x̄)(y−ȳ) = 500.5, Σ(x−x̄)² = 17.5 → slope 28.6; December (x = 12): 203.5 + 28.6 × 8.5.
    expect(kpi.forecast?.slope).toBeCloseTo(28.6, 10);
    expect(kpi.forecast?.atDeadline).toBeCloseTo(446.6, 10);
    // (465 − 270) / 6 months
    expect(kpi.forecast).toMatchObject({ requiredPerPeriod: 32.5, periodsUsed: 6, periodsLeft: 6 });
  });

  it('is at risk: 11 behind pace, within 5% of the 365 span, and the trend falls short', () => {
    expect(kpi.status).toBe('at-risk');
    expect(kpi.statusRule).toBe('within-tolerance');
    // 11 / 281 = 3.9%; tolerance 5% × 365 = 18.25, shown as 18 since the KPI's values are
    // whole numbers (0 decimals); 446.6 / 465 = 96.0%
    expect(kpi.statusReason).toBe(
      '3.9% behind pace: a gap of 11, within the tolerance of 18; the trend reaches 96.0% of the target by December 2026.',
    );
  });

  it('was on track in May, exactly at pace, so the status alert fires', () => {
    // May: 251 against 100 + 151 days.
    expect(kpi.previousStatus).toBe('on-track');
    expect(kpi.alerts).toEqual([
      {
        rule: 'status',
        severity: 'warning',
        period: '2026-06',
        message: 'Status went from on track to at risk.',
      },
    ]);
  });

  it('writes the summary from the same numbers', () => {
    // 19 / 251 = 7.6%; the gap and the tolerance as in the reason: 281 − 270 = 11, 5% × 365 = 18.
    expect(kpi.summary).toBe(
      'Revenue rose 7.6% to 270 in June 2026, 3.9% behind pace (a gap of 11, within the tolerance of 18); the trend reaches 96.0% of the target by December 2026.',
    );
  });

  it('keeps running totals for the year and for the target window', () => {
    const totals = (points: { period: string; value: number | null }[]) =>
      points.filter((point) => point.period >= '2026').map((point) => point.value);
    // 131, +159, +190, +220, +251, +270, +150
    const expected = [131, 290, 480, 700, 951, 1221, 1371];
    expect(totals(kpi.cumulative!.yearToDate)).toEqual(expected);
    expect(kpi.cumulative!.yearToDate.find((point) => point.period === '2025-12')?.value).toBe(
      1089,
    );
    expect(kpi.cumulative!.targetWindow.map((point) => point.value)).toEqual(expected);
  });
});

describe('a KPI that opts in to partial periods', () => {
  it('judges and compares July to date', async () => {
    const kpi = kpiOf(await fixtureReport('monthly-target', '2026-07-15'), 'revenue-to-date');
    expect(kpi.current).toEqual({ period: '2026-07', value: 150, partial: true });
    // 150 − 270 = −120; −120 / 270 = −4/9. July 2025 was 92: 150 − 92 = 58.
    expect(kpi.change.previous).toEqual({
      period: '2026-06',
      value: 270,
      abs: -120,
      rel: -120 / 270,
    });
    expect(kpi.change.yearAgo).toEqual({ period: '2025-07', value: 92, abs: 58, rel: 58 / 92 });
    expect(kpi.status).toBe('no-target');
  });
});

describe('the as-of date', () => {
  it('leaves out later rows and marks a past deadline as missed', async () => {
    const kpi = kpiOf(await fixtureReport('monthly-target', '2027-01-20'), 'revenue');
    // No data after July 2026: July is complete now, and the deadline has passed at 150.
    expect(kpi.current).toEqual({ period: '2026-07', value: 150, partial: false });
    expect(kpi.status).toBe('missed');
    expect(kpi.previousStatus).toBe('at-risk'); // June, as judged on 2026-06-30
    expect(kpi.alerts.map((alert) => [alert.rule, alert.severity])).toEqual([
      ['stale', 'critical'], // August to December 2026: 5 periods, beyond 2 × 2
      ['status', 'critical'], // at-risk → missed
      ['drop', 'critical'], // (150 − 270) / 270 = −44.4%
    ]);
    expect(kpi.alerts[0]?.message).toBe('No data for 5 complete periods since July 2026.');
  });

  it('counts the as-of day as complete and leaves out rows dated after it', async () => {
    const early = kpiOf(await fixtureReport('monthly-target', '2026-06-30'), 'revenue');
    // June is complete on its last day; July's row starts after the as-of date.
    expect(early.latest).toEqual({ period: '2026-06', value: 270, partial: false });
    expect(early.series.at(-1)?.period).toBe('2026-06');
  });
});
