/**
 * The site's calendar settings, end to end through a repository as of
 * 2026-11-15: a fiscal year starting in April, and weeks starting on Sunday.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/engine/report/types.ts';
import { SITE, check, sumKpi } from '../load/support/temp-repo.ts';
import { kpiOf } from '../support/fixture.ts';

async function reportOf(site: string, files: Record<string, string>): Promise<Report> {
  const result = await check({ 'kpis/site.yaml': SITE + site, ...files });
  expect(result.problems).toEqual([]);
  return result.loaded.report!;
}

describe('a fiscal year starting in April', () => {
  // Daily rows on either side of each fiscal quarter's edges; the last is after the as-of date.
  const orders = [
    'date,amount',
    '2026-03-31,5',
    '2026-04-01,10',
    '2026-05-15,20',
    '2026-06-30,30',
    '2026-07-01,1',
    '2026-09-30,2',
    '2026-10-01,100',
    '2026-11-15,7',
    '2026-11-16,999',
  ].join('\n');

  it('names fiscal quarters by the year they end in and sums the rows of each', async () => {
    const report = await reportOf('fiscalYearStart: 4\n', {
      'kpis/quarterly.md': sumKpi('data/orders.csv', 'grain: fiscal-quarter'),
      'kpis/yearly.md': sumKpi('data/orders.csv', 'grain: fiscal-year'),
      'data/orders.csv': orders,
    });

    const quarterly = kpiOf(report, 'quarterly');
    // FY2026 runs 2025-04-01 … 2026-03-31, so 2026-03-31 is its Q4; FY2027-Q1 is April to
    // June 2026: 10 + 20 + 30 = 60; Q2 July to September: 1 + 2 = 3; Q3 October to December
    // holds the as-of date: 100 + 7 = 107 to date, the 16 November row left out.
    expect(quarterly.series).toEqual([
      { period: 'FY2026-Q4', start: '2026-01-01', end: '2026-03-31', value: 5, partial: false },
      { period: 'FY2027-Q1', start: '2026-04-01', end: '2026-06-30', value: 60, partial: false },
      { period: 'FY2027-Q2', start: '2026-07-01', end: '2026-09-30', value: 3, partial: false },
      { period: 'FY2027-Q3', start: '2026-10-01', end: '2026-12-31', value: 107, partial: true },
    ]);
    expect(quarterly.current).toEqual({ period: 'FY2027-Q2', value: 3, partial: false });
    // 3 − 60 = −57, −57 / 60 = −0.95; FY2026-Q2 has no rows.
    expect(quarterly.change.previous).toEqual({
      period: 'FY2027-Q1',
      value: 60,
      abs: -57,
      rel: -0.95,
    });
    expect(quarterly.change.yearAgo).toEqual({
      period: 'FY2026-Q2',
      value: null,
      abs: null,
      rel: null,
    });

    // The fiscal years re-aggregate the same rows: FY2026 5; FY2027 60 + 3 + 107 = 170 to date.
    expect(kpiOf(report, 'yearly').series).toEqual([
      { period: 'FY2026', start: '2025-04-01', end: '2026-03-31', value: 5, partial: false },
      { period: 'FY2027', start: '2026-04-01', end: '2027-03-31', value: 170, partial: true },
    ]);
  });
});

describe('weeks starting on Sunday', () => {
  // Saturday 31 October, Sunday 1 November, Saturday 7, Sunday 8, Wednesday 11 and Sunday 15
  // November 2026 (the as-of date).
  const orders = [
    'date,amount',
    '2026-10-31,1',
    '2026-11-01,2',
    '2026-11-07,4',
    '2026-11-08,8',
    '2026-11-11,16',
    '2026-11-15,32',
  ].join('\n');
  const files = {
    'kpis/weekly.md': sumKpi('data/orders.csv', 'grain: week'),
    'data/orders.csv': orders,
  };

  it('runs Sunday to Saturday, numbering weeks by their fourth day', async () => {
    const weekly = kpiOf(await reportOf('weekStart: sunday\n', files), 'weekly');
    // Week 1 of 2026 starts on Sunday 4 January (its Wednesday, 7 January, is the year's first);
    // 1 November is 301 days = 43 weeks later, so it starts week 44. Saturdays end a week:
    // W43 1; W44 2 + 4 = 6; W45 8 + 16 = 24; W46 starts on the as-of Sunday: 32 to date.
    expect(weekly.series).toEqual([
      { period: '2026-W43', start: '2026-10-25', end: '2026-10-31', value: 1, partial: false },
      { period: '2026-W44', start: '2026-11-01', end: '2026-11-07', value: 6, partial: false },
      { period: '2026-W45', start: '2026-11-08', end: '2026-11-14', value: 24, partial: false },
      { period: '2026-W46', start: '2026-11-15', end: '2026-11-21', value: 32, partial: true },
    ]);
    expect(weekly.current).toEqual({ period: '2026-W45', value: 24, partial: false });
  });

  it('differs from the ISO weeks the same rows make by default', async () => {
    const weekly = kpiOf(await reportOf('', files), 'weekly');
    // ISO week 1 of 2026 starts on Monday 29 December 2025; 26 October is 301 days later.
    // Sundays end a week: W44 1 + 2 = 3; W45 4 + 8 = 12; W46 16 + 32 = 48, complete on the
    // as-of Sunday, its last day.
    expect(weekly.series).toEqual([
      { period: '2026-W44', start: '2026-10-26', end: '2026-11-01', value: 3, partial: false },
      { period: '2026-W45', start: '2026-11-02', end: '2026-11-08', value: 12, partial: false },
      { period: '2026-W46', start: '2026-11-09', end: '2026-11-15', value: 48, partial: false },
    ]);
  });
});
