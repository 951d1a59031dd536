/**
 * A KPI's series from its bound sources: one source aggregated per period, or
 * a ratio of two period aggregates (never a mean of per-row ratios), and the
 * same per value of each breakdown dimension.
 */
import type { TextColumn } from '../csv/table.ts';
import type { BoundSource } from './bound-source.ts';
import { aggregatePeriods, completeThrough, gapFiller, toSeries, unionRange } from './series.ts';
import type { PeriodValues, SeriesOptions, SeriesPoint } from './series.ts';

export type KpiSources =
  | { kind: 'single'; source: BoundSource }
  | { kind: 'ratio'; numerator: BoundSource; denominator: BoundSource };

export interface BreakdownSeries {
  dimension: string;
  groups: { value: string; series: SeriesPoint[] }[];
}

/** The group-by column of a dimension in each source's table. */
export type DimensionColumns = (source: BoundSource) => TextColumn;

function sourcesOf(sources: KpiSources): BoundSource[] {
  return sources.kind === 'single' ? [sources.source] : [sources.numerator, sources.denominator];
}

/** Numerator over denominator; null when either is missing or the denominator is 0. */
export function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}

function combine(sources: KpiSources, parts: PeriodValues[]): (ordinal: number) => number | null {
  if (sources.kind === 'single') {
    const fill = gapFiller(sources.source);
    return (ordinal) => fill(parts[0]!.values.get(ordinal));
  }
  const fillNumerator = gapFiller(sources.numerator);
  const fillDenominator = gapFiller(sources.denominator);
  return (ordinal) =>
    ratio(
      fillNumerator(parts[0]!.values.get(ordinal)),
      fillDenominator(parts[1]!.values.get(ordinal)),
    );
}

export function kpiSeries(sources: KpiSources, options: SeriesOptions): SeriesPoint[] {
  const bound = sourcesOf(sources);
  const parts = bound.map((source) => aggregatePeriods(source, options).all);
  const through = completeThrough(bound, options);
  return toSeries(combine(sources, parts), unionRange(...parts), options, through);
}

/**
 * Series per value of each dimension, over the same periods as the whole KPI
 * so that breakdowns line up with it.
 */
export function kpiBreakdowns(
  sources: KpiSources,
  dimensions: readonly string[],
  columnOf: (source: BoundSource, dimension: string) => TextColumn,
  options: SeriesOptions,
): BreakdownSeries[] {
  const bound = sourcesOf(sources);
  const through = completeThrough(bound, options);
  return dimensions.map((dimension) => {
    const grouped = bound.map((source) =>
      aggregatePeriods(source, options, columnOf(source, dimension)),
    );
    const range = unionRange(...grouped.map((part) => part.all));
    const values = new Set(grouped.flatMap((part) => [...part.groups.keys()]));
    const empty: PeriodValues = { values: new Map(), first: null, last: null };
    const groups = [...values].sort().map((value) => {
      const parts = grouped.map((part) => part.groups.get(value) ?? empty);
      return { value, series: toSeries(combine(sources, parts), range, options, through) };
    });
    return { dimension, groups };
  });
}
