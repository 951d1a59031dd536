/**
 * Computes one KPI's part of the report from its definition and bound sources:
 * series, current value, changes, baseline, target, progress, pace, forecast,
 * status with its reason, alerts, breakdowns and running totals.
 */
import type { BoundSource } from '../aggregate/bound-source.ts';
import { kpiBreakdowns, kpiSeries } from '../aggregate/kpi-series.ts';
import type { KpiSources } from '../aggregate/kpi-series.ts';
import type { SeriesPoint } from '../aggregate/series.ts';
import type { AlertRules } from '../alerts/alert.ts';
import { evaluateAlerts } from '../alerts/evaluate-alerts.ts';
import { formatIsoDate } from '../calendar/civil-date.ts';
import type { DayNumber } from '../calendar/civil-date.ts';
import type { CalendarOptions } from '../calendar/grain.ts';
import { ordinalOf, parsePeriodKey } from '../calendar/period.ts';
import type { TextColumn } from '../csv/table.ts';
import type { Problem } from '../errors/problem.ts';
import { formatPeriod } from '../format/format-period.ts';
import { formatDifference, formatPercent, formatValue } from '../format/format-value.ts';
import type { ValueStyle } from '../format/format-value.ts';
import { inferDecimals } from '../format/kpi-decimals.ts';
import { targetSideProblem } from '../load/target-side.ts';
import type { Kpi } from '../schema/kpi.ts';
import { aggregateOf } from '../schema/source.ts';
import type { Source } from '../schema/source.ts';
import { cumulativeViews } from './cumulative.ts';
import { judge } from './judge.ts';
import type { Plan } from './judge.ts';
import { kpiChanges } from './kpi-changes.ts';
import { statusReason, summarySentence } from './sentences.ts';
import type { SentenceContext } from './sentences.ts';
import type {
  BreakdownReport,
  KpiReport,
  PeriodValue,
  ReportPoint,
  SourceSummary,
} from './types.ts';

export interface KpiContext {
  calendar: CalendarOptions;
  asOf: DayNumber;
  locale: string;
  /** The site's default currency. */
  currency: string;
  tolerance: number;
  forecastWindow: number;
  alertDefaults: AlertRules;
  /** The text column of a breakdown dimension in a source's table. */
  columnOf: (source: BoundSource, dimension: string) => TextColumn;
}

export interface ComputedKpi {
  report: KpiReport;
  problems: Problem[];
}

export function toReportPoint(point: SeriesPoint): ReportPoint {
  return {
    period: point.period.key,
    start: formatIsoDate(point.period.start),
    end: formatIsoDate(point.period.end),
    value: point.value,
    partial: point.partial,
  };
}

function toPeriodValue(point: SeriesPoint | undefined): PeriodValue | null {
  return point ? { period: point.period.key, value: point.value, partial: point.partial } : null;
}

function summariseSource(source: Source, bound: BoundSource): SourceSummary {
  return {
    file: source.file,
    date: source.date,
    value: source.value ?? null,
    aggregate: aggregateOf(source),
    where: source.where ?? {},
    fill: source.fill ?? null,
    rows: bound.rowGrain,
  };
}

/** The index of the point status and comparisons use. */
function currentIndex(series: readonly SeriesPoint[], includePartial: boolean): number {
  return series.findLastIndex(
    (point) => point.value !== null && (includePartial || !point.partial),
  );
}

/** Baseline, target, milestones and tolerances as numbers and days; problems where the definition cannot be met. */
function makePlan(
  kpi: Kpi,
  series: readonly SeriesPoint[],
  context: KpiContext,
  problems: Problem[],
): Plan {
  const { calendar } = context;
  const target = kpi.target ? parsePeriodKey(kpi.target.by, calendar) : null;
  let baseline: Plan['baseline'] = null;
  if (kpi.target && target) {
    const baselinePeriod = kpi.baseline ? parsePeriodKey(kpi.baseline.period, calendar) : null;
    const point = kpi.baseline
      ? series.find((candidate) => candidate.period.key === kpi.baseline!.period)
      : series.find((candidate) => candidate.value !== null);
    const value = kpi.baseline?.value ?? point?.value ?? null;
    const end = baselinePeriod?.end ?? point?.period.end ?? null;
    if (value !== null && end !== null) {
      baseline = { value, end };
      // A given baseline value was checked with the definition (validate-repo.ts).
      const behind =
        kpi.baseline?.value === undefined && point
          ? targetSideProblem(kpi, value, undefined, point.period.key)
          : null;
      if (behind) problems.push(behind);
    } else if (kpi.baseline) {
      // A month's total is no baseline for weekly values: the period must be one of the series.
      const otherGrain = baselinePeriod !== null && baselinePeriod.grain !== kpi.grain;
      problems.push({
        severity: 'error',
        code: 'baseline-without-data',
        file: kpi.file,
        message: otherGrain
          ? `baseline.period ${kpi.baseline.period} is a ${baselinePeriod.grain}, but the KPI reports per ${kpi.grain}`
          : `baseline.period ${kpi.baseline.period} has no data in the KPI's ${kpi.grain} series`,
        hint: otherGrain
          ? `Name a ${kpi.grain} of the series, or give the starting value: baseline: { period: …, value: … }.`
          : 'Pick a period with data, or give the starting value: baseline: { period: …, value: … }.',
      });
    }
  }

  const anchors = [];
  if (baseline && target && kpi.target) {
    anchors.push({ day: baseline.end, value: baseline.value });
    const milestones = kpi.milestones
      .map((milestone) => ({
        period: parsePeriodKey(milestone.by, calendar),
        value: milestone.value,
      }))
      .filter(
        (milestone) =>
          milestone.period !== null &&
          milestone.period.end > baseline.end &&
          milestone.period.end < target.end,
      )
      .sort((a, b) => a.period!.end - b.period!.end);
    for (const milestone of milestones)
      anchors.push({ day: milestone.period!.end, value: milestone.value });
    anchors.push({ day: target.end, value: kpi.target.value });
  }

  return {
    direction: kpi.direction,
    band: kpi.band,
    baseline,
    target:
      kpi.target && target
        ? {
            value: kpi.target.value,
            deadline: target.end,
            deadlineOrdinal: ordinalOf(target.end, kpi.grain, calendar),
          }
        : null,
    anchors,
    thresholds: kpi.thresholds,
    tolerance: kpi.tolerance ?? context.tolerance,
    forecastWindow: kpi.forecastWindow ?? context.forecastWindow,
  };
}

function alertRules(kpi: Kpi, defaults: AlertRules): AlertRules {
  if (kpi.alerts === false) return {};
  return { ...defaults, ...kpi.alerts };
}

/**
 * `inferredDecimals` are the digits already inferred from the KPI's full
 * series, so that a review snapshot prints its values like the KPI's page.
 */
export function computeKpi(
  kpi: Kpi,
  sources: KpiSources,
  context: KpiContext,
  inferredDecimals?: number,
): ComputedKpi {
  const problems: Problem[] = [];
  const { calendar, asOf, locale } = context;
  const options = { grain: kpi.grain, calendar, asOf };

  const series = kpiSeries(sources, options);
  const values = series.map((candidate) => candidate.value);
  const decimals = kpi.decimals ?? inferredDecimals ?? inferDecimals(kpi.unit, values);
  const style: ValueStyle = {
    locale,
    unit: kpi.unit,
    currency: kpi.currency ?? context.currency,
    decimals,
  };

  const plan = makePlan(kpi, series, context, problems);
  const index = currentIndex(series, kpi.includePartial);
  const point = series[index];
  const judgement = judge(series, index, asOf, plan);
  const previousIndex = index > 0 ? currentIndex(series.slice(0, index), true) : -1;
  const previous =
    previousIndex >= 0
      ? judge(series, previousIndex, series[previousIndex]!.period.end, plan)
      : null;

  const deadline = kpi.target ? parsePeriodKey(kpi.target.by, calendar) : null;
  const percent = (fraction: number) => formatPercent(fraction, locale);
  const sentenceContext: SentenceContext = {
    title: kpi.title,
    value: (value) => formatValue(value, style),
    difference: (amount) => formatDifference(amount, style),
    isPercent: kpi.unit === 'percent',
    percent,
    period: point
      ? formatPeriod(point.period.key, point.period.grain, point.period.start, locale)
      : '',
    deadline: deadline ? formatPeriod(deadline.key, deadline.grain, deadline.start, locale) : null,
    plan,
  };

  const baseline: KpiReport['baseline'] =
    kpi.baseline || plan.baseline
      ? {
          period:
            kpi.baseline?.period ??
            series.find((candidate) => candidate.value !== null)?.period.key ??
            '',
          value: plan.baseline?.value ?? null,
          given: kpi.baseline?.value !== undefined,
          end: plan.baseline ? formatIsoDate(plan.baseline.end) : '',
        }
      : null;
  const changes = kpiChanges(series, point, calendar, {
    baseline,
    target: kpi.target ? { by: kpi.target.by, value: kpi.target.value } : null,
  });
  const alerts = evaluateAlerts({
    series,
    current: index,
    direction: kpi.direction,
    thresholds: kpi.thresholds,
    rules: alertRules(kpi, context.alertDefaults),
    status: judgement.status,
    previousStatus: previous?.status ?? null,
    asOf,
    grain: kpi.grain,
    calendar,
    formatValue: (value) => formatValue(value, style),
    formatPercent: percent,
    periodLabel: (period) => formatPeriod(period.key, period.grain, period.start, locale),
  });

  const single = sources.kind === 'single' ? sources.source : null;
  const breakdowns: BreakdownReport[] = kpiBreakdowns(
    sources,
    kpi.breakdown,
    context.columnOf,
    options,
  ).map((breakdown) => ({
    dimension: breakdown.dimension,
    groups: breakdown.groups.map((group) => ({
      value: group.value,
      series: group.series.map(toReportPoint),
      latest: toPeriodValue(group.series.findLast((candidate) => candidate.value !== null)),
      current: point
        ? toPeriodValue(
            group.series.find((candidate) => candidate.period.ordinal === point.period.ordinal),
          )
        : null,
    })),
  }));

  const report: KpiReport = {
    id: kpi.id,
    title: kpi.title,
    description: kpi.description ?? null,
    category: kpi.category,
    types: kpi.types,
    owner: kpi.owner,
    unit: kpi.unit,
    currency: style.currency,
    decimals,
    direction: kpi.direction,
    band: kpi.band ? [kpi.band[0], kpi.band[1]] : null,
    grain: kpi.grain,
    file: kpi.file,
    sources:
      sources.kind === 'single'
        ? { kind: 'single', source: summariseSource(sources.source.source, sources.source) }
        : {
            kind: 'ratio',
            numerator: summariseSource(sources.numerator.source, sources.numerator),
            denominator: summariseSource(sources.denominator.source, sources.denominator),
          },
    series: series.map(toReportPoint),
    latest: toPeriodValue(series.findLast((candidate) => candidate.value !== null)),
    current: toPeriodValue(point),
    change: changes,
    baseline,
    target:
      kpi.target && deadline
        ? { value: kpi.target.value, by: kpi.target.by, deadline: formatIsoDate(deadline.end) }
        : null,
    milestones: kpi.milestones.map((milestone) => ({
      by: milestone.by,
      value: milestone.value,
      deadline: formatIsoDate(parsePeriodKey(milestone.by, calendar)?.end ?? 0),
    })),
    thresholds: kpi.thresholds
      ? { warning: kpi.thresholds.warning ?? null, critical: kpi.thresholds.critical ?? null }
      : null,
    progress: judgement.progress,
    pace: judgement.pace,
    forecast: judgement.forecast,
    status: judgement.status,
    statusRule: judgement.rule,
    statusReason: statusReason(judgement, sentenceContext),
    previousStatus: previous?.status ?? null,
    alerts,
    breakdowns,
    cumulative: single ? cumulativeViews(series, single.aggregate, plan, calendar) : null,
    summary: summarySentence(judgement, changes.previous.value, sentenceContext),
    goal: kpi.goal ?? null,
    drives: kpi.drives,
    drivenBy: [],
    review: kpi.review ?? null,
    // Links to reviews and owners, and the checks that need them, are added with the whole report.
    reviews: [],
    reviewDue: null,
    smart: [],
    ownerSlug: '',
  };
  return { report, problems };
}
