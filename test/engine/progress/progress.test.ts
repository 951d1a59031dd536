import { describe, expect, it } from 'vitest';
import { progressOf } from '../../../src/engine/progress/progress.ts';

describe('progress toward a target', () => {
  it('is the share of the baseline-to-target span covered', () => {
    // (150 − 100) / (200 − 100)
    expect(progressOf(150, 100, 200, 'higher')).toBe(0.5);
    expect(progressOf(200, 100, 200, 'higher')).toBe(1);
  });

  it('is not clamped below 0% or above 100%', () => {
    // (80 − 100) / 100 = −20%; (230 − 100) / 100 = 130%
    expect(progressOf(80, 100, 200, 'higher')).toBe(-0.2);
    expect(progressOf(230, 100, 200, 'higher')).toBe(1.3);
  });

  it('reads the same way when lower is better', () => {
    // From 50 down to 30: 40 is halfway, 55 went the wrong way by a quarter of the span, 25 overshoots.
    expect(progressOf(40, 50, 30, 'lower')).toBe(0.5);
    expect(progressOf(55, 50, 30, 'lower')).toBe(-0.25);
    expect(progressOf(25, 50, 30, 'lower')).toBe(1.25);
  });

  it('is achieved or not when the target equals the baseline', () => {
    expect(progressOf(100, 100, 100, 'higher')).toBe(1);
    expect(progressOf(120, 100, 100, 'higher')).toBe(1);
    expect(progressOf(99, 100, 100, 'higher')).toBe(0);
    expect(progressOf(99, 100, 100, 'lower')).toBe(1);
    expect(progressOf(101, 100, 100, 'lower')).toBe(0);
  });
});
