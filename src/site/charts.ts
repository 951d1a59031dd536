/** The charts a page shows, rendered at build time by the engine's chart renderer. */
import type { RenderedChart } from '../engine/charts/chart-types.ts';
import { renderBreakdownChart, renderKpiChart } from '../engine/charts/render-kpi-chart.ts';
import type { KpiReport, SiteReport } from '../engine/report/types.ts';
import { siteCalendar } from './calendar.ts';

export interface ReviewMark {
  period: string;
  title: string;
}

/** A KPI's chart, with the periods of the reviews that cover it marked. */
export function kpiChart(
  kpi: KpiReport,
  site: SiteReport,
  reviewPeriods: readonly ReviewMark[],
): Promise<RenderedChart> {
  return renderKpiChart(kpi, { locale: site.locale, calendar: siteCalendar(site), reviewPeriods });
}

/** One line per group of the KPI's breakdown by `dimension`. */
export function breakdownChart(
  kpi: KpiReport,
  site: SiteReport,
  dimension: string,
): Promise<RenderedChart> {
  return renderBreakdownChart(kpi, dimension, {
    locale: site.locale,
    calendar: siteCalendar(site),
  });
}
