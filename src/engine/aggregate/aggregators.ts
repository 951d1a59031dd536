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

/** Median of a list (sorted in place); null when empty. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const middle = values.length >> 1;
  return values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
}

/** Whether a period without rows may count as zero: only for aggregates where nothing means 0. */
export function canFillZero(aggregate: Aggregate): boolean {
  return aggregate === 'sum' || aggregate === 'count' || aggregate === 'count_distinct';
}
