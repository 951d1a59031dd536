/** A KPI's chart, ready for a page: the spec for vega-embed, the inline SVG, and the text alternative. */
import type { KpiReport } from '../report/types.ts';
import { breakdownChartSpec } from './breakdown-chart-spec.ts';
import type { ChartOptions, KpiChartRenderer, RenderedChart } from './chart-types.ts';
import { kpiChartSpec } from './kpi-chart-spec.ts';
import { renderChartSvg } from './render-svg.ts';

async function rendered(spec: Record<string, unknown>): Promise<RenderedChart> {
  const svg = await renderChartSvg(spec);
  return { spec, svg, alt: String(spec['description']) };
}

export const renderKpiChart: KpiChartRenderer = (kpi, options) =>
  rendered(kpiChartSpec(kpi, options));

/** One line per group of the KPI's breakdown by `dimension`; throws when there is no such breakdown. */
export function renderBreakdownChart(
  kpi: KpiReport,
  dimension: string,
  options: ChartOptions,
): Promise<RenderedChart> {
  return rendered(breakdownChartSpec(kpi, dimension, options));
}
