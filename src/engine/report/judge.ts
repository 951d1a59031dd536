/**
 * Judges a KPI at one point of its series: progress, pace, forecast and status
 * as they stood at that period. The same function judges the current period
 * and the one before it, so "status got worse" compares like with like.
 */
import type { SeriesPoint } from '../aggregate/series.ts';
import type { DayNumber } from '../calendar/civil-date.ts';
import type { Direction } from '../schema/kpi.ts';
import { fitTrend, projectTrend } from '../progress/forecast.ts';
import { paceAt } from '../progress/pace.ts';
import { progressOf } from '../progress/progress.ts';
import type { PaceAnchor } from '../progress/pace.ts';
import { decideStatus } from '../progress/status.ts';
import type { StatusDecision } from '../progress/status.ts';
import type { ForecastReport } from './types.ts';

export interface Plan {
  direction: Direction;
  band?: readonly [number, number] | undefined;
  baseline: { value: number; end: DayNumber } | null;
  target: { value: number; deadline: DayNumber; deadlineOrdinal: number } | null;
  /** Baseline, milestones and target as points in time. */
  anchors: PaceAnchor[];
  thresholds?: { warning?: number | undefined; critical?: number | undefined } | undefined;
  tolerance: number;
  forecastWindow: number;
}

export interface Judgement extends StatusDecision {
  value: number | null;
  progress: number | null;
  pace: number | null;
  forecast: ForecastReport | null;
}

function forecastAt(
  series: readonly SeriesPoint[],
  index: number,
  plan: Plan,
  value: number,
): ForecastReport | null {
  if (!plan.target) return null;
  const history = series
    .slice(0, index + 1)
    .filter((point) => !point.partial && point.value !== null)
    .slice(-plan.forecastWindow)
    .map((point) => ({ x: point.period.ordinal, y: point.value! }));
  const trend = fitTrend(history);
  const current = series[index]!.period.ordinal;
  const periodsLeft = plan.target.deadlineOrdinal - current;
  return {
    atDeadline: trend ? projectTrend(trend, plan.target.deadlineOrdinal) : null,
    requiredPerPeriod: periodsLeft > 0 ? (plan.target.value - value) / periodsLeft : null,
    slope: trend ? trend.slope : null,
    periodsUsed: trend ? trend.points : 0,
    periodsLeft: periodsLeft > 0 ? periodsLeft : 0,
  };
}

/** Judges the point at `index` as it stood on `asOf`. */
export function judge(
  series: readonly SeriesPoint[],
  index: number,
  asOf: DayNumber,
  plan: Plan,
): Judgement {
  const point = series[index];
  const value = point?.value ?? null;
  if (!point || value === null) {
    return {
      value: null,
      progress: null,
      pace: null,
      forecast: null,
      ...decideStatus({ value: null, direction: plan.direction, tolerance: plan.tolerance }),
    };
  }

  const pace = plan.target ? paceAt(point.period.end, plan.anchors) : null;
  const progress =
    plan.target && plan.baseline
      ? progressOf(value, plan.baseline.value, plan.target.value, plan.direction)
      : null;
  const forecast = forecastAt(series, index, plan, value);
  const decision = decideStatus({
    value,
    direction: plan.direction,
    band: plan.band,
    thresholds: plan.thresholds,
    tolerance: plan.tolerance,
    target:
      plan.target && plan.baseline && pace !== null
        ? {
            value: plan.target.value,
            baseline: plan.baseline.value,
            pace,
            forecast: forecast?.atDeadline ?? null,
            pastDeadline: asOf > plan.target.deadline,
          }
        : undefined,
  });
  return { value, progress, pace, forecast, ...decision };
}
