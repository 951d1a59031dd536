/**
 * A KPI broken down by one dimension: one line per group on shared axes,
 * with the same axes, legend and data-in-datasets design as the KPI chart,
 * so breakdown charts of one size share one compiled view too.
 */
import { formatPeriodKey } from '../format/format-period.ts';
import type { BreakdownReport, KpiReport } from '../report/types.ts';
import { AXIS_ENCODING, AXIS_LAYERS } from './chart-axes.ts';
import { chartFrame } from './chart-frame.ts';
import { chartSize } from './chart-layout.ts';
import { COLORS } from './chart-style.ts';
import type { ChartOptions } from './chart-types.ts';
import type { ChartSpec } from './embeddable-spec.ts';
import { breakdownChartData } from './breakdown-chart-data.ts';
import { LEGEND_LAYERS, NOTE_LAYER } from './legend-layers.ts';
import type { Layer, LayeredSpec } from './vega-lite-types.ts';
import { ISO_CALENDAR } from '../calendar/grain.ts';

const literal = (field: string) => ({ field, type: 'nominal', scale: null }) as const;

const TOOLTIP = [
  { field: 'group', title: 'Group' },
  { field: 'period', title: 'Period' },
  { field: 'text', title: 'Value' },
];

const BREAKDOWN_LAYERS: Layer[] = [
  ...AXIS_LAYERS,
  {
    data: { name: 'lines' },
    mark: { type: 'line', strokeWidth: 2, invalid: 'break-paths-show-domains' },
    encoding: { color: literal('color'), detail: { field: 'group' } },
  },
  {
    data: { name: 'lines' },
    mark: { type: 'point', filled: true, size: 24, opacity: 1, invalid: 'filter' },
    encoding: { color: literal('color'), tooltip: TOOLTIP },
  },
  {
    data: { name: 'toDate' },
    mark: {
      type: 'point',
      filled: true,
      fill: COLORS.background,
      strokeWidth: 1.5,
      size: 36,
      opacity: 1,
    },
    encoding: { stroke: literal('color'), tooltip: TOOLTIP },
  },
  ...LEGEND_LAYERS,
  NOTE_LAYER,
];

/** The breakdown by `dimension`; an error when the KPI has none, since the page asked for one it should know. */
export function breakdownOf(kpi: KpiReport, dimension: string): BreakdownReport {
  const breakdown = kpi.breakdowns.find((candidate) => candidate.dimension === dimension);
  if (!breakdown) {
    const known = kpi.breakdowns.map((candidate) => candidate.dimension).join(', ') || 'none';
    throw new Error(`KPI "${kpi.id}" has no breakdown by "${dimension}" (it has: ${known})`);
  }
  return breakdown;
}

/** "Line chart of Revenue by region, one line each for EU and US, from January 2026 to March 2026." */
export function breakdownChartAlt(
  kpi: KpiReport,
  breakdown: BreakdownReport,
  options: ChartOptions,
): string {
  const names = breakdown.groups.map((group) => group.value);
  const list =
    names.length > 1
      ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
      : (names[0] ?? '');
  const periods = [
    ...new Set(breakdown.groups.flatMap((group) => group.series.map((point) => point.period))),
  ].sort();
  const calendar = options.calendar ?? ISO_CALENDAR;
  const opening = `Line chart of ${kpi.title} by ${breakdown.dimension}`;
  if (names.length === 0 || periods.length === 0) return `${opening}: no data yet.`;
  const first = formatPeriodKey(periods[0]!, calendar, options.locale);
  const last = formatPeriodKey(periods[periods.length - 1]!, calendar, options.locale);
  const span = first === last ? `in ${first}` : `from ${first} to ${last}`;
  return `${opening}, one line each for ${list}, ${span}.`;
}

export function breakdownChartSpec(
  kpi: KpiReport,
  dimension: string,
  options: ChartOptions,
): ChartSpec {
  const breakdown = breakdownOf(kpi, dimension);
  const spec: LayeredSpec = {
    ...chartFrame(chartSize(options)),
    description: breakdownChartAlt(kpi, breakdown, options),
    encoding: structuredClone(AXIS_ENCODING),
    layer: structuredClone(BREAKDOWN_LAYERS),
    datasets: breakdownChartData(kpi, breakdown, options),
  };
  return { ...spec };
}
