/**
 * The charts a page shows, rendered at build time by the engine's chart
 * renderer. Each chart is drawn twice: at the default size for screens wider
 * than a phone and for paper, and narrower for phones, where the default one
 * would shrink its labels below a readable size. CSS shows one of the two.
 */
import type { ChartOptions, RenderedChart } from '../engine/charts/chart-types.ts';
import { renderBreakdownChart, renderKpiChart } from '../engine/charts/render-kpi-chart.ts';
import type { KpiReport, SiteReport } from '../engine/report/types.ts';
import { siteCalendar } from './calendar.ts';

/**
 * The phone drawing's size: 340 px fits a 390 px screen at full size inside
 * the page and chart padding, and stays above 10 px labels down to 360 px.
 */
export const NARROW_CHART = { width: 340, height: 260 } as const;

export interface PageChart {
  /** The default size (640 × 280). */
  wide: RenderedChart;
  /** For screens narrower than the wide chart. */
  narrow: RenderedChart;
}

export interface ReviewMark {
  period: string;
  title: string;
}

async function bothSizes(
  render: (options: ChartOptions) => Promise<RenderedChart>,
  options: ChartOptions,
): Promise<PageChart> {
  const [wide, narrow] = await Promise.all([
    render(options),
    render({ ...options, ...NARROW_CHART }),
  ]);
  return { wide, narrow };
}

/** A KPI's chart, with the periods of the reviews that cover it marked. */
export function kpiChart(
  kpi: KpiReport,
  site: SiteReport,
  reviewPeriods: readonly ReviewMark[],
): Promise<PageChart> {
  const options = { locale: site.locale, calendar: siteCalendar(site), reviewPeriods };
  return bothSizes((sized) => renderKpiChart(kpi, sized), options);
}

/** One line per group of the KPI's breakdown by `dimension`. */
export function breakdownChart(
  kpi: KpiReport,
  site: SiteReport,
  dimension: string,
): Promise<PageChart> {
  const options = { locale: site.locale, calendar: siteCalendar(site) };
  return bothSizes((sized) => renderBreakdownChart(kpi, dimension, sized), options);
}
