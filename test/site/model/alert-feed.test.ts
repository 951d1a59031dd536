import { describe, expect, it } from 'vitest';
import { alertAnchor, feedAlerts } from '../../../src/site/model/alert-feed.ts';
import { makeKpi, monthlySeries } from '../../engine/support/make-kpi.ts';

const series = monthlySeries([1, 2, 3]);

describe('feedAlerts', () => {
  it('adds a status change for a KPI whose status worsened, dated by its period end', () => {
    const kpi = makeKpi({
      series,
      status: 'off-track',
      previousStatus: 'on-track',
      current: { period: '2026-03', value: 3, partial: false },
    });
    expect(feedAlerts([kpi], '2026-04-10')).toMatchObject([
      {
        rule: 'status',
        severity: 'critical',
        period: '2026-03',
        date: '2026-03-31',
        message: 'Status went from on track to off track.',
      },
    ]);
  });

  it('does not repeat a status change the engine already raised, nor report improvements', () => {
    const raised = makeKpi({
      series,
      status: 'off-track',
      previousStatus: 'on-track',
      current: { period: '2026-03', value: 3, partial: false },
      alerts: [{ rule: 'status', severity: 'critical', period: '2026-03', message: 'Worse.' }],
    });
    const better = makeKpi({ id: 'b', status: 'on-track', previousStatus: 'at-risk' });
    expect(feedAlerts([raised, better], '2026-04-10').map((alert) => alert.message)).toEqual([
      'Worse.',
    ]);
  });

  it('lists critical alerts first, then newest first', () => {
    const kpi = makeKpi({
      series,
      alerts: [
        { rule: 'drop', severity: 'warning', period: '2026-03', message: 'w3' },
        { rule: 'stale', severity: 'warning', period: '2026-02', message: 'w2' },
        { rule: 'threshold', severity: 'critical', period: '2026-01', message: 'c1' },
      ],
    });
    expect(feedAlerts([kpi], '2026-04-10').map((alert) => alert.message)).toEqual([
      'c1',
      'w3',
      'w2',
    ]);
  });

  it('gives each alert a stable anchor', () => {
    expect(alertAnchor({ rule: 'drop', period: '2026-03' })).toBe('alert-drop-2026-03');
  });
});
