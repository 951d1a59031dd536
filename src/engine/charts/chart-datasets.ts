/**
 * The rows a KPI chart is drawn from. Every per-KPI number reaches the spec
 * through these named datasets, so charts of one shape differ only in data
 * and share one compiled Vega view (see render-svg.ts). Positions on the time
 * axis are ISO dates (see time-axis.ts); text is formatted here, in the locale.
 */
import type { TimeTick } from './time-axis.ts';
import type { ValueTick } from './value-axis.ts';

/** One period of the series; `y` null is a gap that breaks the line. */
export interface PointRow {
  period: string;
  x: string;
  y: number | null;
  /** The formatted value, for tooltips. */
  text: string;
}

/** The partial period and the complete one before it, drawn lighter. */
export interface ToDateRow extends PointRow {
  partial: boolean;
}

export interface LineRow {
  x: string;
  y: number;
}

/** Baseline, milestones, target and the forecast's end, each a symbol with its own look. */
export interface MarkerRow {
  name: string;
  period: string;
  x: string;
  y: number;
  text: string;
  shape: string;
  fill: string;
  stroke: string;
  size: number;
}

/** A horizontal zone across the whole plot: critical, warning or the healthy band. */
export interface ZoneRow {
  name: string;
  y: number;
  y2: number;
  text: string;
  color: string;
}

export interface ReviewRow {
  period: string;
  x: string;
  title: string;
}

/** One legend entry, laid out in pixels above the plot (`py` is negative). */
export interface LegendRow {
  kind: 'line' | 'point';
  name: string;
  /** Symbol start, centre and end, and where the text starts. */
  px: number;
  pc: number;
  px2: number;
  tx: number;
  py: number;
  color: string;
  dash: number[];
  strokeWidth: number;
  shape: string;
  fill: string;
  size: number;
}

/** The time range drawn, in milliseconds at UTC midnight: one row, or none for an empty chart. */
export interface FrameRow {
  t: number;
  t2: number;
}

export interface NoteRow {
  text: string;
}

// A type, not an interface, so that it is assignable to the name-to-rows record Vega-Lite takes.
export type KpiChartDatasets = {
  frame: FrameRow[];
  zones: ZoneRow[];
  yTicks: ValueTick[];
  xTicks: TimeTick[];
  reviews: ReviewRow[];
  pace: LineRow[];
  forecast: LineRow[];
  actuals: PointRow[];
  toDate: ToDateRow[];
  markers: MarkerRow[];
  legend: LegendRow[];
  notes: NoteRow[];
};

/** Datasets as Vega-Lite takes them: name to rows. */
export type Datasets = Record<string, readonly object[]>;
