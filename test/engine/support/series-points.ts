/** Builds a series by hand: consecutive periods from a first key, with their values. */
import type { SeriesPoint } from '../../../src/engine/aggregate/series.ts';
import { ISO_CALENDAR } from '../../../src/engine/calendar/grain.ts';
import type { CalendarOptions } from '../../../src/engine/calendar/grain.ts';
import { parsePeriodKey, periodFromOrdinal } from '../../../src/engine/calendar/period.ts';

export function seriesFrom(
  firstKey: string,
  values: readonly (number | null)[],
  options: { partialLast?: boolean; calendar?: CalendarOptions } = {},
): SeriesPoint[] {
  const calendar = options.calendar ?? ISO_CALENDAR;
  const first = parsePeriodKey(firstKey, calendar);
  if (!first) throw new Error(`"${firstKey}" is not a period key`);
  return values.map((value, index) => ({
    period: periodFromOrdinal(first.ordinal + index, first.grain, calendar),
    value,
    partial: options.partialLast === true && index === values.length - 1,
  }));
}
