/** A complete KpiReport with plain defaults, for unit tests of report checks and page helpers. */
import type { KpiReport, ReportPoint } from '../../../src/engine/report/types.ts';

/** Monthly points from consecutive months of 2026, starting in January. */
export function monthlySeries(values: (number | null)[], partialLast = false): ReportPoint[] {
  return values.map((value, index) => {
    const month = String(index + 1).padStart(2, '0');
    const days = new Date(Date.UTC(2026, index + 1, 0)).getUTCDate();
    return {
      period: `2026-${month}`,
      start: `2026-${month}-01`,
      end: `2026-${month}-${days}`,
      value,
      partial: partialLast && index === values.length - 1,
    };
  });
}

export function makeKpi(overrides: Partial<KpiReport> = {}): KpiReport {
  return {
    id: 'revenue',
    title: 'Revenue',
    description: 'Paid orders.',
    category: 'sales',
    types: ['lagging'],
    owner: 'Sales',
    unit: 'number',
    currency: 'EUR',
    decimals: 0,
    direction: 'higher',
    band: null,
    grain: 'month',
    file: 'kpis/revenue.md',
    sources: {
      kind: 'single',
      source: {
        file: 'data/orders.csv',
        date: 'order_date',
        value: 'amount',
        aggregate: 'sum',
        where: {},
        fill: null,
        rows: 'day',
      },
    },
    series: [],
    latest: null,
    current: null,
    change: {
      previous: { period: null, value: null, abs: null, rel: null },
      yearAgo: { period: null, value: null, abs: null, rel: null },
      baseline: { period: null, value: null, abs: null, rel: null },
      target: { period: null, value: null, abs: null, rel: null },
    },
    baseline: null,
    target: null,
    milestones: [],
    thresholds: null,
    progress: null,
    pace: null,
    forecast: null,
    status: 'no-target',
    statusRule: 'nothing-to-judge',
    statusReason: '',
    previousStatus: null,
    alerts: [],
    breakdowns: [],
    cumulative: null,
    summary: '',
    goal: null,
    drives: [],
    drivenBy: [],
    review: null,
    reviews: [],
    reviewDue: null,
    smart: [],
    ownerSlug: 'sales',
    ...overrides,
  };
}
