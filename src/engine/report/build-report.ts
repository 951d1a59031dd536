/**
 * Builds the one report model of a repository: every KPI computed as of the
 * build's date, every review's KPIs as of its period, goals and links. Pages,
 * feeds, JSON and the CLI all read this; nothing recomputes a number.
 */
import type { KpiSources } from '../aggregate/kpi-series.ts';
import { formatIsoDate } from '../calendar/civil-date.ts';
import type { DayNumber } from '../calendar/civil-date.ts';
import { parsePeriodKey } from '../calendar/period.ts';
import type { Problem } from '../errors/problem.ts';
import type { DataSet } from '../load/read-data.ts';
import type { Repo } from '../load/load-repo.ts';
import { STATUSES, statusRank } from '../progress/status.ts';
import type { Status } from '../progress/status.ts';
import { BUILT_IN_CATEGORIES } from '../schema/kpi.ts';
import type { Kpi } from '../schema/kpi.ts';
import { bindKpi, dimensionColumn } from './bind-kpi.ts';
import { computeKpi } from './compute-kpi.ts';
import type { KpiContext } from './compute-kpi.ts';
import type { GoalReport, KpiReport, Report, ReviewReport, SiteReport } from './types.ts';

export interface ReportOptions {
  asOf: DayNumber;
  /** The build's clock, only for the `generated` stamp. */
  now: Date;
  /** Overrides the config's base path (`PACER_BASE`). */
  base?: string | undefined;
  /** Overrides the config's public URL (`PACER_SITE_URL`), as CI knows it from the Pages settings. */
  url?: string | undefined;
}

export interface ReportResult {
  report: Report;
  problems: Problem[];
}

const BUILT_IN_TITLES: Record<string, string> = {
  customer: 'Customer',
  marketing: 'Marketing',
  sales: 'Sales',
  financial: 'Financial',
  operational: 'Operational',
};

function siteReport(repo: Repo, options: ReportOptions): SiteReport {
  const { config } = repo;
  return {
    title: config.title,
    description: config.description ?? null,
    url: options.url || config.url || null,
    base: options.base || config.base,
    locale: config.locale,
    timeZone: config.timeZone,
    currency: config.currency,
    fiscalYearStart: config.fiscalYearStart,
    weekStart: config.weekStart,
    categories: [
      ...BUILT_IN_CATEGORIES.map((id) => ({ id, title: BUILT_IN_TITLES[id]!, description: null })),
      ...config.categories.map((category) => ({
        id: category.id,
        title: category.title,
        description: category.description ?? null,
      })),
    ],
  };
}

/** The worst status among KPIs; `no-target` or `no-data` only when none has a rank. */
export function worstStatus(statuses: readonly Status[]): Status {
  let worst: Status | null = null;
  for (const status of statuses) {
    const rank = statusRank(status);
    if (rank !== null && (worst === null || rank < statusRank(worst)!)) worst = status;
  }
  return worst ?? (statuses.includes('no-target') ? 'no-target' : 'no-data');
}

export function buildReport(repo: Repo, data: DataSet, options: ReportOptions): ReportResult {
  const problems: Problem[] = [];
  const context = (asOf: DayNumber): KpiContext => ({
    calendar: repo.calendar,
    asOf,
    locale: repo.config.locale,
    currency: repo.config.currency,
    tolerance: repo.config.tolerance,
    forecastWindow: repo.config.forecastWindow,
    alertDefaults: repo.config.alerts,
    columnOf: dimensionColumn,
  });

  const bound = new Map<string, { kpi: Kpi; sources: KpiSources }>();
  for (const kpi of repo.kpis) {
    const sources = bindKpi(repo, kpi, data.tables, problems);
    if (sources && !bound.has(kpi.id)) bound.set(kpi.id, { kpi, sources });
  }

  const kpis: KpiReport[] = [];
  for (const { kpi, sources } of bound.values()) {
    const computed = computeKpi(kpi, sources, context(options.asOf));
    problems.push(...computed.problems);
    kpis.push(computed.report);
  }

  const reviews: ReviewReport[] = repo.reviews
    .map((review) => {
      const period = parsePeriodKey(review.period, repo.calendar);
      const asOf = Math.min(period?.end ?? options.asOf, options.asOf);
      const snapshots: Record<string, KpiReport> = {};
      for (const id of review.kpis) {
        const entry = bound.get(id);
        if (entry) snapshots[id] = computeKpi(entry.kpi, entry.sources, context(asOf)).report;
      }
      return {
        slug: review.slug,
        period: review.period,
        asOf: formatIsoDate(asOf),
        title: review.title,
        author: review.author,
        summary: review.summary ?? null,
        kpis: review.kpis,
        file: review.file,
        snapshots,
      };
    })
    .sort((a, b) => b.asOf.localeCompare(a.asOf) || a.slug.localeCompare(b.slug));

  const byId = new Map(kpis.map((kpi) => [kpi.id, kpi]));
  for (const kpi of kpis) {
    for (const driven of kpi.drives) byId.get(driven)?.drivenBy.push(kpi.id);
    kpi.reviews = reviews
      .filter((review) => review.kpis.includes(kpi.id))
      .map((review) => review.slug);
  }

  const goals: GoalReport[] = repo.config.goals.map((goal) => {
    const members = kpis.filter((kpi) => kpi.goal === goal.id);
    return {
      id: goal.id,
      title: goal.title,
      description: goal.description ?? null,
      kpis: members.map((kpi) => kpi.id),
      status: worstStatus(members.map((kpi) => kpi.status)),
    };
  });

  const statusCounts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<
    Status,
    number
  >;
  for (const kpi of kpis) statusCounts[kpi.status]++;

  const report: Report = {
    generated: options.now.toISOString(),
    asOf: formatIsoDate(options.asOf),
    site: siteReport(repo, options),
    kpis,
    reviews,
    goals,
    statusCounts,
  };
  return { report, problems };
}
