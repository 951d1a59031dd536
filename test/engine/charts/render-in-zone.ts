/**
 * Run in a child process with TZ set: renders every test KPI's chart, fresh
 * and through a shared view, and prints them with the zone's offset in
 * January 2026 (which shows the zone really applied).
 */
import { breakdownChartSpec } from '../../../src/engine/charts/breakdown-chart-spec.ts';
import { ChartViews } from '../../../src/engine/charts/chart-views.ts';
import { kpiChartSpec } from '../../../src/engine/charts/kpi-chart-spec.ts';
import { renderChartSvgUncached } from '../../../src/engine/charts/render-svg.ts';
import { CHART_KPIS, regional } from './chart-kpis.ts';

const options = { locale: 'en-GB', reviewPeriods: [{ period: '2015-03', title: 'Q1 review' }] };
const specs = [
  ...Object.values(CHART_KPIS).map((kpi) => kpiChartSpec(kpi, options)),
  breakdownChartSpec(regional, 'region', options),
];
const views = new ChartViews();
const svgs: string[] = [];
for (const spec of specs) svgs.push(await renderChartSvgUncached(spec), await views.render(spec));

// A control drawn the naive way (local-time month of a date): it must differ between zones,
// or this check could not see a shifted date at all.
const control = await renderChartSvgUncached({
  data: { values: [{ day: '2026-03-01' }] },
  mark: 'text',
  encoding: { text: { field: 'day', timeUnit: 'yearmonth', type: 'ordinal' } },
});

const offset = new Date(2026, 0, 1).getTimezoneOffset();
process.stdout.write(JSON.stringify({ offset, svgs, control }));
