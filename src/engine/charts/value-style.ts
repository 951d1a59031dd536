/** The format module's style for a KPI's values, in the chart's locale. */
import type { ValueStyle } from '../format/format-value.ts';
import type { KpiReport } from '../report/types.ts';

export function kpiValueStyle(kpi: KpiReport, locale: string): ValueStyle {
  return { locale, unit: kpi.unit, currency: kpi.currency, decimals: kpi.decimals ?? undefined };
}
