import { describe, expect, test } from 'vitest';
import { nearestName } from '../../../src/engine/errors/nearest-name.ts';

describe('nearestName', () => {
  test('suggests names one typo away, counting swapped letters as one typo', () => {
    expect(nearestName('salse', ['sales', 'customer'])).toBe('sales');
    expect(nearestName('tagret', ['target', 'title'])).toBe('target');
    expect(nearestName('amont', ['date', 'amount'])).toBe('amount');
    expect(nearestName('data/order.csv', ['data/orders.csv'])).toBe('data/orders.csv');
  });

  test('suggests nothing when the name would have to be rewritten', () => {
    expect(nearestName('zz', ['k'])).toBeUndefined();
    expect(nearestName('x', ['y'])).toBeUndefined();
    expect(nearestName('revenue', ['signups', 'churn'])).toBeUndefined();
    expect(nearestName('anything', [])).toBeUndefined();
  });
});
