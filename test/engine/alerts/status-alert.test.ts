import { describe, expect, it } from 'vitest';
import { evaluateAlerts } from '../../../src/engine/alerts/evaluate-alerts.ts';
import type { Status } from '../../../src/engine/progress/status.ts';
import { seriesFrom } from '../support/series-points.ts';
import { alertInput } from './alert-input.ts';

function statusAlerts(previousStatus: Status | null, status: Status) {
  return evaluateAlerts(alertInput(seriesFrom('2026-01', [10, 11]), { previousStatus, status }));
}

describe('status alerts', () => {
  it('warn when the status got worse than the previous period’s', () => {
    expect(statusAlerts('on-track', 'at-risk')).toEqual([
      {
        rule: 'status',
        severity: 'warning',
        period: '2026-02',
        message: 'Status went from on track to at risk.',
      },
    ]);
  });

  it('are critical when the status becomes off-track or missed', () => {
    expect(statusAlerts('on-track', 'off-track')[0]?.severity).toBe('critical');
    expect(statusAlerts('at-risk', 'missed')[0]).toMatchObject({
      severity: 'critical',
      message: 'Status went from at risk to missed.',
    });
  });

  it('stay quiet when the status held, improved or has no rank', () => {
    expect(statusAlerts('at-risk', 'at-risk')).toEqual([]);
    expect(statusAlerts('at-risk', 'on-track')).toEqual([]);
    expect(statusAlerts(null, 'off-track')).toEqual([]);
    expect(statusAlerts('on-track', 'no-target')).toEqual([]);
    expect(statusAlerts('no-data', 'off-track')).toEqual([]);
  });
});
