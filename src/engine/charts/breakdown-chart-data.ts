/**
 * A breakdown's rows: one line per group (a region, a plan), each in its own
 * colour, with partial periods as hollow points, plus ticks and a legend
 * naming every group. Group names come from the data and are only ever text.
 */
import { ISO_CALENDAR } from '../calendar/grain.ts';
import { formatValue } from '../format/format-value.ts';
import type { ValueStyle } from '../format/format-value.ts';
import type { BreakdownReport, KpiReport, ReportPoint } from '../report/types.ts';
import type { FrameRow, LegendRow, NoteRow } from './chart-datasets.ts';
import { chartSize, plotHeight, plotWidth } from './chart-layout.ts';
import { DASHES, GROUP_COLORS } from './chart-style.ts';
import type { ChartOptions } from './chart-types.ts';
import { legendLines, legendRows } from './legend-rows.ts';
import { dateRange, frameRows, timeTicksOver } from './time-axis.ts';
import type { TimeTick } from './time-axis.ts';
import { valueTicks } from './value-axis.ts';
import type { ValueTick } from './value-axis.ts';
import { kpiValueStyle } from '../report/value-style.ts';

export interface GroupPointRow {
  group: string;
  period: string;
  x: string;
  y: number | null;
  text: string;
  color: string;
}

export type BreakdownChartDatasets = {
  frame: FrameRow[];
  yTicks: ValueTick[];
  xTicks: TimeTick[];
  lines: GroupPointRow[];
  toDate: GroupPointRow[];
  legend: LegendRow[];
  notes: NoteRow[];
};

/** A group's colour: by its place in the breakdown, so a group keeps its colour across charts of one report. */
function groupColor(index: number): string {
  return GROUP_COLORS[index % GROUP_COLORS.length]!;
}

function groupRow(
  group: string,
  index: number,
  point: ReportPoint,
  style: ValueStyle,
): GroupPointRow {
  const text = formatValue(point.value, style);
  return {
    group,
    period: point.period,
    x: point.end,
    y: point.value,
    text: point.partial ? `${text} to date` : text,
    color: groupColor(index),
  };
}

export function breakdownChartData(
  kpi: KpiReport,
  breakdown: BreakdownReport,
  options: ChartOptions,
): BreakdownChartDatasets {
  const style = kpiValueStyle(kpi, options.locale);
  const size = chartSize(options);

  const points = breakdown.groups.flatMap((group, index) =>
    group.series.map((point) => ({ point, row: groupRow(group.value, index, point, style) })),
  );
  const lines = points.map(({ point, row }) => (point.partial ? { ...row, y: null } : row));
  const toDate = points
    .filter(({ point }) => point.partial && point.value !== null)
    .map(({ row }) => row);

  const symbols = breakdown.groups.map((group, index) => ({
    kind: 'line' as const,
    name: group.value,
    color: groupColor(index),
    dash: DASHES.solid,
    strokeWidth: 2,
    shape: 'circle',
    fill: groupColor(index),
    size: 0,
  }));
  const values = points.map(({ row }) => row.y).filter((y): y is number => y !== null);
  const yTicks = valueTicks(
    values,
    style,
    plotHeight(size, legendLines(legendRows(symbols, size.width))),
  );
  const width = plotWidth(
    size,
    yTicks.map((tick) => tick.label),
  );
  const range = dateRange(points.map(({ row }) => row.x));
  const calendar = options.calendar ?? ISO_CALENDAR;

  return {
    frame: frameRows(range),
    yTicks,
    xTicks: timeTicksOver(range, kpi.grain, calendar, options.locale, width),
    lines,
    toDate,
    legend: legendRows(symbols, width),
    notes: values.length === 0 ? [{ text: 'No data yet' }] : [],
  };
}
