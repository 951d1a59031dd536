/**
 * The KPI page's comparisons: the judged value against the previous period
 * and a year earlier (the engine's changes), and against the baseline and the
 * target, worked out the same way (absolute difference, and relative to the
 * reference's size; undefined from zero).
 */
import { sign } from '../../engine/progress/direction.ts';
import type { KpiReport } from '../../engine/report/types.ts';
import type { Direction } from '../../engine/schema/kpi.ts';

export type ComparisonKey = 'previous' | 'year-ago' | 'baseline' | 'target';

export interface Comparison {
  key: ComparisonKey;
  /** The period of the reference value (the deadline, for the target). */
  period: string | null;
  reference: number | null;
  /** Current minus reference. */
  abs: number | null;
  /** abs divided by the reference's absolute value; null from zero. */
  rel: number | null;
  /** Whether the current value is better than the reference, for this KPI's direction. */
  better: boolean | null;
}

function valueIn(kpi: KpiReport, period: string | null): number | null {
  if (period === null) return null;
  return kpi.series.find((point) => point.period === period)?.value ?? null;
}

/** Whether a change is an improvement for this direction; null for none, or for a band. */
export function isBetter(direction: Direction, abs: number | null): boolean | null {
  if (abs === null || abs === 0 || direction === 'band') return null;
  return sign(direction) * abs > 0;
}

function against(
  kpi: KpiReport,
  key: ComparisonKey,
  period: string | null,
  reference: number | null,
): Comparison {
  const current = kpi.current?.value ?? null;
  const abs = current === null || reference === null ? null : current - reference;
  const rel =
    abs === null || reference === null || reference === 0 ? null : abs / Math.abs(reference);
  return { key, period, reference, abs, rel, better: isBetter(kpi.direction, abs) };
}

export function comparisons(kpi: KpiReport): Comparison[] {
  const { previous, yearAgo } = kpi.change;
  const rows: Comparison[] = [
    {
      key: 'previous',
      period: previous.period,
      reference: valueIn(kpi, previous.period),
      abs: previous.abs,
      rel: previous.rel,
      better: isBetter(kpi.direction, previous.abs),
    },
    {
      key: 'year-ago',
      period: yearAgo.period,
      reference: valueIn(kpi, yearAgo.period),
      abs: yearAgo.abs,
      rel: yearAgo.rel,
      better: isBetter(kpi.direction, yearAgo.abs),
    },
  ];
  if (kpi.baseline) rows.push(against(kpi, 'baseline', kpi.baseline.period, kpi.baseline.value));
  if (kpi.target) rows.push(against(kpi, 'target', kpi.target.by, kpi.target.value));
  return rows;
}
