/** A review's period for readers (`June 2026`), from its key with the site's calendar. */
import { parsePeriodKey } from '../engine/calendar/period.ts';
import { formatPeriod } from '../engine/format/format-period.ts';
import type { ReviewReport, SiteReport } from '../engine/report/types.ts';
import { siteCalendar } from './calendar.ts';

export function reviewPeriodLabel(review: Pick<ReviewReport, 'period'>, site: SiteReport): string {
  const period = parsePeriodKey(review.period, siteCalendar(site));
  return period
    ? formatPeriod(review.period, period.grain, period.start, site.locale)
    : review.period;
}
