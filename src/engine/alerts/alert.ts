/** An alert: a rule that fired on the latest complete period. */

export const ALERT_RULES = ['threshold', 'status', 'drop', 'streak', 'anomaly', 'stale'] as const;
export type AlertRule = (typeof ALERT_RULES)[number];
export type AlertSeverity = 'warning' | 'critical';

export interface Alert {
  rule: AlertRule;
  severity: AlertSeverity;
  /** The period it fired on. */
  period: string;
  /** One plain sentence, with values formatted in the site locale. */
  message: string;
}

/** Alert rules as configured: the site's defaults overlaid with the KPI's own. */
export interface AlertRules {
  drop?: number | undefined;
  streak?: number | undefined;
  anomaly?: boolean | undefined;
  stale?: number | undefined;
}
