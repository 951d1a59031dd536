/**
 * Whether a KPI's review is overdue: a KPI with `review: monthly` should have
 * a review about the last complete month (or later) by the "as of" date, and
 * likewise for weeks and quarters.
 */
import { parseIsoDate } from '../../engine/calendar/civil-date.ts';
import type { CalendarOptions, Grain } from '../../engine/calendar/grain.ts';
import { periodFromOrdinal, periodOf } from '../../engine/calendar/period.ts';
import type { KpiReport, ReviewReport } from '../../engine/report/types.ts';
import type { ReviewCadence } from '../../engine/schema/kpi.ts';

export interface CadenceCheck {
  cadence: ReviewCadence;
  /** The last complete period of the cadence: a review about it (or later) is due. */
  due: string;
  /** The newest review covering the KPI, if any. */
  latest: Pick<ReviewReport, 'slug' | 'title' | 'period' | 'asOf'> | null;
  overdue: boolean;
}

const CADENCE_GRAIN: Record<ReviewCadence, Grain> = {
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
};

export function reviewCadence(
  kpi: Pick<KpiReport, 'id' | 'review'>,
  reviews: readonly ReviewReport[],
  asOf: string,
  calendar: CalendarOptions,
): CadenceCheck | null {
  const day = parseIsoDate(asOf);
  if (kpi.review === null || day === null) return null;

  const grain = CADENCE_GRAIN[kpi.review];
  const due = periodFromOrdinal(periodOf(day, grain, calendar).ordinal - 1, grain, calendar);
  const covering = reviews
    .filter((review) => review.kpis.includes(kpi.id))
    .sort((a, b) => b.asOf.localeCompare(a.asOf));
  const latest = covering[0] ?? null;
  const latestEnd = latest === null ? null : parseIsoDate(latest.asOf);

  return {
    cadence: kpi.review,
    due: due.key,
    latest: latest && {
      slug: latest.slug,
      title: latest.title,
      period: latest.period,
      asOf: latest.asOf,
    },
    overdue: latestEnd === null || latestEnd < due.start,
  };
}
