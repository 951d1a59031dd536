/** `pacer alerts` as Markdown: a table of actions, then each issue's text. */
import type { KpiAlertChange } from '../alerts/compare-alerts.ts';
import type { IssueText } from '../alerts/issue-text.ts';
import type { ReportSnapshot } from '../alerts/report-snapshot.ts';
import { NO_VALUE } from '../../engine/format/format-value.ts';
import type { Report } from '../../engine/report/types.ts';
import { escapeMarkdown, markdownTable } from './markdown-escape.ts';
import { markdownStatus } from './status-symbols.ts';

export function renderAlertsMarkdown(
  since: ReportSnapshot,
  now: Report,
  changes: readonly (KpiAlertChange & { issue: IssueText })[],
): string {
  const heading = `## Pacer alerts: ${now.asOf} against ${escapeMarkdown(since.asOf)}\n\n`;
  if (changes.length === 0) return `${heading}No new alerts, worse statuses or recoveries.\n`;

  const status = (value: KpiAlertChange['status']['before']) =>
    value === null ? NO_VALUE : markdownStatus(value);
  const rows = changes.map((change) => [
    change.action,
    `${escapeMarkdown(change.title)} (${escapeMarkdown(change.id)})`,
    change.status.before === change.status.after
      ? status(change.status.after)
      : `${status(change.status.before)} → ${status(change.status.after)}`,
    String(change.newAlerts.length),
    String(change.clearedAlerts.length),
  ]);
  const table = markdownTable(['Action', 'KPI', 'Status', 'New alerts', 'Cleared alerts'], rows, [
    'left',
    'left',
    'left',
    'right',
    'right',
  ]);
  const sections = changes.map(
    (change) =>
      `### ${change.action}: ${escapeMarkdown(change.issue.title)}\n\n${change.issue.body}`,
  );
  return `${heading}${table}\n${sections.join('\n')}`;
}
