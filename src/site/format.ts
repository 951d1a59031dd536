/**
 * Thin bridges from report fields to the engine's formatters, so components
 * pass a KPI and a value instead of assembling a value style each time. No
 * number is computed here: every string comes from src/engine/format.
 */
import { parseIsoDate } from '../engine/calendar/civil-date.ts';
import { formatPeriod, formatPeriodKey } from '../engine/format/format-period.ts';
import { formatCompact, formatDelta, formatValue } from '../engine/format/format-value.ts';
import type { KpiReport, SiteReport } from '../engine/report/types.ts';
import { kpiValueStyle } from '../engine/report/value-style.ts';
import { siteCalendar } from './calendar.ts';

export const kpiValue = (kpi: KpiReport, value: number | null, locale: string): string =>
  formatValue(value, kpiValueStyle(kpi, locale));

export const kpiCompact = (kpi: KpiReport, value: number | null, locale: string): string =>
  formatCompact(value, kpiValueStyle(kpi, locale));

export const kpiDelta = (kpi: KpiReport, value: number | null, locale: string): string =>
  formatDelta(value, kpiValueStyle(kpi, locale));

/**
 * A period key for readers (`October 2026`, `Q3 2026`). The KPI's own series
 * gives the period's first day; keys outside it (a year ago, a deadline) are
 * parsed with the site's calendar.
 */
export function periodLabel(kpi: KpiReport, key: string, site: SiteReport): string {
  const point = kpi.series.find((candidate) => candidate.period === key);
  const startDay = point ? parseIsoDate(point.start) : null;
  if (point && startDay !== null) return formatPeriod(key, kpi.grain, startDay, site.locale);
  return formatPeriodKey(key, siteCalendar(site), site.locale);
}
