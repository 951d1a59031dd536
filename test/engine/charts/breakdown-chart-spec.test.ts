import { describe, expect, it } from 'vitest';
import { breakdownChartSpec } from '../../../src/engine/charts/breakdown-chart-spec.ts';
import { compileSpec } from '../../../src/engine/charts/compile-spec.ts';
import { renderBreakdownChart } from '../../../src/engine/charts/render-kpi-chart.ts';
import { regional, revenue } from './chart-kpis.ts';

const en = { locale: 'en-US' };

describe('breakdownChartSpec', () => {
  it('compiles without warnings', () => {
    expect(compileSpec(breakdownChartSpec(regional, 'region', en)).warnings).toEqual([]);
  });

  it('draws one line per group in its own colour, gaps and partial periods as in the KPI chart', () => {
    const datasets = breakdownChartSpec(regional, 'region', en)['datasets'] as Record<
      string,
      { group: string; y: number | null; color: string }[]
    >;
    const byGroup = (rows: { group: string; y: number | null }[], group: string) =>
      rows.filter((row) => row.group === group).map((row) => row.y);
    expect(byGroup(datasets['lines']!, 'EU')).toEqual([100, 120, null]);
    expect(byGroup(datasets['lines']!, 'US')).toEqual([50, null, null]);
    expect(datasets['toDate']!.map((row) => [row.group, row.y])).toEqual([
      ['EU', 90],
      ['US', 110],
    ]);
    expect(new Set(datasets['lines']!.map((row) => row.color)).size).toBe(2);
    expect(datasets['legend']!.map((row) => (row as unknown as { name: string }).name)).toEqual([
      'EU',
      'US',
    ]);
  });

  it('describes the groups', async () => {
    const chart = await renderBreakdownChart(regional, 'region', en);
    expect(chart.alt).toBe(
      'Line chart of Regional revenue by region, one line each for EU and US, from January 2026 to March 2026.',
    );
    expect(chart.svg).toContain(`aria-label="${chart.alt}"`);
  });

  it('refuses a dimension the KPI is not broken down by', () => {
    expect(() => breakdownChartSpec(revenue, 'region', en)).toThrow(
      'KPI "monthly-revenue" has no breakdown by "region" (it has: none)',
    );
  });
});
