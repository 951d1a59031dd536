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
import { formatPeriodKey } from '../format/format-period.ts';
import { formatDelta } from '../format/format-value.ts';
import type { DataSet } from '../load/read-data.ts';
import type { Repo } from '../load/load-repo.ts';
import { BUILT_IN_CATEGORIES } from '../schema/kpi.ts';
import type { Kpi } from '../schema/kpi.ts';
import { bindKpi, dimensionColumn } from './bind-kpi.ts';
import { computeKpi } from './compute-kpi.ts';
import type { KpiContext } from './compute-kpi.ts';
import { ownerReports, ownerSlugs } from './owners.ts';
import { reviewDue } from './review-due.ts';
import { smartCheck } from './smart-check.ts';
import type { SmartContext } from './smart-check.ts';
import { statusCounts, worstStatus } from './status-rollup.ts';
import type { GoalReport, KpiReport, Report, ReviewReport, SiteReport } from './types.ts';
import { kpiValueStyle } from './value-style.ts';

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

/** How the SMART check words values and periods, and finds the titles of goals and KPIs. */
function smartContext(repo: Repo, kpi: KpiReport): SmartContext {
  const { locale } = repo.config;
  const style = kpiValueStyle(kpi, locale);
  return {
    delta: (value) => formatDelta(value, style),
    period: (key) => formatPeriodKey(key, repo.calendar, locale),
    goalTitle: (id) => repo.config.goals.find((goal) => goal.id === id)?.title ?? null,
    kpiTitle: (id) => repo.kpis.find((other) => other.id === id)?.title ?? null,
  };
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

  const byId = new Map(kpis.map((kpi) => [kpi.id, kpi]));
  const slugs = ownerSlugs(kpis);
  for (const kpi of kpis) {
    for (const driven of kpi.drives) byId.get(driven)?.drivenBy.push(kpi.id);
    kpi.ownerSlug = slugs.get(kpi.owner)!;
  }

  /** A KPI as of a review's period, printed with the same decimals and linked like today's. */
  const snapshot = (id: string, asOf: DayNumber): KpiReport | null => {
    const entry = bound.get(id);
    const today = byId.get(id);
    if (!entry || !today) return null;
    const report = computeKpi(entry.kpi, entry.sources, context(asOf), today.decimals).report;
    report.drivenBy = [...today.drivenBy];
    report.ownerSlug = today.ownerSlug;
    report.smart = smartCheck(report, smartContext(repo, report));
    return report;
  };

  const reviews: ReviewReport[] = repo.reviews
    .map((review) => {
      const period = parsePeriodKey(review.period, repo.calendar);
      const asOf = Math.min(period?.end ?? options.asOf, options.asOf);
      const snapshots: Record<string, KpiReport> = {};
      for (const id of review.kpis) {
        const report = snapshot(id, asOf);
        if (report) snapshots[id] = report;
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

  for (const kpi of kpis) {
    kpi.reviews = reviews
      .filter((review) => review.kpis.includes(kpi.id))
      .map((review) => review.slug);
    kpi.reviewDue = reviewDue(kpi, reviews, options.asOf, repo.calendar);
    kpi.smart = smartCheck(kpi, smartContext(repo, kpi));
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

  const report: Report = {
    generated: options.now.toISOString(),
    asOf: formatIsoDate(options.asOf),
    site: siteReport(repo, options),
    kpis,
    reviews,
    goals,
    owners: ownerReports(kpis, slugs),
    statusCounts: statusCounts(kpis.map((kpi) => kpi.status)),
  };
  return { report, problems };
}
