/**
 * What a KPI page's charts are and what they are drawn from, without the
 * drawing itself (see charts.ts), so that the build can plan the drawings
 * without loading Vega.
 */
import type { CalendarOptions } from '../engine/calendar/grain.ts';
import type { KpiReport, Report } from '../engine/report/types.ts';
import { siteCalendar } from './calendar.ts';

/** One drawing of a chart, ready to inline. */
export interface ChartDrawing {
  /** Inline SVG markup rendered at build time. */
  svg: string;
  /** One or two sentences describing what the chart shows, for screen readers. */
  alt: string;
  /** The Vega-Lite spec for vega-embed, as JSON safe inside a `<script>` element. */
  specJson: string;
}

export interface PageChart {
  /** The default size (640 × 280). */
  wide: ChartDrawing;
  /** For screens narrower than the wide chart. */
  narrow: ChartDrawing;
}

export interface ReviewMark {
  period: string;
  title: string;
}

/** Every chart of a KPI's page: the KPI's own, then one per breakdown, in the KPI's order. */
export interface KpiPageCharts {
  chart: PageChart;
  breakdowns: PageChart[];
}

/** What a KPI page's charts are drawn from: plain data, so that it can go to a worker thread. */
export interface KpiPageChartsRequest {
  kpi: KpiReport;
  locale: string;
  calendar: CalendarOptions;
  reviewPeriods: readonly ReviewMark[];
}

/** The reviews that cover a KPI, as its chart marks them: newest first. */
export function kpiReviewMarks(report: Report, kpi: KpiReport): ReviewMark[] {
  return kpi.reviews.flatMap((slug) => {
    const review = report.reviews.find((candidate) => candidate.slug === slug);
    return review ? [{ period: review.period, title: review.title }] : [];
  });
}

/** What a KPI's page draws. */
export function kpiPageChartsRequest(report: Report, kpi: KpiReport): KpiPageChartsRequest {
  return {
    kpi,
    locale: report.site.locale,
    calendar: siteCalendar(report.site),
    reviewPeriods: kpiReviewMarks(report, kpi),
  };
}

/** Takes a KPI page's charts drawn ahead of the page, or null (see chart-prerender.ts). */
export type PrerenderedCharts = (request: KpiPageChartsRequest) => Promise<KpiPageCharts> | null;

// Set by the build in the process that renders pages: Astro bundles pages apart from the
// integration, so each has its own copy of this module.
const PRERENDERED = Symbol.for('pacer.prerendered-charts');

type Slot = { [PRERENDERED]?: PrerenderedCharts | undefined };

/** Hands pages the charts drawn ahead of them, or stops with undefined. */
export function offerPrerenderedCharts(take: PrerenderedCharts | undefined): void {
  (globalThis as Slot)[PRERENDERED] = take;
}

/** The charts drawn ahead for a page, or null when there are none. */
export function prerenderedCharts(request: KpiPageChartsRequest): Promise<KpiPageCharts> | null {
  return (globalThis as Slot)[PRERENDERED]?.(request) ?? null;
}
