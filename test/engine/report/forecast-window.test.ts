/**
 * The forecast window: at least 3 complete periods, the fewest a trend is
 * fitted to, whether the site sets it for every KPI or one KPI sets its own.
 */
import { describe, expect, it } from 'vitest';
import { SITE, check, describeProblem, problemsOf, sumKpi } from '../load/support/temp-repo.ts';
import { kpiOf } from '../support/fixture.ts';

// January to June 2026, monthly: the last three climb 10 a month, the last four 28 (below).
const ORDERS =
  'date,amount\n2026-01,10\n2026-02,20\n2026-03,30\n2026-04,100\n2026-05,110\n2026-06,120\n';
const PLAN = ['baseline: { period: 2025-12, value: 100 }', 'target: { value: 465, by: 2026-12 }'];

describe('the forecast window', () => {
  it('rejects a site-wide window of fewer than 3 periods', async () => {
    // SITE is four lines; `forecastWindow: ` is 16 characters, so the value is at 5:17.
    for (const periods of ['1', '2']) {
      expect(
        await problemsOf({
          'kpis/site.yaml': `${SITE}forecastWindow: ${periods}\n`,
          'kpis/revenue.md': sumKpi('data/orders.csv'),
          'data/orders.csv': ORDERS,
        }),
      ).toEqual(['kpis/site.yaml:5:17 error forecastWindow: a forecast needs at least 3 periods']);
    }
  });

  it('rejects a KPI’s own window of fewer than 3 periods', async () => {
    // The frontmatter starts on line 2: title, owner, category, source and its three lines,
    // then forecastWindow on line 9.
    const result = await check({
      'kpis/revenue.md': sumKpi('data/orders.csv', 'forecastWindow: 2'),
      'data/orders.csv': ORDERS,
    });
    expect(result.problems.map(describeProblem)).toEqual([
      'kpis/revenue.md:9:17 error forecastWindow: a forecast needs at least 3 periods',
    ]);
    expect(result.problems[0]?.hint).toBe(
      'Set forecastWindow to 3 or more, or leave it out for the default of 6.',
    );
  });

  it('fits the site’s window of 3, unless a KPI sets its own', async () => {
    const result = await check({
      'kpis/site.yaml': `${SITE}forecastWindow: 3\n`,
      'kpis/site-window.md': sumKpi('data/orders.csv', ...PLAN),
      'kpis/own-window.md': sumKpi('data/orders.csv', ...PLAN, 'forecastWindow: 4'),
      'data/orders.csv': ORDERS,
    });
    expect(result.problems).toEqual([]);
    const report = result.loaded.report!;

    // April to June: 100, 110, 120, 10 a month through 110 in May; December is 7 months on:
    // 110 + 10 × 7 = 180. Still needed after June: (465 − 120) / 6 = 57.5.
    expect(kpiOf(report, 'site-window').forecast).toEqual({
      atDeadline: 180,
      requiredPerPeriod: 57.5,
      slope: 10,
      periodsUsed: 3,
      periodsLeft: 6,
    });
    // March to June: 30, 100, 110, 120, mean 90 at x̄ = 4.5; deviations −1.5, −0.5, 0.5, 1.5
    // against −60, 10, 20, 30 give 90 + (−5) + 10 + 45 = 140 over Σ(x − x̄)² = 5: 28 a month;
    // December: 90 + 28 × 7.5 = 300.
    expect(kpiOf(report, 'own-window').forecast).toMatchObject({
      atDeadline: 300,
      slope: 28,
      periodsUsed: 4,
    });
  });
});
