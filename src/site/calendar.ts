/** The site's calendar (fiscal year start, first weekday) in the engine's terms. */
import type { CalendarOptions } from '../engine/calendar/grain.ts';
import type { SiteReport } from '../engine/report/types.ts';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export function siteCalendar(
  site: Pick<SiteReport, 'fiscalYearStart' | 'weekStart'>,
): CalendarOptions {
  return {
    fiscalYearStart: site.fiscalYearStart,
    weekStart: Math.max(1, WEEKDAYS.indexOf(site.weekStart) + 1),
  };
}
