/**
 * Running totals of additive KPIs (sums and counts): year to date (the
 * calendar year, the ISO week-year for weeks, the fiscal year for fiscal
 * grains), and over the target window from the end of the baseline period to
 * the deadline.
 */
import type { SeriesPoint } from '../aggregate/series.ts';
import type { CalendarOptions } from '../calendar/grain.ts';
import { yearOfPeriod } from '../calendar/period.ts';
import type { Aggregate } from '../schema/source.ts';
import type { Plan } from './judge.ts';
import type { CumulativeReport, PeriodValue } from './types.ts';

/** Running total over points; a gap adds nothing but keeps the total going. */
function runningTotal(
  points: readonly SeriesPoint[],
  restartAt: (point: SeriesPoint, previous: SeriesPoint | undefined) => boolean,
): PeriodValue[] {
  let total = 0;
  let seen = false;
  return points.map((point, index) => {
    if (restartAt(point, points[index - 1])) {
      total = 0;
      seen = false;
    }
    if (point.value !== null) {
      total += point.value;
      seen = true;
    }
    return { period: point.period.key, value: seen ? total : null, partial: point.partial };
  });
}

export function cumulativeViews(
  series: readonly SeriesPoint[],
  aggregate: Aggregate,
  plan: Plan,
  calendar: CalendarOptions,
): CumulativeReport | null {
  if (aggregate !== 'sum' && aggregate !== 'count') return null;
  const yearOf = (point: SeriesPoint) => yearOfPeriod(point.period, calendar);
  const yearToDate = runningTotal(
    series,
    (point, previous) => previous !== undefined && yearOf(point) !== yearOf(previous),
  );

  const window =
    plan.baseline && plan.target
      ? series.filter(
          (point) =>
            point.period.start > plan.baseline!.end && point.period.end <= plan.target!.deadline,
        )
      : [];
  return { yearToDate, targetWindow: runningTotal(window, () => false) };
}
