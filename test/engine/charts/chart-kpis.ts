/**
 * Hand-made KPI reports in the shapes charts must handle, independent of the
 * report computation so that chart tests only change when charts do.
 */
import { formatIsoDate } from '../../../src/engine/calendar/civil-date.ts';
import type { Grain } from '../../../src/engine/calendar/grain.ts';
import { ISO_CALENDAR } from '../../../src/engine/calendar/grain.ts';
import { parsePeriodKey, periodFromOrdinal } from '../../../src/engine/calendar/period.ts';
import { inferDecimals } from '../../../src/engine/format/kpi-decimals.ts';
import type { KpiReport, ReportPoint } from '../../../src/engine/report/types.ts';

/** Consecutive periods from `first`, one per value; the last is partial when asked. */
export function seriesFrom(
  first: string,
  values: readonly (number | null)[],
  partialLast = false,
): ReportPoint[] {
  const start = parsePeriodKey(first, ISO_CALENDAR);
  if (!start) throw new Error(`bad period key ${first}`);
  return values.map((value, index) => {
    const period = periodFromOrdinal(start.ordinal + index, start.grain, ISO_CALENDAR);
    return {
      period: period.key,
      start: formatIsoDate(period.start),
      end: formatIsoDate(period.end),
      value,
      partial: partialLast && index === values.length - 1,
    };
  });
}

function endOf(key: string): string {
  return formatIsoDate(parsePeriodKey(key, ISO_CALENDAR)!.end);
}

function latestOf(series: readonly ReportPoint[], includePartial: boolean) {
  const point = series.findLast(
    (candidate) => candidate.value !== null && (includePartial || !candidate.partial),
  );
  return point ? { period: point.period, value: point.value, partial: point.partial } : null;
}

export function kpiReport(
  overrides: Partial<KpiReport> & { series: ReportPoint[]; grain: Grain },
): KpiReport {
  const base: KpiReport = {
    id: 'kpi',
    title: 'A KPI',
    description: null,
    category: 'sales',
    types: ['lagging'],
    owner: 'Someone',
    unit: 'number',
    currency: 'EUR',
    // As the engine infers them from the series when a KPI declares none.
    decimals: inferDecimals(
      overrides.unit ?? 'number',
      overrides.series.map((point) => point.value),
    ),
    direction: 'higher',
    band: null,
    grain: overrides.grain,
    file: 'kpis/kpi.md',
    sources: {
      kind: 'single',
      source: {
        file: 'data/a.csv',
        date: 'day',
        value: 'v',
        aggregate: 'sum',
        where: {},
        fill: null,
        rows: 'day',
      },
    },
    series: overrides.series,
    latest: latestOf(overrides.series, true),
    current: latestOf(overrides.series, false),
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
    statusRule: 'no-value',
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
    ownerSlug: 'someone',
  };
  return { ...base, ...overrides };
}

const REVENUE = [
  120_000, 131_000, 128_500, 140_200, 138_000, 150_300, 149_000, 155_800, 160_100, 158_000, 166_400,
  170_000, 168_200, 175_500, 181_000, 179_300, 186_900, 192_000, 190_400, 198_700, 203_100, 207_900,
  212_345,
];

/** Higher is better, with a target, a milestone, a forecast: the full picture. */
export const revenue = kpiReport({
  id: 'monthly-revenue',
  title: 'Monthly revenue',
  unit: 'currency',
  grain: 'month',
  series: seriesFrom('2014-01', REVENUE),
  baseline: { period: '2014-01', value: 120_000, given: false, end: endOf('2014-01') },
  target: { value: 250_000, by: '2015-12', deadline: endOf('2015-12') },
  milestones: [{ by: '2015-06', value: 200_000, deadline: endOf('2015-06') }],
  forecast: {
    atDeadline: 216_000,
    requiredPerPeriod: 37_655,
    slope: 4_300,
    periodsUsed: 6,
    periodsLeft: 1,
  },
  status: 'off-track',
});

/** Lower is better, with warning and critical thresholds and no target. */
export const backlog = kpiReport({
  id: 'support-backlog',
  title: 'Support backlog',
  direction: 'lower',
  grain: 'week',
  series: seriesFrom('2026-W30', [80, 95, 110, 104, 126, 131, 118, 142, 155, 149]),
  thresholds: { warning: 120, critical: 150 },
});

/** A band KPI: the healthy range is drawn instead of thresholds. */
export const stockCover = kpiReport({
  id: 'stock-cover',
  title: 'Stock cover',
  unit: 'ratio',
  direction: 'band',
  band: [0.9, 1.1],
  grain: 'quarter',
  series: seriesFrom('2024-Q1', [0.82, 0.95, 1.04, 1.12, 0.99, 1.01]),
});

/** No target, no thresholds: just the line. */
export const visits = kpiReport({
  id: 'visits',
  title: 'Daily visits',
  grain: 'day',
  series: seriesFrom(
    '2026-03-01',
    [410, 388, 452, 470, 501, 366, 342, 480, 512, 530, 498, 520, 380, 355],
  ),
});

/** A ratio KPI shown as a percentage: values are fractions. */
export const conversion = kpiReport({
  id: 'conversion',
  title: 'Signup conversion',
  unit: 'percent',
  grain: 'month',
  sources: {
    kind: 'ratio',
    numerator: {
      file: 'data/web.csv',
      date: 'day',
      value: 'signups',
      aggregate: 'sum',
      where: {},
      fill: null,
      rows: 'day',
    },
    denominator: {
      file: 'data/web.csv',
      date: 'day',
      value: 'visits',
      aggregate: 'sum',
      where: {},
      fill: null,
      rows: 'day',
    },
  },
  series: seriesFrom('2026-01', [0.031, 0.034, 0.036, 0.035, 0.041, 0.043]),
  baseline: { period: '2025-12', value: 0.03, given: true, end: endOf('2025-12') },
  target: { value: 0.05, by: '2026-12', deadline: endOf('2026-12') },
});

/** Missing periods stay gaps. */
export const withGaps = kpiReport({
  id: 'with-gaps',
  title: 'Orders',
  grain: 'month',
  series: seriesFrom('2026-01', [12, 15, null, null, 18, 21, null, 25]),
});

/** The newest period is not over yet. */
export const partialLast = kpiReport({
  id: 'partial-last',
  title: 'Orders',
  grain: 'month',
  series: seriesFrom('2026-01', [12, 15, 14, 18, 9], true),
});

export const twoPoints = kpiReport({
  id: 'two-points',
  title: 'New KPI',
  grain: 'month',
  series: seriesFrom('2026-10', [5, 7]),
});

export const onePoint = kpiReport({
  id: 'one-point',
  title: 'New KPI',
  grain: 'year',
  series: seriesFrom('2026', [5]),
});

export const empty = kpiReport({ id: 'empty', title: 'Nothing yet', grain: 'month', series: [] });

/** Every shape above, by name. */
export const CHART_KPIS = {
  revenue,
  backlog,
  stockCover,
  visits,
  conversion,
  withGaps,
  partialLast,
  twoPoints,
  onePoint,
  empty,
};

/** Revenue by region, with a partial last month and a gap. */
export const regional = kpiReport({
  id: 'regional-revenue',
  title: 'Regional revenue',
  unit: 'currency',
  grain: 'month',
  series: seriesFrom('2026-01', [150, 120, 200], true),
  breakdowns: [
    {
      dimension: 'region',
      groups: [
        {
          value: 'EU',
          series: seriesFrom('2026-01', [100, 120, 90], true),
          latest: null,
          current: null,
        },
        {
          value: 'US',
          series: seriesFrom('2026-01', [50, null, 110], true),
          latest: null,
          current: null,
        },
      ],
    },
  ],
});
