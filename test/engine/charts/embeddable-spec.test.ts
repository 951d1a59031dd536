import { describe, expect, it } from 'vitest';
import { breakdownChartSpec } from '../../../src/engine/charts/breakdown-chart-spec.ts';
import { compileSpec } from '../../../src/engine/charts/compile-spec.ts';
import { embeddableSpec, splitSpec } from '../../../src/engine/charts/embeddable-spec.ts';
import { kpiChartSpec } from '../../../src/engine/charts/kpi-chart-spec.ts';
import { renderKpiChart } from '../../../src/engine/charts/render-kpi-chart.ts';
import { regional, revenue } from './chart-kpis.ts';

const en = { locale: 'en-US', reviewPeriods: [{ period: '2015-03', title: 'March review' }] };

describe('embeddable specs', () => {
  it.each([
    ['a KPI chart', kpiChartSpec(revenue, en)],
    ['a breakdown chart', breakdownChartSpec(regional, 'region', en)],
  ])('%s carries every dataset it names, so it renders without fetching', (_name, spec) => {
    const { vega } = compileSpec(spec);
    const sources = (vega.data ?? []).filter((data) => !('source' in data));
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) expect(source).toHaveProperty('values');
    expect(JSON.stringify(vega)).not.toMatch(/"url"/);
  });

  it('splits into shape, data and description, and joins back', () => {
    const spec = kpiChartSpec(revenue, en);
    const { shape, datasets, description } = splitSpec(spec);
    expect(shape).not.toHaveProperty('datasets');
    expect(shape).not.toHaveProperty('description');
    expect(embeddableSpec(shape, datasets, description ?? undefined)).toEqual(spec);
  });

  it('is what renderKpiChart hands the page, as plain JSON', async () => {
    const chart = await renderKpiChart(revenue, en);
    expect(chart.spec).toEqual(kpiChartSpec(revenue, en));
    expect(JSON.parse(JSON.stringify(chart.spec))).toEqual(chart.spec);
    expect(chart.alt).toBe(chart.spec['description']);
  });
});
