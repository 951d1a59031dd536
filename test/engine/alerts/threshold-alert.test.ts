import { describe, expect, it } from 'vitest';
import { evaluateAlerts } from '../../../src/engine/alerts/evaluate-alerts.ts';
import { seriesFrom } from '../support/series-points.ts';
import { alertInput } from './alert-input.ts';

describe('threshold alerts', () => {
  const thresholds = { warning: 140, critical: 120 };

  it('warns at or below the warning threshold when higher is better', () => {
    const series = seriesFrom('2026-01', [150, 145, 130]);
    expect(evaluateAlerts(alertInput(series, { thresholds }))).toEqual([
      {
        rule: 'threshold',
        severity: 'warning',
        period: '2026-03',
        message: '130 is at or below the warning threshold of 140.',
      },
    ]);
  });

  it('is critical at or below the critical threshold', () => {
    const series = seriesFrom('2026-01', [150, 120]);
    expect(evaluateAlerts(alertInput(series, { thresholds }))).toEqual([
      {
        rule: 'threshold',
        severity: 'critical',
        period: '2026-02',
        message: '120 is at or below the critical threshold of 120.',
      },
    ]);
  });

  it('looks above the thresholds when lower is better', () => {
    const series = seriesFrom('2026-01', [6]);
    expect(
      evaluateAlerts(
        alertInput(series, { direction: 'lower', thresholds: { warning: 5, critical: 8 } }),
      ),
    ).toEqual([
      {
        rule: 'threshold',
        severity: 'warning',
        period: '2026-01',
        message: '6 is at or above the warning threshold of 5.',
      },
    ]);
  });

  it('stays quiet clear of the thresholds', () => {
    expect(evaluateAlerts(alertInput(seriesFrom('2026-01', [141]), { thresholds }))).toEqual([]);
  });
});
