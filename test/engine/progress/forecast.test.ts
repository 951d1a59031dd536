import { describe, expect, it } from 'vitest';
import { fitTrend, projectTrend } from '../../../src/engine/progress/forecast.ts';

describe('least-squares forecast', () => {
  it('fits a straight line exactly and projects it forward', () => {
    const trend = fitTrend([
      { x: 1, y: 10 },
      { x: 2, y: 12 },
      { x: 3, y: 14 },
    ])!;
    expect(trend.slope).toBe(2);
    expect(projectTrend(trend, 6)).toBe(20);
  });

  it('minimises squared errors for scattered points', () => {
    // Mean point (2, 2); Σ(x−x̄)(y−ȳ) = 1, Σ(x−x̄)² = 2, so the slope is 0.5.
    const trend = fitTrend([
      { x: 1, y: 1 },
      { x: 2, y: 3 },
      { x: 3, y: 2 },
    ])!;
    expect(trend.slope).toBe(0.5);
    expect(projectTrend(trend, 5)).toBe(3.5);
  });

  it('spaces points by period, so a gap is a hole and not a step', () => {
    // y = 2x + 8 at x = 1, 2, 4, 5: Σ(x−3)(y−14) = 20, Σ(x−3)² = 10.
    const trend = fitTrend([
      { x: 1, y: 10 },
      { x: 2, y: 12 },
      { x: 4, y: 16 },
      { x: 5, y: 18 },
    ])!;
    expect(trend.slope).toBe(2);
    expect(projectTrend(trend, 10)).toBe(28);
  });

  it('stays exact on large period ordinals', () => {
    // Months since year 0 for 2026-01…2026-03.
    const trend = fitTrend([
      { x: 24312, y: 100 },
      { x: 24313, y: 103 },
      { x: 24314, y: 106 },
    ])!;
    expect(trend.slope).toBe(3);
    expect(projectTrend(trend, 24323)).toBe(133);
  });

  it('has no forecast from fewer than three periods', () => {
    expect(fitTrend([])).toBeNull();
    expect(
      fitTrend([
        { x: 1, y: 1 },
        { x: 2, y: 2 },
      ]),
    ).toBeNull();
  });
});
