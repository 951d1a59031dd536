/**
 * Whether a KPI's review is overdue: a KPI with `review: monthly` should have
 * a review about the last complete month (or later) by the "as of" date, and
 * likewise for weeks and quarters.
 */
import { parseIsoDate } from '../calendar/civil-date.ts';
import type { DayNumber } from '../calendar/civil-date.ts';
import type { CalendarOptions, Grain } from '../calendar/grain.ts';
import { periodFromOrdinal, periodOf } from '../calendar/period.ts';
import type { ReviewCadence } from '../schema/kpi.ts';
import type { KpiReport, ReviewDueReport, ReviewReport } from './types.ts';

const CADENCE_GRAIN: Record<ReviewCadence, Grain> = {
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
};

export function reviewDue(
  kpi: Pick<KpiReport, 'id' | 'review'>,
  reviews: readonly Pick<ReviewReport, 'slug' | 'asOf' | 'kpis'>[],
  asOf: DayNumber,
  calendar: CalendarOptions,
): ReviewDueReport | null {
  if (kpi.review === null) return null;

  const grain = CADENCE_GRAIN[kpi.review];
  const due = periodFromOrdinal(periodOf(asOf, grain, calendar).ordinal - 1, grain, calendar);
  const latest = reviews
    .filter((review) => review.kpis.includes(kpi.id))
    .reduce<(typeof reviews)[number] | null>(
      (newest, review) => (newest === null || review.asOf > newest.asOf ? review : newest),
      null,
    );
  const latestEnd = latest === null ? null : parseIsoDate(latest.asOf);

  return {
    cadence: kpi.review,
    due: due.key,
    latestReview: latest?.slug ?? null,
    overdue: latestEnd === null || latestEnd < due.start,
  };
}
