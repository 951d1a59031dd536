import { describe, expect, it } from 'vitest';
import { kpiChartAlt } from '../../../src/engine/charts/chart-alt.ts';
import { CHART_KPIS, backlog, conversion, partialLast, revenue } from './chart-kpis.ts';

const en = { locale: 'en-US' };

describe('kpiChartAlt', () => {
  it('says what is drawn, the latest value and the target', () => {
    expect(kpiChartAlt(revenue, en)).toBe(
      'Line chart of Monthly revenue by month from January 2014 to November 2015; latest €212,345 in November 2015, target €250,000 by December 2015.',
    );
    expect(kpiChartAlt(conversion, en)).toBe(
      'Line chart of Signup conversion by month from January 2026 to June 2026; latest 4.3% in June 2026, target 5.0% by December 2026.',
    );
  });

  it('names weeks, a partial period and a single period as readers say them', () => {
    expect(kpiChartAlt(backlog, en)).toBe(
      'Line chart of Support backlog by week from Week 30, 2026 to Week 39, 2026; latest 149 in Week 39, 2026.',
    );
    expect(kpiChartAlt(partialLast, en)).toBe(
      'Line chart of Orders by month from January 2026 to May 2026; latest 9 to date in May 2026.',
    );
    expect(kpiChartAlt(CHART_KPIS.onePoint, en)).toBe(
      'Line chart of New KPI by year in 2026; latest 5 in 2026.',
    );
  });

  it('writes numbers and months in the locale', () => {
    // German writes thousands in full even in compact form, with a no-break space before the €.
    expect(kpiChartAlt(revenue, { locale: 'de-DE' })).toBe(
      'Line chart of Monthly revenue by month from Januar 2014 to November 2015; latest 212.345\u00a0€ in November 2015, target 250.000\u00a0€ by Dezember 2015.',
    );
  });

  it('says there is no data yet', () => {
    expect(kpiChartAlt(CHART_KPIS.empty, en)).toBe(
      'Line chart of Nothing yet by month: no data yet.',
    );
  });
});
