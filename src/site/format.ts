/**
 * Thin bridges from report fields to the engine's formatters, so components
 * pass a KPI and a value instead of assembling a value style each time. No
 * number is computed here: every string comes from src/engine/format.
 */
import { parseIsoDate } from '../engine/calendar/civil-date.ts';
import { parsePeriodKey } from '../engine/calendar/period.ts';
import { formatPeriod } from '../engine/format/format-period.ts';
import {
  formatCompact,
  formatDelta,
  formatValue,
  type ValueStyle,
} from '../engine/format/format-value.ts';
import type { KpiReport, SiteReport } from '../engine/report/types.ts';
import { siteCalendar } from './calendar.ts';

export function valueStyle(kpi: KpiReport, locale: string): ValueStyle {
  return { locale, unit: kpi.unit, currency: kpi.currency, decimals: kpi.decimals ?? undefined };
}

export const kpiValue = (kpi: KpiReport, value: number | null, locale: string): string =>
  formatValue(value, valueStyle(kpi, locale));

export const kpiCompact = (kpi: KpiReport, value: number | null, locale: string): string =>
  formatCompact(value, valueStyle(kpi, locale));

export const kpiDelta = (kpi: KpiReport, value: number | null, locale: string): string =>
  formatDelta(value, valueStyle(kpi, locale));

/**
 * A period key for readers (`October 2026`, `Q3 2026`). The KPI's own series
 * gives the period's first day; keys outside it (a year ago, a deadline) are
 * parsed with the site's calendar.
 */
export function periodLabel(kpi: KpiReport, key: string, site: SiteReport): string {
  const point = kpi.series.find((candidate) => candidate.period === key);
  const startDay = point ? parseIsoDate(point.start) : null;
  if (point && startDay !== null) return formatPeriod(key, kpi.grain, startDay, site.locale);

  const period = parsePeriodKey(key, siteCalendar(site));
  return period ? formatPeriod(key, period.grain, period.start, site.locale) : key;
}
