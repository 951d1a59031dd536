/**
 * Everything one KPI chart draws, as named datasets: the series, the plan,
 * zones, review marks, axis ticks and the legend, with all text formatted in
 * the chart's locale.
 */
import { formatIsoDate } from '../calendar/civil-date.ts';
import { ISO_CALENDAR } from '../calendar/grain.ts';
import type { CalendarOptions } from '../calendar/grain.ts';
import { parsePeriodKey } from '../calendar/period.ts';
import type { ValueStyle } from '../format/format-value.ts';
import type { KpiReport } from '../report/types.ts';
import { actualRows, toDateRows } from './actual-rows.ts';
import type { KpiChartDatasets, ReviewRow } from './chart-datasets.ts';
import { chartSize, plotHeight, plotWidth } from './chart-layout.ts';
import type { ChartOptions } from './chart-types.ts';
import { kpiLegendSymbols } from './kpi-legend.ts';
import { legendLines, legendRows } from './legend-rows.ts';
import { planRows } from './plan-rows.ts';
import { dateRange, frameRows, timeTicksOver } from './time-axis.ts';
import { valueTicks } from './value-axis.ts';
import { kpiValueStyle } from '../report/value-style.ts';
import { zoneLimits, zoneRows } from './zone-rows.ts';

/** Review marks at the end of each review's period, where the period ends inside the chart. */
function reviewRows(
  kpi: KpiReport,
  reviews: ChartOptions['reviewPeriods'],
  calendar: CalendarOptions,
  [first, last]: [string, string],
): ReviewRow[] {
  const rows: ReviewRow[] = [];
  for (const { period, title } of reviews ?? []) {
    const parsed = parsePeriodKey(period, calendar);
    const x =
      kpi.series.find((point) => point.period === period)?.end ??
      (parsed ? formatIsoDate(parsed.end) : null);
    if (x !== null && x >= first && x <= last) rows.push({ period, x, title });
  }
  return rows;
}

/**
 * Zones depend on the value range, whose ticks depend on the plot's height,
 * which depends on the legend, which lists the zones: size the plot for a
 * legend that lists every zone the KPI defines.
 */
function draftLegendLines(
  kpi: KpiReport,
  drawn: Omit<Parameters<typeof kpiLegendSymbols>[0], 'zones'>,
  width: number,
  style: ValueStyle,
): number {
  const limits = zoneLimits(kpi);
  const zones = zoneRows(kpi, Math.min(...limits) - 1, Math.max(...limits) + 1, style);
  return legendLines(legendRows(kpiLegendSymbols({ ...drawn, zones }), width));
}

export function kpiChartData(kpi: KpiReport, options: ChartOptions): KpiChartDatasets {
  const style = kpiValueStyle(kpi, options.locale);
  const calendar = options.calendar ?? ISO_CALENDAR;
  const size = chartSize(options);

  const actuals = actualRows(kpi.series, style);
  const toDate = toDateRows(kpi.series, style);
  const { pace, forecast, markers } = planRows(kpi, style);
  const range = dateRange([...actuals, ...pace, ...forecast, ...markers].map((row) => row.x));
  const reviews = range ? reviewRows(kpi, options.reviewPeriods, calendar, range) : [];

  const values = [...actuals, ...toDate, ...pace, ...forecast, ...markers]
    .map((row) => row.y)
    .filter((y): y is number => y !== null);
  const limits = zoneLimits(kpi);
  const drawn = { reviews, pace, forecast, actuals, toDate, markers };
  const height = plotHeight(size, draftLegendLines(kpi, drawn, size.width, style));
  const yTicks = valueTicks([...values, ...limits], style, height);
  const low = yTicks[0]?.y ?? 0;
  const high = yTicks[yTicks.length - 1]?.y ?? 0;
  const zones = zoneRows(kpi, low, high, style);

  const width = plotWidth(
    size,
    yTicks.map((tick) => tick.label),
  );
  const legend = legendRows(kpiLegendSymbols({ ...drawn, zones }), width);
  const xTicks = timeTicksOver(range, kpi.grain, calendar, options.locale, width);
  const measured = kpi.series.some((point) => point.value !== null);
  const notes = measured ? [] : [{ text: 'No data yet' }];

  return {
    frame: frameRows(range),
    zones,
    yTicks,
    xTicks,
    reviews,
    pace,
    forecast,
    actuals,
    toDate,
    markers,
    legend,
    notes,
  };
}
