import { describe, expect, it } from 'vitest';
import { evaluateAlerts } from '../../../src/engine/alerts/evaluate-alerts.ts';
import type { Direction } from '../../../src/engine/schema/kpi.ts';
import { seriesFrom } from '../support/series-points.ts';
import { alertInput } from './alert-input.ts';

function dropAlerts(values: (number | null)[], direction: Direction = 'higher') {
  return evaluateAlerts(
    alertInput(seriesFrom('2026-01', values), { direction, rules: { drop: 0.1 } }),
  );
}

describe('drop alerts', () => {
  it('warn when the value fell beyond the limit against the previous period', () => {
    // (170 − 200) / 200 = −15%, beyond 10%
    expect(dropAlerts([200, 170])).toEqual([
      {
        rule: 'drop',
        severity: 'warning',
        period: '2026-02',
        message: 'Fell 15.0% against January 2026, beyond the 10.0% limit.',
      },
    ]);
  });

  it('are critical beyond twice the limit', () => {
    // −25% is beyond 2 × 10%
    expect(dropAlerts([200, 150])[0]).toMatchObject({
      severity: 'critical',
      message: 'Fell 25.0% against January 2026, beyond the 10.0% limit.',
    });
  });

  it('need a change beyond the limit, not at it', () => {
    expect(dropAlerts([200, 180])).toEqual([]);
  });

  it('watch for rises when lower is better', () => {
    expect(dropAlerts([100, 120], 'lower')).toEqual([
      {
        rule: 'drop',
        severity: 'warning',
        period: '2026-02',
        message: 'Rose 20.0% against January 2026, beyond the 10.0% limit.',
      },
    ]);
    expect(dropAlerts([100, 80], 'lower')).toEqual([]);
  });

  it('stay quiet after a rise, a gap or a zero', () => {
    expect(dropAlerts([200, 260])).toEqual([]);
    expect(dropAlerts([200, null, 100])).toEqual([]);
    expect(dropAlerts([0, -50])).toEqual([]);
  });

  it('divide by the size of a negative previous value', () => {
    // −100 → −130 is 30 worse on a base of size 100: −30%
    expect(dropAlerts([-100, -130])[0]?.message).toBe(
      'Fell 30.0% against January 2026, beyond the 10.0% limit.',
    );
  });
});
