/**
 * The title and body of the GitHub issue (or webhook message) for one KPI's
 * alert change. The title stays the same while the issue lives, so a workflow
 * can find the open issue by it (or by the `key` marker in the body).
 */
import type { Alert } from '../../engine/alerts/alert.ts';
import type { Report } from '../../engine/report/types.ts';
import { kpiCells } from '../reporters/kpi-cells.ts';
import { escapeMarkdown } from '../reporters/markdown-escape.ts';
import type { KpiAlertChange } from './compare-alerts.ts';

export interface IssueText {
  /** Stable per KPI; also written as a comment in the body. */
  key: string;
  title: string;
  body: string;
}

/** The KPI's page on the published site, when the site config names its URL. */
function pageUrl(report: Report, id: string): string | null {
  if (!report.site.url) return null;
  const base = report.site.base.replace(/^\/+|\/+$/g, '');
  const path = `/${[base, 'kpis', id].filter(Boolean).join('/')}/`;
  try {
    return new URL(path, report.site.url).href;
  } catch {
    return null;
  }
}

function alertItem(alert: Alert): string {
  return `- ${alert.severity} ${alert.rule} (${escapeMarkdown(alert.period)}): ${escapeMarkdown(alert.message)}`;
}

function summaryLine(change: KpiAlertChange, report: Report): string {
  const title = `**${escapeMarkdown(change.title)}**`;
  const { before, after } = change.status;
  if (after === null) return `${title} was removed from the KPIs.`;
  const was = before !== null && before !== after ? ` (was ${before})` : '';
  if (change.action === 'close')
    return `${title} has recovered as of ${report.asOf}: ${after}, no alerts.`;
  return `${title} is ${after} as of ${report.asOf}${was}.`;
}

export function issueText(change: KpiAlertChange, report: Report): IssueText {
  const key = `pacer-kpi:${change.id}`;
  const lines = [`<!-- ${key} -->`, summaryLine(change, report), ''];
  if (change.kpi) {
    const cells = kpiCells(change.kpi, report.site.locale);
    lines.push(
      `Current value: ${escapeMarkdown(cells.value)} (${escapeMarkdown(cells.period)}), change ${escapeMarkdown(cells.change)}, progress ${escapeMarkdown(cells.progress)}.`,
      '',
    );
  }
  if (change.alerts.length > 0) lines.push('Alerts now:', ...change.alerts.map(alertItem), '');
  // An issue that opens lists its alerts once, under "Alerts now".
  if (change.newAlerts.length > 0 && change.action !== 'open')
    lines.push('New since the last report:', ...change.newAlerts.map(alertItem), '');
  if (change.clearedAlerts.length > 0)
    lines.push('Cleared since the last report:', ...change.clearedAlerts.map(alertItem), '');
  // A removed KPI has no page any more.
  const url = change.kpi ? pageUrl(report, change.id) : null;
  if (url) lines.push(`KPI page: ${url}`, '');
  return {
    key,
    title: `KPI alert: ${change.title.replace(/\s+/g, ' ').trim()} (${change.id})`,
    body: `${lines.join('\n').trimEnd()}\n`,
  };
}
