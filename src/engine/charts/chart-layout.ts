/**
 * Rough plot-area sizes, computed before Vega lays the chart out, so that
 * the engine can choose how many ticks and legend lines fit. Vega then fits
 * the whole chart, axes and legend included, into the requested size.
 */
import { CHAR_WIDTH, DEFAULT_HEIGHT, DEFAULT_WIDTH } from './chart-style.ts';
import { LEGEND_LINE_HEIGHT } from './legend-rows.ts';

/** Height of the time axis labels under the plot. */
const TIME_AXIS_HEIGHT = 24;
/** Space between value labels and the plot, plus the chart's own padding. */
const VALUE_AXIS_GAP = 14;
export const CHART_PADDING = 6;

export interface ChartSize {
  width: number;
  height: number;
}

export function chartSize(options: { width?: number; height?: number }): ChartSize {
  return { width: options.width ?? DEFAULT_WIDTH, height: options.height ?? DEFAULT_HEIGHT };
}

export function plotWidth(size: ChartSize, valueLabels: readonly string[]): number {
  const widest = Math.max(0, ...valueLabels.map((label) => label.length));
  return size.width - widest * CHAR_WIDTH - VALUE_AXIS_GAP - 2 * CHART_PADDING;
}

export function plotHeight(size: ChartSize, legendLines: number): number {
  return size.height - legendLines * LEGEND_LINE_HEIGHT - TIME_AXIS_HEIGHT - 2 * CHART_PADDING;
}
