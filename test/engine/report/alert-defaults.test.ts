/**
 * Alert rules set once for the whole site in kpis/site.yaml, overlaid by a
 * KPI's own `alerts:` one rule at a time, end to end through a repository.
 */
import { describe, expect, it } from 'vitest';
import { check, sumKpi } from '../load/support/temp-repo.ts';
import { kpiOf } from '../support/fixture.ts';

// As of 2026-05-15 April is the latest complete month: 100, 90, 80, 60 from January.
const SITE = [
  'title: Test site',
  'locale: en-US',
  'currency: EUR',
  'asOf: 2026-05-15',
  'alerts:',
  '  drop: 0.2',
  '  streak: 2',
  '',
].join('\n');
const ORDERS = 'date,amount\n2026-01,100\n2026-02,90\n2026-03,80\n2026-04,60\n';

// April against March: (60 − 80) / 80 = −25%, beyond 20% but not beyond 2 × 20%: a warning.
const DROP = {
  rule: 'drop',
  severity: 'warning',
  period: '2026-04',
  message: 'Fell 25.0% against March 2026, beyond the 20.0% limit.',
};

/** A streak of `length` worsening months ending in April. */
function streak(length: number, since: string) {
  return {
    rule: 'streak',
    severity: 'warning',
    period: '2026-04',
    message: `Worse than the period before for ${length} periods in a row, since ${since}.`,
  };
}

describe('site-wide alert rules', () => {
  it('apply to every KPI, and a KPI’s own rule replaces only the rule it names', async () => {
    const result = await check({
      'kpis/site.yaml': SITE,
      'kpis/revenue.md': sumKpi('data/orders.csv'),
      'kpis/loose-drop.md': sumKpi('data/orders.csv', 'alerts: { drop: 0.3 }'),
      'kpis/long-streak.md': sumKpi('data/orders.csv', 'alerts: { streak: 3 }'),
      'kpis/quiet.md': sumKpi('data/orders.csv', 'alerts: false'),
      'data/orders.csv': ORDERS,
    });
    expect(result.problems).toEqual([]);
    const alertsOf = (id: string) => kpiOf(result.loaded.report!, id).alerts;

    // The site's rules: a 25% fall is beyond 20%, and February → March → April is a streak
    // of 2 worsening months, the first of them March.
    expect(alertsOf('revenue')).toEqual([DROP, streak(2, 'March 2026')]);
    // Its own drop of 30% lets a 25% fall pass; the site's streak of 2 still holds.
    expect(alertsOf('loose-drop')).toEqual([streak(2, 'March 2026')]);
    // Its own streak of 3 counts from January: 100 → 90 → 80 → 60, since February; the site's
    // drop still holds.
    expect(alertsOf('long-streak')).toEqual([DROP, streak(3, 'February 2026')]);
    // `alerts: false` turns the site's rules off too.
    expect(alertsOf('quiet')).toEqual([]);
  });

  it('keep the built-in rules the site does not name', async () => {
    // The site names drop alone: streak 3, anomaly and stale 2 stay as built in.
    const result = await check({
      'kpis/site.yaml': 'title: Test site\nlocale: en-US\nalerts: { drop: 0.2 }\n',
      'kpis/revenue.md': sumKpi('data/orders.csv'),
      'data/orders.csv': ORDERS,
    });
    expect(result.problems).toEqual([]);
    expect(result.loaded.repo.config.alerts).toEqual({
      drop: 0.2,
      streak: 3,
      anomaly: true,
      stale: 2,
    });
  });
});
