/**
 * The chart's text alternative, written from the same numbers and formats as
 * the page: "Line chart of Monthly revenue by month from January 2014 to
 * November 2015; latest €212K in November 2015, target €250K by December 2015."
 */
import { parseIsoDate } from '../calendar/civil-date.ts';
import { ISO_CALENDAR } from '../calendar/grain.ts';
import type { Grain } from '../calendar/grain.ts';
import { formatPeriod, formatPeriodKey } from '../format/format-period.ts';
import { formatValue } from '../format/format-value.ts';
import type { KpiReport } from '../report/types.ts';
import { kpiValueStyle } from '../report/value-style.ts';
import type { ChartOptions } from './chart-types.ts';

const GRAIN_NOUNS: Record<Grain, string> = {
  day: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
  'fiscal-quarter': 'fiscal quarter',
  'fiscal-year': 'fiscal year',
};

function seriesLabel(start: string, key: string, grain: Grain, locale: string): string {
  const day = parseIsoDate(start);
  return day === null ? key : formatPeriod(key, grain, day, locale);
}

export function kpiChartAlt(kpi: KpiReport, options: ChartOptions): string {
  const { locale } = options;
  const calendar = options.calendar ?? ISO_CALENDAR;
  const style = kpiValueStyle(kpi, locale);
  const first = kpi.series[0];
  const last = kpi.series[kpi.series.length - 1];
  const opening = `Line chart of ${kpi.title} by ${GRAIN_NOUNS[kpi.grain]}`;
  if (!first || !last || !kpi.latest || kpi.latest.value === null)
    return `${opening}: no data yet.`;

  const from = seriesLabel(first.start, first.period, kpi.grain, locale);
  const to = seriesLabel(last.start, last.period, kpi.grain, locale);
  const span = first === last ? `in ${from}` : `from ${from} to ${to}`;
  const latestPeriod = formatPeriodKey(kpi.latest.period, calendar, locale);
  const toDate = kpi.latest.partial ? ' to date' : '';
  const latest = `latest ${formatValue(kpi.latest.value, style)}${toDate} in ${latestPeriod}`;
  const target = kpi.target
    ? `, target ${formatValue(kpi.target.value, style)} by ${formatPeriodKey(kpi.target.by, calendar, locale)}`
    : '';
  return `${opening} ${span}; ${latest}${target}.`;
}
