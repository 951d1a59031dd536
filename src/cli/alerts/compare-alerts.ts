/**
 * What changed in alerts and statuses since an earlier report, per KPI, with
 * the action an issue tracker should take. A KPI "needs attention" while it
 * has an alert or is at risk, off track or missed: an issue opens when it
 * starts needing attention, is updated while it still does and something
 * changed, and closes once it no longer does.
 */
import type { Alert } from '../../engine/alerts/alert.ts';
import { statusRank } from '../../engine/progress/status.ts';
import type { Status } from '../../engine/progress/status.ts';
import type { KpiReport, Report } from '../../engine/report/types.ts';
import type { KpiSnapshot, ReportSnapshot } from './report-snapshot.ts';

export type IssueAction = 'open' | 'update' | 'close';

export interface KpiAlertChange {
  id: string;
  title: string;
  action: IssueAction;
  status: { before: Status | null; after: Status | null };
  /** The status got worse. */
  worse: boolean;
  /** The status got better, or every alert cleared. */
  recovered: boolean;
  newAlerts: Alert[];
  clearedAlerts: Alert[];
  /** The alerts firing now. */
  alerts: Alert[];
  /** The KPI as it is now; null when it was removed. */
  kpi: KpiReport | null;
}

const TROUBLED: ReadonlySet<Status> = new Set(['at-risk', 'off-track', 'missed']);

function needsAttention(kpi: { status: Status; alerts: readonly Alert[] } | null): boolean {
  return kpi !== null && (kpi.alerts.length > 0 || TROUBLED.has(kpi.status));
}

/**
 * Across runs an alert is the same while the same rule keeps firing at the
 * same severity, whatever the period: a threshold still crossed next month is
 * not a new alert, and the issue about it stays one issue.
 */
function ongoingKey(alert: Alert): string {
  return `${alert.rule}|${alert.severity}`;
}

function onlyIn(alerts: readonly Alert[], others: readonly Alert[]): Alert[] {
  const keys = new Set(others.map(ongoingKey));
  return alerts.filter((alert) => !keys.has(ongoingKey(alert)));
}

/** Compares ranks; statuses without a rank (no target, no data) are neither better nor worse. */
function compareStatus(before: Status | null, after: Status | null): number {
  const old = before === null ? null : statusRank(before);
  const current = after === null ? null : statusRank(after);
  return old === null || current === null ? 0 : current - old;
}

export function compareKpiAlerts(
  before: KpiSnapshot | null,
  after: KpiReport | null,
): KpiAlertChange | null {
  const kpi = after ?? before;
  if (!kpi) return null;
  const newAlerts = onlyIn(after?.alerts ?? [], before?.alerts ?? []);
  const clearedAlerts = onlyIn(before?.alerts ?? [], after?.alerts ?? []);
  const statusMove = compareStatus(before?.status ?? null, after?.status ?? null);
  const allCleared = (before?.alerts.length ?? 0) > 0 && (after?.alerts.length ?? 0) === 0;
  const worse = statusMove < 0;
  const recovered = statusMove > 0 || allCleared;

  const wasTroubled = needsAttention(before);
  const isTroubled = needsAttention(after);
  const changed = newAlerts.length > 0 || clearedAlerts.length > 0 || statusMove !== 0;
  let action: IssueAction | null = null;
  if (isTroubled && !wasTroubled) action = 'open';
  else if (isTroubled && changed) action = 'update';
  else if (wasTroubled && !isTroubled) action = 'close';
  if (action === null) return null;

  return {
    id: kpi.id,
    title: kpi.title,
    action,
    status: { before: before?.status ?? null, after: after?.status ?? null },
    worse,
    recovered,
    newAlerts,
    clearedAlerts,
    alerts: after?.alerts ?? [],
    kpi: after,
  };
}

/** Every KPI with an action, in the current report's order, then removed KPIs. */
export function compareAlerts(since: ReportSnapshot, now: Report): KpiAlertChange[] {
  const old = new Map(since.kpis.map((kpi) => [kpi.id, kpi]));
  const current = new Set(now.kpis.map((kpi) => kpi.id));
  return [
    ...now.kpis.map((kpi) => compareKpiAlerts(old.get(kpi.id) ?? null, kpi)),
    ...since.kpis.filter((kpi) => !current.has(kpi.id)).map((kpi) => compareKpiAlerts(kpi, null)),
  ].filter((change): change is KpiAlertChange => change !== null);
}
