/**
 * The grain a source's rows were recorded at. Monthly data dated on the 1st
 * covers its whole month, so its last month is not "partial" just because the
 * last row is dated the 1st. Declared `rows:` wins over what the dates suggest.
 */
import { civilFromDay } from '../calendar/civil-date.ts';
import { GRAINS, isFinerGrain } from '../calendar/grain.ts';
import type { Grain } from '../calendar/grain.ts';
import type { DateColumn } from '../csv/table.ts';
import { dayGrains, dayIndexOf } from './day-index.ts';

const DAY_BIT = 1 << GRAINS.indexOf('day');

/**
 * Period keys keep their grain (the finest of them when mixed). Dates that
 * all fall on the first of a year, quarter or month, on at least two distinct
 * dates, are taken as yearly, quarterly or monthly rows. Read from the
 * column's distinct days, which tell the same as its rows.
 */
export function inferRowGrain(column: DateColumn): Grain {
  const index = dayIndexOf(column);
  index.rowGrain ??= rowGrainOf(index.days, dayGrains(index, column));
  return index.rowGrain;
}

function rowGrainOf(days: Int32Array, grains: Uint8Array): Grain {
  let finest: Grain | null = null;
  let firstOfYear = true;
  let firstOfQuarter = true;
  let firstOfMonth = true;
  let dated = 0;

  for (let index = 0; index < days.length; index++) {
    const bits = grains[index]!;
    for (let grainIndex = 0; grainIndex < GRAINS.length; grainIndex++) {
      const grain = GRAINS[grainIndex]!;
      if (grain === 'day' || !(bits & (1 << grainIndex))) continue;
      if (finest === null || isFinerGrain(grain, finest)) finest = grain;
    }
    if (!(bits & DAY_BIT)) continue;
    dated++;
    if (!firstOfMonth) continue;
    const date = civilFromDay(days[index]!);
    if (date.day !== 1) {
      firstOfMonth = firstOfQuarter = firstOfYear = false;
      continue;
    }
    if (date.month !== 1) firstOfYear = false;
    if ((date.month - 1) % 3 !== 0) firstOfQuarter = false;
  }

  if (dated === 0) return finest ?? 'day';
  const dayRowsGrain: Grain =
    dated < 2 || !firstOfMonth
      ? 'day'
      : firstOfYear
        ? 'year'
        : firstOfQuarter
          ? 'quarter'
          : 'month';
  return finest === null || isFinerGrain(dayRowsGrain, finest) ? dayRowsGrain : finest;
}
