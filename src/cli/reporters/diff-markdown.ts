/** `pacer diff` as Markdown, for a pull-request comment: a summary table, then details. */
import type { Alert } from '../../engine/alerts/alert.ts';
import { formatShare, formatValue, NO_VALUE } from '../../engine/format/format-value.ts';
import type { KpiReport, PeriodValue } from '../../engine/report/types.ts';
import type { DataFileDiff, RowChange } from '../diff/compare-data.ts';
import type { KpiDiff, PeriodChange } from '../diff/compare-reports.ts';
import type { ReportDiff } from '../diff/report-diff.ts';
import { formatPeriodValue, valueStyle } from './kpi-cells.ts';
import { escapeMarkdown, markdownTable } from './markdown-escape.ts';
import { plural } from '../../engine/format/plural.ts';
import { markdownStatus } from './status-symbols.ts';

export interface DiffFormatting {
  locale: string;
  /** The KPI's definition after the change (or before, for removed KPIs), for units. */
  kpiOf(id: string): KpiReport;
}

function statusChange(diff: KpiDiff): string {
  const { before, after } = diff.status;
  if (before === after) return before ? markdownStatus(before) : NO_VALUE;
  return `${before ? markdownStatus(before) : NO_VALUE} → ${after ? markdownStatus(after) : NO_VALUE}`;
}

function alertLine(prefix: string, alert: Alert): string {
  return `- ${prefix}: ${alert.severity} ${alert.rule} (${escapeMarkdown(alert.period)}): ${escapeMarkdown(alert.message)}`;
}

/**
 * Periods listed one by one in a comment; the rest are counted. A data fix can
 * move a KPI's whole history, and the JSON output has every period anyway.
 */
export const PERIODS_LISTED = 12;

/** `103 periods, 2007-01 to 2015-07`: the periods of a KPI on the one side it is on. */
function periodSpan(periods: readonly PeriodChange[]): string {
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return 'no periods';
  const range =
    first === last
      ? escapeMarkdown(first.period)
      : `${escapeMarkdown(first.period)} to ${escapeMarkdown(last.period)}`;
  return `${plural(periods.length, 'period')}, ${range}`;
}

function kpiSection(diff: KpiDiff, format: DiffFormatting): string {
  const kpi = format.kpiOf(diff.id);
  const value = (number: number | null) =>
    escapeMarkdown(formatValue(number, valueStyle(kpi, format.locale)));
  const lines = [`### ${escapeMarkdown(diff.title)} (${escapeMarkdown(diff.id)})`, ''];
  // A KPI on one side only changes every period it has: its span says more than the list.
  if (diff.change === 'added') lines.push(`- New KPI: ${periodSpan(diff.periods)}`);
  if (diff.change === 'removed') lines.push(`- Removed KPI: ${periodSpan(diff.periods)}`);
  if (diff.change === 'changed' && diff.periods.length > 0) {
    const periods = diff.periods
      .slice(0, PERIODS_LISTED)
      .map(
        (period) =>
          `${escapeMarkdown(period.period)}: ${value(period.before)} → ${value(period.after)}`,
      );
    const rest = diff.periods.length - periods.length;
    if (rest > 0) periods.push(`and ${plural(rest, 'more period')}`);
    lines.push(`- Periods changed: ${periods.join('; ')}`);
  }
  for (const alert of diff.newAlerts) lines.push(alertLine('New alert', alert));
  for (const alert of diff.clearedAlerts) lines.push(alertLine('Cleared alert', alert));
  return `${lines.join('\n')}\n`;
}

function kpiTable(diffs: readonly KpiDiff[], format: DiffFormatting): string {
  const rows = diffs.map((diff) => {
    const kpi = format.kpiOf(diff.id);
    const progress = (value: number | null) => formatShare(value, format.locale);
    return [
      `${escapeMarkdown(diff.title)} (${escapeMarkdown(diff.id)})`,
      escapeMarkdown(valueIn(diff.current.before, kpi, format.locale)),
      escapeMarkdown(valueIn(diff.current.after, kpi, format.locale)),
      diff.progress.before === diff.progress.after
        ? progress(diff.progress.after)
        : `${progress(diff.progress.before)} → ${progress(diff.progress.after)}`,
      statusChange(diff),
    ];
  });
  return markdownTable(['KPI', 'Value before', 'Value after', 'Progress', 'Status'], rows, [
    'left',
    'right',
    'right',
    'right',
    'left',
  ]);
}

/** `€190 in 2026-10`, `€40 (to date) in 2026-11`. */
function valueIn(point: PeriodValue | null, kpi: KpiReport, locale: string): string {
  return point ? `${formatPeriodValue(point, kpi, locale)} in ${point.period}` : NO_VALUE;
}

function rowLine(row: RowChange): string {
  const fields = escapeMarkdown(row.fields.join(', '));
  switch (row.change) {
    case 'added':
      return `| ${row.newLine} | added | | ${fields} |`;
    case 'removed':
      return `| ${row.oldLine} (before) | removed | | ${fields} |`;
    case 'changed': {
      const cells = row.cells
        .map(
          (cell) =>
            `${escapeMarkdown(cell.column)}: ${escapeMarkdown(cell.before)} → ${escapeMarkdown(cell.after)}`,
        )
        .join('; ');
      return `| ${row.newLine} | changed | ${cells} | ${fields} |`;
    }
  }
}

function dataSection(files: readonly DataFileDiff[]): string {
  const table = markdownTable(
    ['File', 'Rows added', 'Rows changed', 'Rows removed'],
    files.map((file) => [
      `${escapeMarkdown(file.file)}${file.change === 'modified' ? '' : ` (${file.change})`}`,
      String(file.added),
      String(file.changed),
      String(file.removed),
    ]),
    ['left', 'right', 'right', 'right'],
  );
  const details = files
    .filter((file) => file.rows.length > 0 || file.header.changed)
    .map((file) => {
      const header = file.header.changed
        ? `Header: ${escapeMarkdown((file.header.before ?? []).join(', ')) || NO_VALUE} → ${escapeMarkdown((file.header.after ?? []).join(', ')) || NO_VALUE}\n\n`
        : '';
      const rows = file.rows.map(rowLine).join('\n');
      const more =
        file.rowsLeftOut > 0 ? `\n\n…and ${plural(file.rowsLeftOut, 'more row change')}.` : '';
      return `<details><summary>${escapeMarkdown(file.file)}</summary>\n\n${header}| Line | Change | Cells | Row |\n| ---: | --- | --- | --- |\n${rows}${more}\n\n</details>\n`;
    });
  return `### Data files\n\n${table}${details.length > 0 ? `\n${details.join('\n')}` : ''}`;
}

export function renderDiffMarkdown(diff: ReportDiff, format: DiffFormatting): string {
  const parts = [
    `## Pacer: KPI changes against ${escapeMarkdown(diff.ref)}\n\n`,
    `Both sides as of ${diff.asOf}; ${escapeMarkdown(diff.ref)} is commit ${diff.commit.slice(0, 12)}.`,
    diff.base.errors > 0
      ? ` ${escapeMarkdown(diff.ref)} has ${plural(diff.base.errors, 'error')} of its own, so some of its numbers may be missing.`
      : '',
    '\n\n',
  ];
  if (diff.kpis.length === 0) {
    parts.push(`No KPI changes: the ${plural(diff.unchangedKpis, 'KPI')} read the same.\n`);
  } else {
    parts.push(kpiTable(diff.kpis, format));
    if (diff.unchangedKpis > 0)
      parts.push(`\n${plural(diff.unchangedKpis, 'other KPI')} unchanged.\n`);
    parts.push('\n', diff.kpis.map((kpi) => kpiSection(kpi, format)).join('\n'));
  }
  if (diff.dataFiles.length > 0) parts.push('\n', dataSection(diff.dataFiles));
  return parts.join('');
}
