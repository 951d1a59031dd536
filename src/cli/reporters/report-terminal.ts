/** The report as a status table for the terminal, with the alerts below it. */
import { STATUSES } from '../../engine/progress/status.ts';
import type { Report } from '../../engine/report/types.ts';
import type { Colors } from '../colors.ts';
import { kpiCells } from './kpi-cells.ts';
import { plural } from '../../engine/format/plural.ts';
import { terminalStatus } from './status-symbols.ts';
import { terminalSafe } from './terminal-safe.ts';
import { textTable, truncate } from './text-table.ts';

const TITLE_WIDTH = 36;

export function renderReportTerminal(report: Report, colors: Colors): string {
  const locale = report.site.locale;
  const rows = report.kpis.map((kpi) => {
    const cells = kpiCells(kpi, locale);
    return [
      terminalStatus(kpi.status, colors),
      kpi.id,
      truncate(terminalSafe(kpi.title), TITLE_WIDTH),
      cells.value,
      cells.period,
      cells.change,
      cells.progress,
    ];
  });
  const table = textTable(
    ['STATUS', 'KPI', 'TITLE', 'VALUE', 'PERIOD', 'CHANGE', 'PROGRESS'],
    rows,
    ['left', 'left', 'left', 'right', 'left', 'right', 'right'],
  );

  const alerts = report.kpis.flatMap((kpi) =>
    kpi.alerts.map((alert) => [
      kpi.id,
      alert.severity === 'critical' ? colors.red('critical') : colors.yellow('warning'),
      alert.rule,
      terminalSafe(alert.message),
    ]),
  );

  const counts = STATUSES.filter((status) => report.statusCounts[status] > 0)
    .map((status) => `${report.statusCounts[status]} ${status}`)
    .join(', ');

  return [
    `${colors.bold(terminalSafe(report.site.title))} ${colors.dim(`as of ${report.asOf}`)}\n\n`,
    table,
    alerts.length > 0 ? `\n${textTable(['ALERT', 'SEVERITY', 'RULE', 'MESSAGE'], alerts)}` : '',
    `\n${plural(report.kpis.length, 'KPI')}${counts ? `: ${counts}` : ''}\n`,
  ].join('');
}
