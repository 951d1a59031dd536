/**
 * The interface between the engine's charts and the site. A chart is a
 * Vega-Lite spec written by the engine from the report model, rendered to
 * SVG at build time (so it shows without JavaScript), with a text alternative
 * and the data table it was drawn from.
 */
import type { CalendarOptions } from '../calendar/grain.ts';
import type { KpiReport } from '../report/types.ts';

export interface ChartOptions {
  locale: string;
  /** Review periods to mark on the chart (keys at any grain). */
  reviewPeriods?: readonly { period: string; title: string }[];
  /** Whole chart width in pixels, axes and legend included. @default 640 */
  width?: number;
  /** Whole chart height in pixels, axes and legend included. @default 280 */
  height?: number;
  /**
   * The site's weeks and fiscal years, to place review periods and label future
   * periods up to the deadline. @default ISO weeks, fiscal year = calendar year
   */
  calendar?: CalendarOptions;
}

export interface RenderedChart {
  /** The Vega-Lite spec, for vega-embed to enhance in the browser. */
  spec: Record<string, unknown>;
  /** Inline SVG markup rendered at build time. */
  svg: string;
  /** One or two sentences describing what the chart shows, for screen readers. */
  alt: string;
}

export type KpiChartRenderer = (kpi: KpiReport, options: ChartOptions) => Promise<RenderedChart>;
