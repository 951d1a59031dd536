/**
 * The fraction digits a KPI prints with when it declares none, chosen once
 * from its whole series so that every value of one KPI (a column of periods,
 * running totals, a sentence, an alert) shows the same number of digits.
 */
import type { Unit } from '../schema/kpi.ts';

/**
 * By unit: percent 1 and ratio 2 (points of a percent, hundredths); currency
 * 0 once the largest value reaches a thousand, cents below; plain numbers 0
 * when every value is whole (counts) or the largest reaches a thousand, 1 from
 * ten, 2 below. Durations print in whole units and take 0.
 */
export function inferDecimals(unit: Unit, values: Iterable<number | null>): number {
  let largest = 0;
  let whole = true;
  for (const value of values) {
    if (value === null) continue;
    largest = Math.max(largest, Math.abs(value));
    whole &&= Number.isInteger(value);
  }

  switch (unit) {
    case 'percent':
      return 1;
    case 'ratio':
      return 2;
    case 'duration':
      return 0;
    case 'currency':
      return largest >= 1000 ? 0 : 2;
    case 'number':
      if (whole || largest >= 1000) return 0;
      return largest >= 10 ? 1 : 2;
  }
}
