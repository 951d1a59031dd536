import { describe, expect, it } from 'vitest';
import { formatValue } from '../../../src/engine/format/format-value.ts';
import { inferDecimals } from '../../../src/engine/format/kpi-decimals.ts';

describe('inferDecimals', () => {
  it('gives currency cents below a thousand and none from a thousand on, by the largest value', () => {
    expect(inferDecimals('currency', [970, 12.5, null])).toBe(2);
    // |−1,550| is the largest: a thousand or more.
    expect(inferDecimals('currency', [970, -1550, null])).toBe(0);
    expect(inferDecimals('currency', [999.99])).toBe(2);
    expect(inferDecimals('currency', [1000])).toBe(0);
  });

  it('gives whole numbers none, and other numbers fewer digits as they grow', () => {
    expect(inferDecimals('number', [3, 250, 12_000])).toBe(0);
    expect(inferDecimals('number', [0.5, 1234.5])).toBe(0);
    expect(inferDecimals('number', [10, 400.885])).toBe(1);
    expect(inferDecimals('number', [2.5, 9.99])).toBe(2);
    expect(inferDecimals('number', [-42.5, 3])).toBe(1);
  });

  it('keeps percent at 1, ratio at 2 and duration at 0 whatever the values', () => {
    expect(inferDecimals('percent', [0.034, 0.5])).toBe(1);
    expect(inferDecimals('ratio', [1.35, 1200])).toBe(2);
    expect(inferDecimals('duration', [7500.5])).toBe(0);
  });

  it('has an answer for a series without values', () => {
    expect(inferDecimals('number', [null, null])).toBe(0);
    expect(inferDecimals('currency', [])).toBe(2);
  });

  it('prints one KPI’s column alike: no "€970.00" next to "€1,550"', () => {
    const values = [970, 1550];
    const decimals = inferDecimals('currency', values);
    const style = { locale: 'en-US', unit: 'currency', currency: 'EUR', decimals } as const;
    expect(values.map((value) => formatValue(value, style))).toEqual(['€970', '€1,550']);
  });
});
