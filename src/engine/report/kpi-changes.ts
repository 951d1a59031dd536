/**
 * The judged value against four references: the previous period, the same
 * period a year earlier, the baseline and the target. Each change is absolute
 * and relative to the reference's size, and undefined from zero.
 */
import type { SeriesPoint } from '../aggregate/series.ts';
import type { CalendarOptions } from '../calendar/grain.ts';
import { periodFromOrdinal, yearAgo } from '../calendar/period.ts';
import { change } from '../progress/change.ts';
import type { ChangeReport, ChangesReport } from './types.ts';

export interface ChangeReferences {
  baseline: { period: string; value: number | null } | null;
  target: { by: string; value: number } | null;
}

/** `current` against `reference`, the value of `period`. */
export function changeFrom(
  current: number | null,
  period: string | null,
  reference: number | null,
): ChangeReport {
  return { period, value: reference, ...change(current, reference) };
}

/** A period's value as a reference: a partial period is none. */
function referenceIn(series: readonly SeriesPoint[], key: string | null): number | null {
  if (key === null) return null;
  const point = series.find((candidate) => candidate.period.key === key);
  return point && !point.partial ? point.value : null;
}

export function kpiChanges(
  series: readonly SeriesPoint[],
  current: SeriesPoint | undefined,
  calendar: CalendarOptions,
  references: ChangeReferences,
): ChangesReport {
  const value = current?.value ?? null;
  const previous = current
    ? periodFromOrdinal(current.period.ordinal - 1, current.period.grain, calendar).key
    : null;
  const yearEarlier = current ? (yearAgo(current.period, calendar)?.key ?? null) : null;
  const { baseline, target } = references;

  return {
    previous: changeFrom(value, previous, referenceIn(series, previous)),
    yearAgo: changeFrom(value, yearEarlier, referenceIn(series, yearEarlier)),
    baseline: changeFrom(value, baseline?.period ?? null, baseline?.value ?? null),
    target: changeFrom(value, target?.by ?? null, target?.value ?? null),
  };
}
