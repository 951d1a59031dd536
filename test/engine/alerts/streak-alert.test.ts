import { describe, expect, it } from 'vitest';
import { evaluateAlerts } from '../../../src/engine/alerts/evaluate-alerts.ts';
import type { Direction } from '../../../src/engine/schema/kpi.ts';
import { seriesFrom } from '../support/series-points.ts';
import { alertInput } from './alert-input.ts';

function streakAlerts(values: (number | null)[], direction: Direction = 'higher') {
  return evaluateAlerts(
    alertInput(seriesFrom('2026-01', values), { direction, rules: { streak: 3 } }),
  );
}

describe('streak alerts', () => {
  it('warn after the set number of periods each worse than the one before', () => {
    expect(streakAlerts([100, 90, 80, 70])).toEqual([
      {
        rule: 'streak',
        severity: 'warning',
        period: '2026-04',
        message: 'Worse than the period before for 3 periods in a row, since February 2026.',
      },
    ]);
  });

  it('count rises as worsening when lower is better', () => {
    expect(streakAlerts([1, 2, 3, 4], 'lower')).toHaveLength(1);
    expect(streakAlerts([4, 3, 2, 1], 'lower')).toEqual([]);
  });

  it('need an unbroken run', () => {
    expect(streakAlerts([100, 90, 95, 80])).toEqual([]);
    expect(streakAlerts([100, 90, 90, 80])).toEqual([]);
    expect(streakAlerts([90, 80, 70])).toEqual([]);
    expect(streakAlerts([100, 90, null, 80, 70])).toEqual([]);
  });
});
