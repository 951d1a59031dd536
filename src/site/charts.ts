/**
 * The charts a page shows, rendered at build time by the engine's chart
 * renderer. Each chart is drawn twice: at the default size for screens wider
 * than a phone and for paper, and narrower for phones, where the default one
 * would shrink its labels below a readable size. CSS shows one of the two.
 *
 * A build draws the KPI pages' charts ahead of the pages, on worker threads
 * (see chart-prerender.ts); a page takes them from there, and whatever was
 * not drawn ahead (reviews, pages of the dev server) is drawn here.
 */
import { breakdownChartSpec } from '../engine/charts/breakdown-chart-spec.ts';
import type { ChartOptions } from '../engine/charts/chart-types.ts';
import type { ChartSpec } from '../engine/charts/embeddable-spec.ts';
import { kpiChartSpec } from '../engine/charts/kpi-chart-spec.ts';
import { renderChartSvg } from '../engine/charts/render-svg.ts';
import type { KpiReport, Report, SiteReport } from '../engine/report/types.ts';
import { siteCalendar } from './calendar.ts';
import { scriptSafeJson } from './json-script.ts';
import { kpiPageChartsRequest, prerenderedCharts } from './page-charts.ts';
import type {
  ChartDrawing,
  KpiPageCharts,
  KpiPageChartsRequest,
  PageChart,
  ReviewMark,
} from './page-charts.ts';

export type { ChartDrawing, KpiPageCharts, PageChart, ReviewMark } from './page-charts.ts';

/**
 * The phone drawing's size: 340 px fits a 390 px screen at full size inside
 * the page and chart padding, and stays above 10 px labels down to 360 px.
 */
export const NARROW_CHART = { width: 340, height: 260 } as const;

async function drawing(spec: ChartSpec): Promise<ChartDrawing> {
  // Serialised before drawing: the spec's rows go to Vega, which writes into them.
  const json = JSON.stringify(spec);
  const alt = String(spec['description']);
  const svg = await renderChartSvg(spec, { json, consume: true });
  return { svg, alt, specJson: scriptSafeJson(json) };
}

async function bothSizes(
  specFor: (options: ChartOptions) => ChartSpec,
  options: ChartOptions,
): Promise<PageChart> {
  const [wide, narrow] = await Promise.all([
    drawing(specFor(options)),
    drawing(specFor({ ...options, ...NARROW_CHART })),
  ]);
  return { wide, narrow };
}

/** Draws every chart of a KPI's page in this thread. */
export async function drawKpiPageCharts(request: KpiPageChartsRequest): Promise<KpiPageCharts> {
  const { kpi, locale, calendar, reviewPeriods } = request;
  const [chart, ...breakdowns] = await Promise.all([
    bothSizes((sized) => kpiChartSpec(kpi, sized), { locale, calendar, reviewPeriods }),
    ...kpi.breakdowns.map(({ dimension }) =>
      bothSizes((sized) => breakdownChartSpec(kpi, dimension, sized), { locale, calendar }),
    ),
  ]);
  return { chart, breakdowns };
}

/** A KPI page's charts: drawn ahead by the build when it could, otherwise now. */
export function kpiPageCharts(report: Report, kpi: KpiReport): Promise<KpiPageCharts> {
  const request = kpiPageChartsRequest(report, kpi);
  return prerenderedCharts(request) ?? drawKpiPageCharts(request);
}

/** A KPI's chart, with the given review periods marked (a review's chart marks its own). */
export function kpiChart(
  kpi: KpiReport,
  site: SiteReport,
  reviewPeriods: readonly ReviewMark[],
): Promise<PageChart> {
  const options = { locale: site.locale, calendar: siteCalendar(site), reviewPeriods };
  return bothSizes((sized) => kpiChartSpec(kpi, sized), options);
}
