/**
 * The grain a source's rows were recorded at. Monthly data dated on the 1st
 * covers its whole month, so its last month is not "partial" just because the
 * last row is dated the 1st. Declared `rows:` wins over what the dates suggest.
 */
import { civilFromDay } from '../calendar/civil-date.ts';
import { GRAINS, isFinerGrain } from '../calendar/grain.ts';
import type { Grain } from '../calendar/grain.ts';
import type { DateColumn } from '../csv/table.ts';

const DAY_GRAIN = GRAINS.indexOf('day');

/**
 * Period keys keep their grain (the finest of them when mixed). Dates that
 * all fall on the first of a year, quarter or month, on at least two distinct
 * dates, are taken as yearly, quarterly or monthly rows.
 */
export function inferRowGrain(column: DateColumn): Grain {
  let finest: Grain | null = null;
  let firstOfYear = true;
  let firstOfQuarter = true;
  let firstOfMonth = true;
  let firstDay: number | null = null;
  let distinctDays = false;

  for (let row = 0; row < column.days.length; row++) {
    const grain = column.grains[row]!;
    if (grain !== DAY_GRAIN) {
      const keyGrain = GRAINS[grain]!;
      if (finest === null || isFinerGrain(keyGrain, finest)) finest = keyGrain;
      continue;
    }
    const day = column.days[row]!;
    if (firstDay === null) firstDay = day;
    else if (day !== firstDay) distinctDays = true;
    if (!firstOfMonth) continue;
    const date = civilFromDay(day);
    if (date.day !== 1) {
      firstOfMonth = firstOfQuarter = firstOfYear = false;
      continue;
    }
    if (date.month !== 1) firstOfYear = false;
    if ((date.month - 1) % 3 !== 0) firstOfQuarter = false;
  }

  if (firstDay === null) return finest ?? 'day';
  const dayRowsGrain: Grain =
    !distinctDays || !firstOfMonth
      ? 'day'
      : firstOfYear
        ? 'year'
        : firstOfQuarter
          ? 'quarter'
          : 'month';
  return finest === null || isFinerGrain(dayRowsGrain, finest) ? dayRowsGrain : finest;
}
