import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/engine/report/types.ts';
import { fixtureReport, kpiOf } from '../support/fixture.ts';

describe('declared date formats', () => {
  let report: Report;
  beforeAll(async () => {
    report = await fixtureReport('date-formats', '2026-12-31');
  });

  it('reads `MMM d yyyy` dates', () => {
    const kpi = kpiOf(report, 'visits');
    const withValues = kpi.series.filter((point) => point.value !== null);
    // Dec 30 2024: 9; Nov 3 + Nov 30 2026: 5 + 6; Dec 1 2026: 7
    expect(withValues.map((point) => [point.period, point.value, point.partial])).toEqual([
      ['2024-12', 9, false],
      ['2026-11', 11, false],
      ['2026-12', 7, true], // daily rows stop on the 1st
    ]);
    expect(kpi.series).toHaveLength(25); // 2024-12 … 2026-12
  });

  it('reads `yyyy/MM/dd HH:mm:ss` timestamps in the site’s zone, on the day written', () => {
    const kpi = kpiOf(report, 'log-entries');
    const withValues = kpi.series.filter((point) => point.value !== null);
    expect(withValues.map((point) => [point.period, point.value])).toEqual([
      ['2024-12-30', 1],
      ['2026-11-03', 1],
      ['2026-11-04', 2],
    ]);
  });
});
