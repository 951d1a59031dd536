import { describe, expect, it } from 'vitest';
import { breakdownChartSpec } from '../../../src/engine/charts/breakdown-chart-spec.ts';
import { ChartViews } from '../../../src/engine/charts/chart-views.ts';
import { kpiChartSpec } from '../../../src/engine/charts/kpi-chart-spec.ts';
import { renderChartSvg, renderChartSvgUncached } from '../../../src/engine/charts/render-svg.ts';
import { CHART_KPIS, regional, revenue, withGaps } from './chart-kpis.ts';

const options = { locale: 'en-US', reviewPeriods: [{ period: '2015-03', title: 'March review' }] };
const specs = Object.values(CHART_KPIS).map((kpi) => kpiChartSpec(kpi, options));

describe('renderChartSvg', () => {
  it('renders the same bytes every time', async () => {
    const spec = kpiChartSpec(revenue, options);
    expect(await renderChartSvgUncached(spec)).toBe(await renderChartSvgUncached(spec));
    expect(await renderChartSvg(spec)).toBe(await renderChartSvg(spec));
  });

  it('draws on a shared view exactly what a fresh view draws, whatever came before', async () => {
    const fresh = await Promise.all(specs.map(renderChartSvgUncached));
    for (const order of [specs, [...specs].reverse()]) {
      const views = new ChartViews();
      const shared: string[] = [];
      for (const spec of order) shared.push(await views.render(spec));
      if (order !== specs) shared.reverse();
      expect(shared).toEqual(fresh);
    }
  });

  it('compiles one view per shape: every KPI chart of a size shares one', async () => {
    const views = new ChartViews();
    for (const spec of specs) await views.render(spec);
    expect(views.size).toBe(1);

    await views.render(breakdownChartSpec(regional, 'region', options));
    await views.render(kpiChartSpec(revenue, { ...options, width: 320 }));
    expect(views.size).toBe(3);
  });

  it('keeps charts apart when many render at once on one view', async () => {
    const views = new ChartViews();
    const together = await Promise.all(specs.map((spec) => views.render(spec)));
    expect(together).toEqual(await Promise.all(specs.map(renderChartSvgUncached)));
  });

  it('leaves the spec as it was (Vega parses dates into the rows it is given)', async () => {
    const spec = kpiChartSpec(revenue, options);
    const before = JSON.stringify(spec);
    await renderChartSvg(spec);
    await renderChartSvgUncached(spec);
    expect(JSON.stringify(spec)).toBe(before);
  });

  it('warns about nothing while rendering', async () => {
    const warnings: string[] = [];
    const views = new ChartViews({ onWarning: (message) => warnings.push(message) });
    for (const spec of specs) await views.render(spec);
    await views.render(breakdownChartSpec(regional, 'region', options));
    expect(warnings).toEqual([]);
  });

  it('labels the SVG as one image named by the chart’s description', async () => {
    const svg = await renderChartSvg(kpiChartSpec(revenue, options));
    expect(svg).toMatch(
      /^<svg role="img" aria-label="Line chart of Monthly revenue by month from January 2014 to November 2015; [^"]+" xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
  });

  it('breaks the line at gaps', async () => {
    const svg = await renderChartSvg(kpiChartSpec(withGaps, options));
    const line =
      /<g class="mark-line role-mark [^"]*"[^>]*><path d="([^"]+)" stroke="#1d5fa8"/.exec(svg);
    // 12, 15 | gap | 18, 21 | gap | 25: three runs.
    expect(line?.[1]?.match(/M/g)).toHaveLength(3);
  });
});

describe('text from the report in the SVG', () => {
  const hostile = '<script>alert(1)</script> "><img src=x onerror=alert(1)>';
  const kpi = {
    ...regional,
    title: `Revenue ${hostile}`,
    breakdowns: [
      {
        dimension: 'region',
        groups: [
          ...regional.breakdowns[0]!.groups,
          { ...regional.breakdowns[0]!.groups[0]!, value: hostile },
        ],
      },
    ],
  };
  const hostileOptions = {
    locale: 'en-US',
    reviewPeriods: [{ period: '2026-02', title: hostile }],
  };

  it.each([
    ['a KPI chart', () => kpiChartSpec(kpi, hostileOptions)],
    ['a breakdown chart', () => breakdownChartSpec(kpi, 'region', hostileOptions)],
  ])('is escaped in %s', async (_name, spec) => {
    const svg = await renderChartSvg(spec());
    const elements = new Set([...svg.matchAll(/<\/?([a-zA-Z]+)/g)].map((match) => match[1]));
    expect([...elements].sort()).toEqual(['g', 'line', 'path', 'rect', 'svg', 'text']);
    expect(svg).not.toContain('"><img');
    expect(svg).toContain(
      'Revenue &lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;',
    );
  });

  it('shows a group name from the data as text', async () => {
    const svg = await renderChartSvg(breakdownChartSpec(kpi, 'region', hostileOptions));
    expect(svg).toContain(
      '>&lt;script&gt;alert(1)&lt;/script&gt; "&gt;&lt;img src=x onerror=alert(1)&gt;</text>',
    );
  });
});
