/**
 * A KPI's numbers as the text the CLI shows, formatted by the engine's format
 * module in the site locale, so the terminal says what the site says.
 */
import {
  formatDelta,
  formatPercentChange,
  formatShare,
  formatValue,
  NO_VALUE,
} from '../../engine/format/format-value.ts';
import type { ValueStyle } from '../../engine/format/format-value.ts';
import type { KpiReport, PeriodValue } from '../../engine/report/types.ts';

export interface KpiCells {
  /** The value status is judged on, `(to date)` when its period is not over. */
  value: string;
  period: string;
  /** Against the previous period: `+€10 (+5.6%)`. */
  change: string;
  progress: string;
}

export function valueStyle(kpi: KpiReport, locale: string): ValueStyle {
  return { locale, unit: kpi.unit, currency: kpi.currency, decimals: kpi.decimals ?? undefined };
}

/** A period's value: `€190`, `€40 (to date)`, or `—`. */
export function formatPeriodValue(
  point: PeriodValue | null,
  kpi: KpiReport,
  locale: string,
): string {
  if (!point) return NO_VALUE;
  const value = formatValue(point.value, valueStyle(kpi, locale));
  return point.partial ? `${value} (to date)` : value;
}

export function kpiCells(kpi: KpiReport, locale: string): KpiCells {
  const style = valueStyle(kpi, locale);
  const { abs, rel } = kpi.change.previous;
  return {
    value: formatPeriodValue(kpi.current, kpi, locale),
    period: kpi.current?.period ?? NO_VALUE,
    change:
      abs === null
        ? NO_VALUE
        : `${formatDelta(abs, style)}${rel === null ? '' : ` (${formatPercentChange(rel, locale)})`}`,
    progress: formatShare(kpi.progress, locale),
  };
}
