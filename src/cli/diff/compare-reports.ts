/**
 * How each KPI's numbers differ between two reports computed for the same
 * "as of" date: latest value, status, alerts and the periods whose values
 * changed. KPIs whose numbers, status and alerts are all the same are left out.
 */
import type { Alert } from '../../engine/alerts/alert.ts';
import type { Status } from '../../engine/progress/status.ts';
import type { KpiReport, PeriodValue, Report } from '../../engine/report/types.ts';

export interface PeriodChange {
  period: string;
  before: number | null;
  after: number | null;
}

export interface KpiDiff {
  id: string;
  title: string;
  change: 'added' | 'removed' | 'changed';
  /** The newest value, possibly of a period not over yet. */
  latest: { before: PeriodValue | null; after: PeriodValue | null };
  /** The value status is judged on: the latest complete period's, unless the KPI includes partial ones. */
  current: { before: PeriodValue | null; after: PeriodValue | null };
  status: { before: Status | null; after: Status | null };
  progress: { before: number | null; after: number | null };
  newAlerts: Alert[];
  clearedAlerts: Alert[];
  /** Periods whose value differs, including periods that appear on one side only. */
  periods: PeriodChange[];
}

/** At one "as of" date, alerts are the same when the same rule fired on the same period at the same severity. */
export function alertKey(alert: Alert): string {
  return `${alert.rule}|${alert.period}|${alert.severity}`;
}

function alertsOnlyIn(alerts: readonly Alert[], others: readonly Alert[]): Alert[] {
  const keys = new Set(others.map(alertKey));
  return alerts.filter((alert) => !keys.has(alertKey(alert)));
}

function periodChanges(before: KpiReport | null, after: KpiReport | null): PeriodChange[] {
  const values = new Map<string, PeriodChange>();
  for (const point of before?.series ?? [])
    values.set(point.period, { period: point.period, before: point.value, after: null });
  for (const point of after?.series ?? []) {
    const entry = values.get(point.period) ?? { period: point.period, before: null, after: null };
    entry.after = point.value;
    values.set(point.period, entry);
  }
  return [...values.values()]
    .filter((entry) => entry.before !== entry.after)
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

export function compareKpi(before: KpiReport | null, after: KpiReport | null): KpiDiff | null {
  const kpi = after ?? before;
  if (!kpi) return null;
  const diff: KpiDiff = {
    id: kpi.id,
    title: kpi.title,
    change: before === null ? 'added' : after === null ? 'removed' : 'changed',
    latest: { before: before?.latest ?? null, after: after?.latest ?? null },
    current: { before: before?.current ?? null, after: after?.current ?? null },
    status: { before: before?.status ?? null, after: after?.status ?? null },
    progress: { before: before?.progress ?? null, after: after?.progress ?? null },
    newAlerts: alertsOnlyIn(after?.alerts ?? [], before?.alerts ?? []),
    clearedAlerts: alertsOnlyIn(before?.alerts ?? [], after?.alerts ?? []),
    periods: periodChanges(before, after),
  };
  const moved =
    diff.change !== 'changed' ||
    diff.periods.length > 0 ||
    diff.status.before !== diff.status.after ||
    diff.progress.before !== diff.progress.after ||
    diff.newAlerts.length > 0 ||
    diff.clearedAlerts.length > 0;
  return moved ? diff : null;
}

/** Every KPI that moved, in the new report's order, then KPIs that were removed. */
export function compareReports(before: Report | null, after: Report): KpiDiff[] {
  const old = new Map((before?.kpis ?? []).map((kpi) => [kpi.id, kpi]));
  const current = new Set(after.kpis.map((kpi) => kpi.id));
  const diffs = after.kpis.map((kpi) => compareKpi(old.get(kpi.id) ?? null, kpi));
  const removed = (before?.kpis ?? [])
    .filter((kpi) => !current.has(kpi.id))
    .map((kpi) => compareKpi(kpi, null));
  return [...diffs, ...removed].filter((diff): diff is KpiDiff => diff !== null);
}
