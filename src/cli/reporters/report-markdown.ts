/** The report as Markdown, for a CI job summary. */
import type { Report } from '../../engine/report/types.ts';
import { kpiCells } from './kpi-cells.ts';
import { escapeMarkdown, markdownTable } from './markdown-escape.ts';
import { markdownStatus } from './status-symbols.ts';

export function renderReportMarkdown(report: Report): string {
  const locale = report.site.locale;
  const rows = report.kpis.map((kpi) => {
    const cells = kpiCells(kpi, locale);
    return [
      markdownStatus(kpi.status),
      `${escapeMarkdown(kpi.title)} (${escapeMarkdown(kpi.id)})`,
      escapeMarkdown(cells.value),
      escapeMarkdown(cells.period),
      escapeMarkdown(cells.change),
      escapeMarkdown(cells.progress),
    ];
  });
  const alerts = report.kpis.flatMap((kpi) =>
    kpi.alerts.map(
      (alert) =>
        `- ${alert.severity === 'critical' ? '🔴 critical' : '🟡 warning'} **${escapeMarkdown(kpi.title)}** (${alert.rule}, ${escapeMarkdown(alert.period)}): ${escapeMarkdown(alert.message)}`,
    ),
  );

  return [
    // The date leads and the title follows a dash: a title can hold a colon of its own.
    `## KPIs as of ${report.asOf} — ${escapeMarkdown(report.site.title)}\n\n`,
    markdownTable(['Status', 'KPI', 'Value', 'Period', 'Change', 'Progress'], rows, [
      'left',
      'left',
      'right',
      'left',
      'right',
      'right',
    ]),
    alerts.length > 0 ? `\n### Alerts\n\n${alerts.join('\n')}\n` : '',
  ].join('');
}
