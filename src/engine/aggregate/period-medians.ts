/**
 * Medians per period from the rows, without an object per period: a first
 * pass counts the values of each period (overall and per group), a second
 * lays them side by side in one array, in file order, and each period's
 * median is selected in place. Medians do not combine from parts, so this
 * reads every row; it is the fast way to do so.
 */
import type { TextColumn } from '../csv/table.ts';
import { median, selectMedian } from './aggregators.ts';
import { passesFilters } from './bound-source.ts';
import type { BoundSource } from './bound-source.ts';
import { dayIndexOf, rowPlaces } from './day-index.ts';
import type { GroupedValues, PeriodValues } from './series.ts';
import { canonicalCodes } from './text-codes.ts';

function isNegativeZero(value: number): boolean {
  return value === 0 && 1 / value < 0;
}

/** Medians per period of a source with a number column, over its first `through` days. */
export function readMedians(
  bound: BoundSource,
  values: Float64Array,
  ordinals: Int32Array,
  through: number,
  groupBy?: TextColumn,
): GroupedValues {
  const index = dayIndexOf(bound.date);
  const placeOf = rowPlaces(index, bound.date);
  const rowCount = bound.date.days.length;
  const { filters } = bound;
  const base = ordinals[0]!;
  const span = ordinals[through - 1]! - base + 1;
  const canonical = groupBy ? canonicalCodes(groupBy) : null;
  // Bucket `slot` holds all rows of a period; bucket `(1 + group) * span + slot` a group's.
  const buckets = span * (groupBy ? 1 + groupBy.dictionary.length : 1);
  const rows = new Uint32Array(buckets);
  const counts = new Uint32Array(buckets + 1);
  const negativeZero = new Uint8Array(buckets);

  // A row's period slot, or -1 when it is left out; its group's bucket follows from the slot.
  // Found again in the second pass rather than kept: an array per row would double the memory.
  const slotOf = (row: number): number => {
    const day = placeOf(row);
    if (day >= through || (filters.length > 0 && !passesFilters(filters, row))) return -1;
    return ordinals[day]! - base;
  };
  const groupBucket = (row: number, slot: number): number =>
    (1 + canonical![groupBy!.codes[row]!]!) * span + slot;

  for (let row = 0; row < rowCount; row++) {
    const slot = slotOf(row);
    if (slot < 0) continue;
    const present = Number.isNaN(values[row]!) ? 0 : 1;
    rows[slot]!++;
    counts[slot + 1]! += present;
    if (canonical) {
      const bucket = groupBucket(row, slot);
      rows[bucket]!++;
      counts[bucket + 1]! += present;
    }
  }
  for (let bucket = 0; bucket < buckets; bucket++) counts[bucket + 1]! += counts[bucket]!;
  const laid = new Float64Array(counts[buckets]!);
  const next = counts.slice(0, buckets);
  for (let row = 0; row < rowCount; row++) {
    const value = values[row]!;
    if (Number.isNaN(value)) continue;
    const slot = slotOf(row);
    if (slot < 0) continue;
    const zero = isNegativeZero(value);
    laid[next[slot]!++] = value;
    if (zero) negativeZero[slot] = 1;
    if (canonical) {
      const bucket = groupBucket(row, slot);
      laid[next[bucket]!++] = value;
      if (zero) negativeZero[bucket] = 1;
    }
  }

  const periods = (offset: number): PeriodValues => {
    const result = new Map<number, number | null>();
    let first: number | null = null;
    let last: number | null = null;
    for (let slot = 0; slot < span; slot++) {
      const bucket = offset + slot;
      if (rows[bucket] === 0) continue;
      const ordinal = base + slot;
      first ??= ordinal;
      last = ordinal;
      const part = laid.subarray(counts[bucket], counts[bucket + 1]);
      // A -0 among the values: the order of the zeros matters, and `median` keeps it.
      result.set(ordinal, negativeZero[bucket] === 1 ? median([...part]) : selectMedian(part));
    }
    return { values: result, first, last };
  };

  const groups = new Map<string, PeriodValues>();
  if (groupBy) {
    canonical!.forEach((code, group) => {
      if (code !== group) return;
      const part = periods((1 + group) * span);
      if (part.first !== null) groups.set(groupBy.dictionary[group]!.trim(), part);
    });
  }
  return { all: periods(0), groups };
}
