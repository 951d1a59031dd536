/**
 * Threshold zones (critical, warning) or the healthy band, as horizontal
 * zones clipped to the value axis, so the axis never grows to show an
 * unbounded zone and no zone is drawn outside the plot.
 */
import { formatValue } from '../format/format-value.ts';
import type { ValueStyle } from '../format/format-value.ts';
import type { KpiReport } from '../report/types.ts';
import type { ZoneRow } from './chart-datasets.ts';
import { COLORS } from './chart-style.ts';

interface Span {
  name: string;
  from: number;
  to: number;
  text: string;
  color: string;
}

/** Zones for thresholds: below (or above, when lower is better) each limit. */
function thresholdSpans(kpi: KpiReport, low: number, high: number, style: ValueStyle): Span[] {
  const { thresholds } = kpi;
  if (!thresholds || kpi.direction === 'band') return [];
  const { warning, critical } = thresholds;
  const value = (limit: number) => formatValue(limit, style);
  const spans: Span[] = [];

  if (kpi.direction === 'higher') {
    if (critical !== null)
      spans.push({
        name: 'Critical',
        from: low,
        to: critical,
        text: `below ${value(critical)}`,
        color: COLORS.critical,
      });
    if (warning !== null)
      spans.push({
        name: 'Warning',
        from: critical ?? low,
        to: warning,
        text: `below ${value(warning)}`,
        color: COLORS.warning,
      });
  } else {
    if (critical !== null)
      spans.push({
        name: 'Critical',
        from: critical,
        to: high,
        text: `above ${value(critical)}`,
        color: COLORS.critical,
      });
    if (warning !== null)
      spans.push({
        name: 'Warning',
        from: warning,
        to: critical ?? high,
        text: `above ${value(warning)}`,
        color: COLORS.warning,
      });
  }
  return spans;
}

function bandSpans(kpi: KpiReport, style: ValueStyle): Span[] {
  if (kpi.direction !== 'band' || !kpi.band) return [];
  const [min, max] = kpi.band;
  const text = `${formatValue(min, style)} to ${formatValue(max, style)}`;
  return [{ name: 'Healthy range', from: min, to: max, text, color: COLORS.healthy }];
}

/** The values zones need the axis to reach. */
export function zoneLimits(kpi: KpiReport): number[] {
  const limits: number[] = [];
  if (kpi.thresholds && kpi.direction !== 'band') {
    if (kpi.thresholds.warning !== null) limits.push(kpi.thresholds.warning);
    if (kpi.thresholds.critical !== null) limits.push(kpi.thresholds.critical);
  }
  if (kpi.direction === 'band' && kpi.band) limits.push(...kpi.band);
  return limits;
}

/** Zones within the axis range [low, high]; empty ones (a warning beyond critical) are left out. */
export function zoneRows(kpi: KpiReport, low: number, high: number, style: ValueStyle): ZoneRow[] {
  return [...thresholdSpans(kpi, low, high, style), ...bandSpans(kpi, style)]
    .filter((span) => span.from < span.to)
    .map((span) => ({
      name: span.name,
      y: Math.max(low, span.from),
      y2: Math.min(high, span.to),
      text: span.text,
      color: span.color,
    }))
    .filter((zone) => zone.y < zone.y2);
}
