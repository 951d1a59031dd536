/**
 * Periods from a day cube: the cells of the days up to the "as of" date are
 * combined into the period each day falls in, over the groups asked for
 * (one group, or the groups a filter allows). Each kind combines exactly as
 * its rows would have: sums and counts add, a mean divides the summed
 * values by their count, and ties go to the earlier (first, min, max) or
 * later (last) row of the file.
 */
import type { DayCube } from './day-cube.ts';
import type { DayOrdinals } from './day-index.ts';
import type { PeriodValues } from './series.ts';

export const NO_PERIODS: PeriodValues = { values: new Map(), first: null, last: null };

/**
 * Values per period ordinal of `groups` of `cube`, over its first `through`
 * days, whose periods are `periods` (ordinals ascending with the days).
 * Kept in the cube: KPIs over one source and grain share the result.
 */
export function combinePeriods(
  cube: DayCube,
  groups: readonly number[],
  periods: DayOrdinals,
  through: number,
  mean: boolean,
): PeriodValues {
  const key = `${periods.key}|${through}|${mean ? 'mean' : ''}|${groups.join(',')}`;
  let combined = cube.combined.get(key);
  if (!combined) {
    combined = combine(cube, groups, periods.ordinals, through, mean);
    cube.combined.set(key, combined);
  }
  return combined;
}

function combine(
  cube: DayCube,
  groups: readonly number[],
  ordinals: Int32Array,
  through: number,
  mean: boolean,
): PeriodValues {
  if (through === 0) return NO_PERIODS;
  const base = ordinals[0]!;
  const span = ordinals[through - 1]! - base + 1;
  const rows = new Uint32Array(span);
  const values = new Float64Array(span).fill(
    cube.kind === 'sum' || cube.kind === 'count' || cube.kind === 'distinct' ? 0 : Number.NaN,
  );
  const { words } = cube;
  const bits = new Uint32Array(cube.kind === 'distinct' ? span * words : 0);
  const compensation = new Float64Array(cube.kind === 'sum' ? span : 0);
  const counts = new Float64Array(cube.kind === 'sum' ? span : 0);
  const positional = cube.kind !== 'sum' && cube.kind !== 'count' && cube.kind !== 'distinct';
  // The row (and day) each kept value came from, to break ties as the file order would.
  const keptRows = new Float64Array(positional ? span : 0);
  const keptDays = new Float64Array(positional ? span : 0);

  for (const group of groups) {
    const offset = group * cube.days;
    for (let day = 0; day < through; day++) {
      const cell = offset + day;
      const cellRows = cube.rows[cell]!;
      if (cellRows === 0) continue;
      const slot = ordinals[day]! - base;
      rows[slot]! += cellRows;
      const value = cube.values[cell] ?? 0;
      switch (cube.kind) {
        case 'sum': {
          const sum = values[slot]!;
          const total = sum + value;
          compensation[slot]! +=
            (Math.abs(sum) >= Math.abs(value) ? sum - total + value : value - total + sum) +
            cube.extra[cell]!;
          values[slot] = total;
          counts[slot]! += cube.counts[cell]!;
          break;
        }
        case 'count':
          values[slot]! += value;
          break;
        case 'distinct':
          for (let word = 0; word < words; word++)
            bits[slot * words + word]! |= cube.bits[cell * words + word]!;
          break;
        default: {
          if (Number.isNaN(value)) break;
          const row = cube.extra[cell]!;
          const kept = values[slot]!;
          if (
            Number.isNaN(kept) ||
            better(cube.kind, value, day, row, kept, keptDays[slot]!, keptRows[slot]!)
          ) {
            values[slot] = value;
            keptRows[slot] = row;
            keptDays[slot] = day;
          }
        }
      }
    }
  }

  const result = new Map<number, number | null>();
  let first: number | null = null;
  let last: number | null = null;
  for (let slot = 0; slot < span; slot++) {
    if (rows[slot] === 0) continue;
    const ordinal = base + slot;
    first ??= ordinal;
    last = ordinal;
    const value =
      cube.kind === 'distinct'
        ? bitCount(bits, slot * words, words)
        : periodValue(cube.kind, mean, values[slot]!, compensation[slot], counts[slot]);
    result.set(ordinal, value);
  }
  return { values: result, first, last };
}

/**
 * Whether a cell's value replaces the one kept so far for its period: the
 * extreme value (the earlier row on a tie), or the earliest (latest) day,
 * on the same day the earlier (later) row.
 */
function better(
  kind: DayCube['kind'],
  value: number,
  day: number,
  row: number,
  kept: number,
  keptDay: number,
  keptRow: number,
): boolean {
  switch (kind) {
    case 'min':
    case 'max': {
      const gain = (kind === 'max' ? 1 : -1) * (value - kept);
      return gain > 0 || (gain === 0 && row < keptRow);
    }
    case 'first':
      return day < keptDay || (day === keptDay && row < keptRow);
    default:
      return day > keptDay || (day === keptDay && row > keptRow);
  }
}

/** Bits set in `words` words from `start`: the distinct values of a period. */
function bitCount(bits: Uint32Array, start: number, words: number): number {
  let count = 0;
  for (let word = start; word < start + words; word++) {
    let value = bits[word]!;
    value -= (value >>> 1) & 0x55555555;
    value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
    count += (((value + (value >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return count;
}

function periodValue(
  kind: DayCube['kind'],
  mean: boolean,
  value: number,
  compensation: number | undefined,
  count: number | undefined,
): number | null {
  if (kind === 'count') return value;
  if (kind === 'sum') {
    if (count === 0) return null;
    const total = value + compensation!;
    return mean ? total / count! : total;
  }
  return Number.isNaN(value) ? null : value;
}
