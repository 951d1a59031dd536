/**
 * How the rows of one period combine into one value. Each aggregate folds raw
 * rows; none of them averages values that were already aggregated.
 */
import type { Aggregate } from '../schema/source.ts';

export interface Accumulator {
  /** Adds one row: its numeric value (NaN when missing), or its text code for count_distinct. */
  add(value: number, day: number): void;
  /** The period's value; null when no row had a value. */
  result(): number | null;
}

/** Neumaier's compensated sum, so that long sums of cents stay exact to the cent. */
class Sum implements Accumulator {
  private sum = 0;
  private compensation = 0;
  private count = 0;

  add(value: number): void {
    if (Number.isNaN(value)) return;
    const total = this.sum + value;
    this.compensation +=
      Math.abs(this.sum) >= Math.abs(value) ? this.sum - total + value : value - total + this.sum;
    this.sum = total;
    this.count++;
  }

  total(): number {
    return this.sum + this.compensation;
  }

  values(): number {
    return this.count;
  }

  result(): number | null {
    return this.count === 0 ? null : this.total();
  }
}

class Mean implements Accumulator {
  private readonly sum = new Sum();

  add(value: number): void {
    this.sum.add(value);
  }

  result(): number | null {
    const count = this.sum.values();
    return count === 0 ? null : this.sum.total() / count;
  }
}

class Median implements Accumulator {
  private readonly values: number[] = [];

  add(value: number): void {
    if (!Number.isNaN(value)) this.values.push(value);
  }

  result(): number | null {
    return median(this.values);
  }
}

class Extreme implements Accumulator {
  private readonly sign: 1 | -1;
  private best: number | null = null;

  constructor(sign: 1 | -1) {
    this.sign = sign;
  }

  add(value: number): void {
    if (Number.isNaN(value)) return;
    if (this.best === null || this.sign * (value - this.best) > 0) this.best = value;
  }

  result(): number | null {
    return this.best;
  }
}

/** Counts rows (without a value column) or rows with a value. */
class Count implements Accumulator {
  private readonly countMissing: boolean;
  private count = 0;

  constructor(countMissing: boolean) {
    this.countMissing = countMissing;
  }

  add(value: number): void {
    if (this.countMissing || !Number.isNaN(value)) this.count++;
  }

  result(): number {
    return this.count;
  }
}

/** Distinct text codes; the caller passes NaN for empty cells. */
class CountDistinct implements Accumulator {
  private readonly seen = new Set<number>();

  add(code: number): void {
    if (!Number.isNaN(code)) this.seen.add(code);
  }

  result(): number {
    return this.seen.size;
  }
}

/** The value of the earliest (first) or latest (last) dated row; ties go to file order. */
class Positional implements Accumulator {
  private readonly latest: boolean;
  private day = 0;
  private value: number | null = null;

  constructor(latest: boolean) {
    this.latest = latest;
  }

  add(value: number, day: number): void {
    if (Number.isNaN(value)) return;
    const better = this.value === null || (this.latest ? day >= this.day : day < this.day);
    if (better) {
      this.day = day;
      this.value = value;
    }
  }

  result(): number | null {
    return this.value;
  }
}

export function createAccumulator(aggregate: Aggregate, hasValueColumn: boolean): Accumulator {
  switch (aggregate) {
    case 'sum':
      return new Sum();
    case 'mean':
      return new Mean();
    case 'median':
      return new Median();
    case 'min':
      return new Extreme(-1);
    case 'max':
      return new Extreme(1);
    case 'count':
      return new Count(!hasValueColumn);
    case 'count_distinct':
      return new CountDistinct();
    case 'first':
      return new Positional(false);
    case 'last':
      return new Positional(true);
  }
}

/** Rearranges `values` so that the value at `k` is the one a sort would put there; returns it. */
function select(values: Float64Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  while (high > low) {
    const pivot = values[(low + high) >> 1]!;
    let left = low;
    let right = high;
    while (left <= right) {
      while (values[left]! < pivot) left++;
      while (values[right]! > pivot) right--;
      if (left <= right) {
        const swap = values[left]!;
        values[left++] = values[right]!;
        values[right--] = swap;
      }
    }
    if (k <= right) high = right;
    else if (k >= left) low = left;
    else break;
  }
  return values[k]!;
}

/**
 * The value at `k` of a stable numeric sort of `values`, when `found` is a
 * zero: zeros of either sign compare equal, so the one a stable sort puts
 * at `k` is the zero that many places after the negative values, in the
 * order of the list.
 */
function signedZero(values: readonly number[], k: number, found: number): number {
  if (found !== 0) return found;
  let rank = k - values.filter((value) => value < 0).length;
  for (const value of values) if (value === 0 && rank-- === 0) return value;
  return found;
}

/** Median of a list, found by selection rather than a full sort; null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const copy = Float64Array.from(values);
  const middle = copy.length >> 1;
  const upper = signedZero(values, middle, select(copy, middle));
  if (copy.length % 2 === 1) return upper;
  return (signedZero(values, middle - 1, lowerOfMiddle(copy, middle)) + upper) / 2;
}

/** Once the middle is selected, the values before it are at most it: the lower is their max. */
function lowerOfMiddle(selected: Float64Array, middle: number): number {
  let lower = selected[0]!;
  for (let index = 1; index < middle; index++)
    if (selected[index]! > lower) lower = selected[index]!;
  return lower;
}

/** Median of values with no -0 among them, selected in place (the array is reordered). */
export function selectMedian(values: Float64Array): number | null {
  if (values.length === 0) return null;
  const middle = values.length >> 1;
  const upper = select(values, middle);
  return values.length % 2 === 1 ? upper : (lowerOfMiddle(values, middle) + upper) / 2;
}

/** Whether a period without rows may count as zero: only for aggregates where nothing means 0. */
export function canFillZero(aggregate: Aggregate): boolean {
  return aggregate === 'sum' || aggregate === 'count' || aggregate === 'count_distinct';
}
