import { describe, expect, it } from 'vitest';
import { change } from '../../../src/engine/progress/change.ts';

describe('change', () => {
  it('is absolute and relative to the earlier value', () => {
    expect(change(110, 100)).toEqual({ abs: 10, rel: 0.1 });
    expect(change(75, 100)).toEqual({ abs: -25, rel: -0.25 });
    expect(change(100, 100)).toEqual({ abs: 0, rel: 0 });
  });

  it('has no relative change from zero, never Infinity or NaN', () => {
    expect(change(5, 0)).toEqual({ abs: 5, rel: null });
    expect(change(0, 0)).toEqual({ abs: 0, rel: null });
    expect(change(-3, 0)).toEqual({ abs: -3, rel: null });
  });

  it('divides by the absolute value of a negative base', () => {
    // −10 → −5: up 5 on a base of size 10 is +50%.
    expect(change(-5, -10)).toEqual({ abs: 5, rel: 0.5 });
    expect(change(-15, -10)).toEqual({ abs: -5, rel: -0.5 });
    // −10 → 10: up 20 is +200%.
    expect(change(10, -10)).toEqual({ abs: 20, rel: 2 });
  });

  it('has no change when either value is missing', () => {
    expect(change(null, 100)).toEqual({ abs: null, rel: null });
    expect(change(100, null)).toEqual({ abs: null, rel: null });
  });
});
