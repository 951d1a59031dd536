/**
 * The Vega-Lite spec of a KPI's chart: actuals with gaps and the partial
 * period, pace, baseline, milestones, target, forecast, threshold zones or the
 * healthy band, and review marks. All per-KPI data are in named datasets (see
 * chart-datasets.ts), so every KPI chart of one size shares one shape.
 */
import type { KpiReport } from '../report/types.ts';
import { kpiChartAlt } from './chart-alt.ts';
import { AXIS_ENCODING } from './chart-axes.ts';
import { chartFrame } from './chart-frame.ts';
import { chartSize } from './chart-layout.ts';
import type { ChartOptions } from './chart-types.ts';
import type { ChartSpec } from './embeddable-spec.ts';
import { kpiChartData } from './kpi-chart-data.ts';
import { KPI_CHART_LAYERS } from './kpi-chart-layers.ts';
import type { LayeredSpec } from './vega-lite-types.ts';

export function kpiChartSpec(kpi: KpiReport, options: ChartOptions): ChartSpec {
  const spec: LayeredSpec = {
    ...chartFrame(chartSize(options)),
    description: kpiChartAlt(kpi, options),
    encoding: structuredClone(AXIS_ENCODING),
    // A copy, so that a caller changing its spec cannot change the next chart's.
    layer: structuredClone(KPI_CHART_LAYERS),
    datasets: kpiChartData(kpi, options),
  };
  return { ...spec };
}
