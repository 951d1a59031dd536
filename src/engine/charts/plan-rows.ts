/**
 * The plan as chart rows: the pace line from the baseline to the target
 * through the milestones, their markers, and the forecast to the deadline.
 */
import { formatValue } from '../format/format-value.ts';
import type { ValueStyle } from '../format/format-value.ts';
import type { KpiReport } from '../report/types.ts';
import type { LineRow, MarkerRow } from './chart-datasets.ts';
import { COLORS } from './chart-style.ts';

export interface PlanRows {
  pace: LineRow[];
  forecast: LineRow[];
  markers: MarkerRow[];
}

/** Milestones strictly between the baseline and the deadline, in order: the ones pace bends through. */
function paceMilestones(kpi: KpiReport, from: string, to: string): KpiReport['milestones'] {
  return kpi.milestones
    .filter((milestone) => milestone.deadline > from && milestone.deadline < to)
    .sort((a, b) => (a.deadline < b.deadline ? -1 : 1));
}

/**
 * The forecast line: from the trend's value at the judged period to its value
 * at the deadline. It starts on the fitted trend, not on the last point,
 * because that is the line the forecast projects.
 */
function forecastRows(kpi: KpiReport): LineRow[] {
  const { forecast, target, current } = kpi;
  if (!forecast || forecast.atDeadline === null || !target || !current) return [];
  const from = kpi.series.find((point) => point.period === current.period);
  if (!from || from.end >= target.deadline) return [];
  const start =
    forecast.slope !== null && forecast.periodsLeft !== null
      ? forecast.atDeadline - forecast.slope * forecast.periodsLeft
      : current.value;
  if (start === null) return [];
  return [
    { x: from.end, y: start },
    { x: target.deadline, y: forecast.atDeadline },
  ];
}

function marker(
  name: string,
  period: string,
  x: string,
  y: number,
  style: ValueStyle,
  look: Pick<MarkerRow, 'shape' | 'fill' | 'stroke' | 'size'>,
): MarkerRow {
  return { name, period, x, y, text: formatValue(y, style), ...look };
}

export function planRows(kpi: KpiReport, style: ValueStyle): PlanRows {
  const { baseline, target } = kpi;
  const markers: MarkerRow[] = [];
  const pace: LineRow[] = [];

  if (baseline && baseline.value !== null) {
    markers.push(
      marker('Baseline', baseline.period, baseline.end, baseline.value, style, {
        shape: 'square',
        fill: 'transparent',
        stroke: COLORS.baseline,
        size: 110,
      }),
    );
  }
  const from = baseline?.value != null ? baseline.end : '';
  const milestones = target ? paceMilestones(kpi, from, target.deadline) : kpi.milestones;
  for (const milestone of milestones)
    markers.push(
      marker('Milestone', milestone.by, milestone.deadline, milestone.value, style, {
        shape: 'diamond',
        fill: COLORS.background,
        stroke: COLORS.milestone,
        size: 70,
      }),
    );
  if (target)
    markers.push(
      marker('Target', target.by, target.deadline, target.value, style, {
        shape: 'diamond',
        fill: COLORS.target,
        stroke: COLORS.target,
        size: 110,
      }),
    );

  if (baseline && baseline.value !== null && target && target.deadline > baseline.end) {
    pace.push({ x: baseline.end, y: baseline.value });
    for (const milestone of milestones) pace.push({ x: milestone.deadline, y: milestone.value });
    pace.push({ x: target.deadline, y: target.value });
  }

  const forecast = forecastRows(kpi);
  const end = forecast[1];
  if (end && target)
    markers.push(
      marker('Forecast', target.by, end.x, end.y, style, {
        shape: 'circle',
        fill: COLORS.background,
        stroke: COLORS.forecast,
        size: 50,
      }),
    );
  return { pace, forecast, markers };
}
