/**
 * The report model: every number the site, feeds, JSON and CLI show, computed
 * once per build. Numbers are raw (never formatted or rounded); null means
 * "no value", never 0. Fields may be added, never renamed.
 */
import type { Alert } from '../alerts/alert.ts';
import type { Grain } from '../calendar/grain.ts';
import type { Status, StatusRule } from '../progress/status.ts';
import type { Aggregate } from '../schema/source.ts';
import type { Direction, KpiType, ReviewCadence, Unit } from '../schema/kpi.ts';

export interface ReportPoint {
  period: string;
  /** First day, ISO. */
  start: string;
  /** Last day, ISO, inclusive. */
  end: string;
  value: number | null;
  partial: boolean;
}

export interface PeriodValue {
  period: string;
  value: number | null;
  partial: boolean;
}

export interface ChangeReport {
  /** The period compared against (the deadline, for the target). */
  period: string | null;
  /** The value compared against: the earlier period's, the baseline, the target. */
  value: number | null;
  /** The judged value minus the reference. */
  abs: number | null;
  /** abs divided by the reference's absolute value; null from zero. */
  rel: number | null;
}

export interface ChangesReport {
  previous: ChangeReport;
  yearAgo: ChangeReport;
  baseline: ChangeReport;
  target: ChangeReport;
}

export interface ReviewDueReport {
  cadence: ReviewCadence;
  /** The last complete period of the cadence: a review about it (or later) is due. */
  due: string;
  /** Slug of the newest review covering the KPI. */
  latestReview: string | null;
  /** Whether the newest review ends before the due period starts, or there is none. */
  overdue: boolean;
}

export type SmartKey = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'time-bound';

export interface SmartCriterion {
  key: SmartKey;
  label: string;
  /** Null when the definition gives nothing to judge by. */
  met: boolean | null;
  /** Why, in one sentence. */
  reason: string;
}

export interface SourceSummary {
  file: string;
  date: string;
  value: string | null;
  aggregate: Aggregate;
  where: Record<string, string[]>;
  fill: 'zero' | null;
  /** The grain rows are recorded at, declared or told from the dates. */
  rows: Grain;
}

export interface ForecastReport {
  /** Where the least-squares trend lands at the deadline. */
  atDeadline: number | null;
  /** The change per period still needed to reach the target from the judged value. */
  requiredPerPeriod: number | null;
  /** The trend's change per period. */
  slope: number | null;
  /** Complete periods the trend was fitted to. */
  periodsUsed: number;
  /** Periods from the judged one to the deadline. */
  periodsLeft: number | null;
}

export interface BreakdownReport {
  dimension: string;
  groups: {
    value: string;
    series: ReportPoint[];
    latest: PeriodValue | null;
    /** The group's value in the KPI's current period, so breakdowns compare like with like. */
    current: PeriodValue | null;
  }[];
}

export interface CumulativeReport {
  /** Running total within each year: the calendar year, the week-year for weeks, the fiscal year for fiscal grains. */
  yearToDate: PeriodValue[];
  /** Running total from the end of the baseline period to the deadline. */
  targetWindow: PeriodValue[];
}

export interface KpiReport {
  id: string;
  title: string;
  description: string | null;
  category: string;
  types: KpiType[];
  owner: string;
  unit: Unit;
  currency: string;
  /** Fraction digits every value of the KPI prints with: declared, or inferred once from its series. */
  decimals: number;
  direction: Direction;
  band: [number, number] | null;
  grain: Grain;
  /** The definition file. */
  file: string;
  sources:
    | { kind: 'single'; source: SourceSummary }
    | { kind: 'ratio'; numerator: SourceSummary; denominator: SourceSummary };
  series: ReportPoint[];
  /** The newest value, possibly partial ("to date"). */
  latest: PeriodValue | null;
  /** The value status and comparisons use: the latest complete one unless the KPI includes partial periods. */
  current: PeriodValue | null;
  /** The current value against the previous period, a year earlier, the baseline and the target. */
  change: ChangesReport;
  baseline: { period: string; value: number | null; given: boolean; end: string } | null;
  target: { value: number; by: string; deadline: string } | null;
  milestones: { by: string; value: number; deadline: string }[];
  thresholds: { warning: number | null; critical: number | null } | null;
  /** (current − baseline) / (target − baseline), unclamped. */
  progress: number | null;
  /** Where the KPI should be at the end of the current period, on the line to the target. */
  pace: number | null;
  forecast: ForecastReport | null;
  status: Status;
  statusRule: StatusRule;
  /** The status in one plain sentence. */
  statusReason: string;
  /** The status as judged at the period before the current one. */
  previousStatus: Status | null;
  alerts: Alert[];
  breakdowns: BreakdownReport[];
  cumulative: CumulativeReport | null;
  /** The current period in a sentence: how the value moved, and why the status is what it is. */
  summary: string;
  goal: string | null;
  drives: string[];
  drivenBy: string[];
  review: ReviewCadence | null;
  /** Slugs of reviews covering this KPI, newest first. */
  reviews: string[];
  /** Whether a review is due; null without a cadence, and in review snapshots. */
  reviewDue: ReviewDueReport | null;
  /** Whether the definition is specific, measurable, achievable, relevant and time-bound. */
  smart: SmartCriterion[];
  /** The owner's slug in `Report.owners`. */
  ownerSlug: string;
}

export interface ReviewReport {
  slug: string;
  period: string;
  /** The review period's last day: its numbers are computed as of then. */
  asOf: string;
  title: string;
  author: string;
  summary: string | null;
  kpis: string[];
  file: string;
  /** Each covered KPI as of the review's period. */
  snapshots: Record<string, KpiReport>;
}

export interface GoalReport {
  id: string;
  title: string;
  description: string | null;
  kpis: string[];
  /** The worst status among its KPIs. */
  status: Status;
}

export interface OwnerReport {
  name: string;
  /** URL-safe and unique among owners. */
  slug: string;
  /** Ids of the owner's KPIs, worst status first. */
  kpis: string[];
  /** The worst status among the owner's KPIs. */
  status: Status;
  counts: Record<Status, number>;
}

export interface SiteReport {
  title: string;
  description: string | null;
  url: string | null;
  base: string;
  locale: string;
  timeZone: string;
  currency: string;
  fiscalYearStart: number;
  weekStart: string;
  categories: { id: string; title: string; description: string | null }[];
}

export interface Report {
  /** When the report was computed (ISO timestamp). */
  generated: string;
  /** The date every number is computed for. */
  asOf: string;
  site: SiteReport;
  kpis: KpiReport[];
  reviews: ReviewReport[];
  goals: GoalReport[];
  /** The people and teams owning KPIs, by name. */
  owners: OwnerReport[];
  /** How many KPIs have each status. */
  statusCounts: Record<Status, number>;
}
