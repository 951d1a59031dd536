/**
 * The alerts the site lists and the alerts feed carries: every alert that
 * fired on a KPI's latest complete period, plus a status change for each KPI
 * whose status is worse than at the period before (unless an alert already
 * says so).
 */
import type { AlertRule, AlertSeverity } from '../../engine/alerts/alert.ts';
import type { KpiReport } from '../../engine/report/types.ts';
import { statusInText } from '../../engine/progress/status-labels.ts';
import { statusRank } from '../../engine/progress/status.ts';

export interface FeedAlert {
  kpi: KpiReport;
  rule: AlertRule;
  severity: AlertSeverity;
  period: string;
  /** The period's last day (ISO), or the "as of" date when the period is unknown. */
  date: string;
  message: string;
}

const SEVERITY_ORDER: Record<AlertSeverity, number> = { critical: 0, warning: 1 };

function worsened(kpi: KpiReport): boolean {
  if (kpi.previousStatus === null) return false;
  const now = statusRank(kpi.status);
  const before = statusRank(kpi.previousStatus);
  return now !== null && before !== null && now < before;
}

function periodEnd(kpi: KpiReport, period: string, asOf: string): string {
  return kpi.series.find((point) => point.period === period)?.end ?? asOf;
}

export function feedAlerts(kpis: readonly KpiReport[], asOf: string): FeedAlert[] {
  const items: FeedAlert[] = [];
  for (const kpi of kpis) {
    for (const alert of kpi.alerts) {
      items.push({ kpi, ...alert, date: periodEnd(kpi, alert.period, asOf) });
    }
    const reported = kpi.alerts.some((alert) => alert.rule === 'status');
    if (worsened(kpi) && !reported && kpi.current !== null) {
      items.push({
        kpi,
        rule: 'status',
        severity: kpi.status === 'at-risk' ? 'warning' : 'critical',
        period: kpi.current.period,
        date: periodEnd(kpi, kpi.current.period, asOf),
        message: `Status went from ${statusInText(kpi.previousStatus!)} to ${statusInText(kpi.status)}.`,
      });
    }
  }
  return items.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      b.date.localeCompare(a.date) ||
      a.kpi.title.localeCompare(b.kpi.title, 'en'),
  );
}

/** A stable fragment id for an alert on its KPI's page (also the feed item's guid). */
export function alertAnchor(alert: Pick<FeedAlert, 'rule' | 'period'>): string {
  return `alert-${alert.rule}-${alert.period}`;
}
