/** The format module's style for a KPI's values: its unit, currency and decimals, in a locale. */
import type { ValueStyle } from '../format/format-value.ts';
import type { KpiReport } from './types.ts';

export function kpiValueStyle(
  kpi: Pick<KpiReport, 'unit' | 'currency' | 'decimals'>,
  locale: string,
): ValueStyle {
  return { locale, unit: kpi.unit, currency: kpi.currency, decimals: kpi.decimals };
}
