import { describe, expect, it } from 'vitest';
import { compileSpec } from '../../../src/engine/charts/compile-spec.ts';
import {
  renderBreakdownChart,
  renderKpiChart,
} from '../../../src/engine/charts/render-kpi-chart.ts';
import { sparklineSvg } from '../../../src/engine/charts/sparkline.ts';
import { fixtureReport, kpiOf } from '../support/fixture.ts';

describe('charts of a computed report', () => {
  it('draws the basic fixture’s revenue: chart, breakdown and sparkline', async () => {
    const report = await fixtureReport('basic', '2026-03-15');
    const kpi = kpiOf(report, 'revenue');
    const options = {
      locale: report.site.locale,
      reviewPeriods: [{ period: '2026-02', title: 'February' }],
    };

    const chart = await renderKpiChart(kpi, options);
    expect(compileSpec(chart.spec).warnings).toEqual([]);
    expect(chart.alt).toBe(
      'Line chart of Revenue by month from January 2026 to March 2026; latest €200.00 to date in March 2026, target €250.00 by December 2026.',
    );
    expect(chart.svg.startsWith('<svg role="img"')).toBe(true);

    const breakdown = await renderBreakdownChart(kpi, 'region', options);
    expect(compileSpec(breakdown.spec).warnings).toEqual([]);
    expect(breakdown.svg).toContain('>EU</text>');

    expect(sparklineSvg(kpi, { label: 'Revenue' })).toContain('<circle');
  });
});
