/**
 * Computes one KPI's report from a definition and rows written inline, through
 * the same computeKpi the build uses, so that sentences, statuses and
 * breakdowns are checked with the real formatting and plan, without a repo.
 */
import type { BoundSource } from '../../../src/engine/aggregate/bound-source.ts';
import type { KpiSources } from '../../../src/engine/aggregate/kpi-series.ts';
import { ISO_CALENDAR } from '../../../src/engine/calendar/grain.ts';
import type { CalendarOptions } from '../../../src/engine/calendar/grain.ts';
import type { TextColumn } from '../../../src/engine/csv/table.ts';
import { computeKpi } from '../../../src/engine/report/compute-kpi.ts';
import type { KpiContext } from '../../../src/engine/report/compute-kpi.ts';
import type { KpiReport } from '../../../src/engine/report/types.ts';
import { kpiSchema } from '../../../src/engine/schema/kpi.ts';
import type { Kpi } from '../../../src/engine/schema/kpi.ts';
import { day, inMemorySource } from './in-memory-source.ts';
import type { Row } from './in-memory-source.ts';

/** Sums `amount` by `day` unless the definition names its own source. */
const DEFAULT_SOURCE = { file: 'data/orders.csv', date: 'day', value: 'amount' };

export function kpiDefinition(definition: Record<string, unknown>): Kpi {
  const hasSource = 'numerator' in definition || 'source' in definition;
  const parsed = kpiSchema.parse({
    title: 'Revenue',
    owner: 'Sales',
    category: 'sales',
    ...(hasSource ? {} : { source: DEFAULT_SOURCE }),
    ...definition,
  });
  return { ...parsed, id: 'revenue', file: 'kpis/revenue.md', body: '' };
}

function sourcesOf(kpi: Kpi, rows: readonly Row[], calendar: CalendarOptions): KpiSources {
  if (kpi.source) return { kind: 'single', source: inMemorySource(rows, kpi.source, calendar) };
  return {
    kind: 'ratio',
    numerator: inMemorySource(rows, kpi.numerator!, calendar),
    denominator: inMemorySource(rows, kpi.denominator!, calendar),
  };
}

/** The site defaults the build uses, with no alert rules unless a test asks for them. */
function contextAt(asOf: string, calendar: CalendarOptions): KpiContext {
  return {
    calendar,
    asOf: day(asOf),
    locale: 'en-US',
    currency: 'EUR',
    tolerance: 0.05,
    forecastWindow: 6,
    alertDefaults: {},
    columnOf: (source: BoundSource, dimension: string) =>
      source.table.columns.get(`text:${dimension}`) as TextColumn,
  };
}

/** The report of a KPI over `rows` as of `asOf`; fails on any problem in its definition. */
export function computedKpi(
  definition: Record<string, unknown>,
  rows: readonly Row[],
  asOf: string,
  calendar: CalendarOptions = ISO_CALENDAR,
): KpiReport {
  const kpi = kpiDefinition(definition);
  const { report, problems } = computeKpi(
    kpi,
    sourcesOf(kpi, rows, calendar),
    contextAt(asOf, calendar),
  );
  if (problems.length > 0) throw new Error(problems.map((problem) => problem.message).join('\n'));
  return report;
}
