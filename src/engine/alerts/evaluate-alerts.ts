/**
 * Evaluates a KPI's alert rules on its current (latest complete) period:
 * threshold crossed, status worse than the period before, a drop beyond the
 * rule, a streak of worsening periods, an anomaly, and stale data.
 */
import type { SeriesPoint } from '../aggregate/series.ts';
import type { DayNumber } from '../calendar/civil-date.ts';
import type { CalendarOptions, Grain } from '../calendar/grain.ts';
import { ordinalOf, periodOf } from '../calendar/period.ts';
import { advantage } from '../progress/direction.ts';
import { statusInText } from '../progress/status-labels.ts';
import { statusRank } from '../progress/status.ts';
import type { Status } from '../progress/status.ts';
import type { Direction } from '../schema/kpi.ts';
import type { Alert, AlertRules } from './alert.ts';
import { anomalyBand } from './anomaly.ts';

export interface AlertInput {
  series: readonly SeriesPoint[];
  /** Index of the current point in `series`, or -1 when there is none. */
  current: number;
  direction: Direction;
  thresholds?: { warning?: number | undefined; critical?: number | undefined } | undefined;
  rules: AlertRules;
  status: Status;
  previousStatus: Status | null;
  asOf: DayNumber;
  grain: Grain;
  calendar: CalendarOptions;
  /** Formats a value in the KPI's unit. */
  formatValue: (value: number) => string;
  /** Formats a fraction as a percentage. */
  formatPercent: (fraction: number) => string;
  /** Names a period as pages do ("October 2026"), for the messages. */
  periodLabel: (period: SeriesPoint['period']) => string;
}

/** Directional sign for a change: +1 when the change is an improvement. */
function worsened(from: number, to: number, direction: Direction): boolean {
  return direction !== 'band' && advantage(to, from, direction) < 0;
}

function thresholdAlert(input: AlertInput, point: SeriesPoint, value: number): Alert | null {
  const { warning, critical } = input.thresholds ?? {};
  if (input.direction === 'band') return null;
  const side = input.direction === 'lower' ? 'above' : 'below';
  for (const [level, limit] of [
    ['critical', critical],
    ['warning', warning],
  ] as const) {
    if (limit !== undefined && advantage(value, limit, input.direction) <= 0) {
      return {
        rule: 'threshold',
        severity: level,
        period: point.period.key,
        message: `${input.formatValue(value)} is at or ${side} the ${level} threshold of ${input.formatValue(limit)}.`,
      };
    }
  }
  return null;
}

function statusAlert(input: AlertInput, point: SeriesPoint): Alert | null {
  if (input.previousStatus === null) return null;
  const now = statusRank(input.status);
  const before = statusRank(input.previousStatus);
  if (now === null || before === null || now >= before) return null;
  return {
    rule: 'status',
    severity: input.status === 'off-track' || input.status === 'missed' ? 'critical' : 'warning',
    period: point.period.key,
    message: `Status went from ${statusInText(input.previousStatus)} to ${statusInText(input.status)}.`,
  };
}

function dropAlert(input: AlertInput, point: SeriesPoint, value: number): Alert | null {
  const limit = input.rules.drop;
  const previous = input.series[input.current - 1];
  if (limit === undefined || !previous || previous.value === null || previous.value === 0)
    return null;
  if (
    previous.period.ordinal !== point.period.ordinal - 1 ||
    !worsened(previous.value, value, input.direction)
  )
    return null;
  const change = (value - previous.value) / Math.abs(previous.value);
  if (Math.abs(change) <= limit) return null;
  const verb = change < 0 ? 'fell' : 'rose';
  return {
    rule: 'drop',
    severity: Math.abs(change) > 2 * limit ? 'critical' : 'warning',
    period: point.period.key,
    message: `${verb[0]!.toUpperCase()}${verb.slice(1)} ${input.formatPercent(Math.abs(change))} against ${input.periodLabel(previous.period)}, beyond the ${input.formatPercent(limit)} limit.`,
  };
}

function streakAlert(input: AlertInput, point: SeriesPoint): Alert | null {
  const length = input.rules.streak;
  if (length === undefined || input.current < length) return null;
  const run = input.series.slice(input.current - length, input.current + 1);
  for (let index = 1; index < run.length; index++) {
    const before = run[index - 1]!;
    const after = run[index]!;
    if (before.value === null || after.value === null || before.partial) return null;
    if (!worsened(before.value, after.value, input.direction)) return null;
  }
  return {
    rule: 'streak',
    severity: 'warning',
    period: point.period.key,
    message: `Worse than the period before for ${length} periods in a row, since ${input.periodLabel(run[1]!.period)}.`,
  };
}

function anomalyAlert(input: AlertInput, point: SeriesPoint, value: number): Alert | null {
  if (!input.rules.anomaly) return null;
  const history = input.series
    .slice(0, input.current)
    .filter((earlier) => !earlier.partial && earlier.value !== null)
    .map((earlier) => earlier.value!);
  const band = anomalyBand(history);
  if (!band || (value >= band.low && value <= band.high)) return null;
  const side = value > band.high ? 'high' : 'low';
  return {
    rule: 'anomaly',
    severity: 'warning',
    period: point.period.key,
    message: `Unusually ${side}: ${input.formatValue(value)} is outside the usual range of ${input.formatValue(band.low)} to ${input.formatValue(band.high)} (median ± 3 scaled MAD of the last ${Math.min(history.length, 12)} periods).`,
  };
}

/** Complete periods since the last one with data, up to the as-of date. */
export function periodsWithoutData(
  series: readonly SeriesPoint[],
  asOf: DayNumber,
  grain: Grain,
  calendar: CalendarOptions,
): number | null {
  const last = series.findLast((point) => point.value !== null);
  if (!last) return null;
  const asOfPeriod = periodOf(asOf, grain, calendar);
  const lastComplete = asOfPeriod.end === asOf ? asOfPeriod.ordinal : asOfPeriod.ordinal - 1;
  return Math.max(0, lastComplete - ordinalOf(last.period.end, grain, calendar));
}

function staleAlert(input: AlertInput): Alert | null {
  const limit = input.rules.stale;
  if (limit === undefined) return null;
  const missing = periodsWithoutData(input.series, input.asOf, input.grain, input.calendar);
  if (missing === null || missing < limit) return null;
  const last = input.series.findLast((point) => point.value !== null)!;
  return {
    rule: 'stale',
    severity: missing >= 2 * limit ? 'critical' : 'warning',
    period: last.period.key,
    message: `No data for ${missing} complete period${missing === 1 ? '' : 's'} since ${input.periodLabel(last.period)}.`,
  };
}

export function evaluateAlerts(input: AlertInput): Alert[] {
  const alerts: (Alert | null)[] = [staleAlert(input)];
  const point = input.series[input.current];
  if (point && point.value !== null) {
    const value = point.value;
    alerts.push(
      thresholdAlert(input, point, value),
      statusAlert(input, point),
      dropAlert(input, point, value),
      streakAlert(input, point),
      anomalyAlert(input, point, value),
    );
  }
  return alerts.filter((alert): alert is Alert => alert !== null);
}
