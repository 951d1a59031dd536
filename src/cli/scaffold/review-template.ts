/**
 * A review prefilled for its period: frontmatter naming the period and the
 * KPIs, and per KPI the components that show its numbers as of the period's
 * end, with those numbers written out as a starting point for the prose.
 */
import {
  formatDelta,
  formatPercentChange,
  formatShare,
  formatValue,
} from '../../engine/format/format-value.ts';
import type { Status } from '../../engine/progress/status.ts';
import type { KpiReport, PeriodValue } from '../../engine/report/types.ts';
import { valueStyle } from '../reporters/kpi-cells.ts';
import { escapeMdx } from './mdx-escape.ts';
import { yamlList, yamlString } from './yaml-text.ts';

export interface ReviewTemplateInput {
  period: string;
  /** How readers name the period: `November 2026`. */
  periodLabel: string;
  /** The day the numbers are computed as of: the period's end, or today for a period not over. */
  asOf: string;
  author: string;
  kpis: readonly KpiReport[];
  locale: string;
  /** How readers name any period key: `2026-11` → `November 2026`. */
  labelPeriod: (key: string) => string;
}

/** `at risk`, `off track`: a status as a sentence says it. */
export function statusWords(status: Status): string {
  return status.replaceAll('-', ' ');
}

/**
 * The numbers the components show, in words: the value `<KpiValue>` shows
 * (the latest, "to date" while its period is not over), and the period that
 * status and change are judged on when that is an earlier, complete one.
 */
export function kpiSentence(kpi: KpiReport, input: ReviewTemplateInput): string {
  const style = valueStyle(kpi, input.locale);
  const valueIn = (point: PeriodValue) =>
    `${formatValue(point.value, style)} in ${input.labelPeriod(point.period)}`;
  const { latest, current } = kpi;

  const parts = [latest ? `${valueIn(latest)}${latest.partial ? ' to date' : ''}` : 'no value yet'];
  if (current && current.period !== latest?.period)
    parts.push(`status and change are judged on the latest complete period: ${valueIn(current)}`);
  const { abs, rel, period } = kpi.change.previous;
  if (abs !== null && period !== null) {
    const relative = rel === null ? '' : ` (${formatPercentChange(rel, input.locale)})`;
    parts.push(`change against ${input.labelPeriod(period)} ${formatDelta(abs, style)}${relative}`);
  }
  if (kpi.progress !== null) parts.push(`progress ${formatShare(kpi.progress, input.locale)}`);
  parts.push(`status ${statusWords(kpi.status)}`);
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

// The components go on lines of their own: Prettier breaks a line of both past 80 columns.
function kpiSection(kpi: KpiReport, input: ReviewTemplateInput): string {
  const id = JSON.stringify(kpi.id);
  return `## ${escapeMdx(kpi.title)}

<KpiStatus id=${id} />
<KpiValue id=${id} />

${escapeMdx(kpiSentence(kpi, input))}

What happened, and why:
`;
}

export function reviewTemplate(input: ReviewTemplateInput): string {
  const ids = input.kpis.map((kpi) => kpi.id);
  const frontmatter = [
    '---',
    `title: ${yamlString(`${input.periodLabel} review`)}`,
    `period: ${input.period}`,
    `author: ${yamlString(input.author)}`,
    yamlList('kpis', ids),
    '# summary: One sentence for the review index and the feed.',
    '---',
  ].join('\n');
  const note = `{/* The numbers under each heading were computed as of ${input.asOf} when this file was written; the components show them for this period on every build. */}`;
  const sections = input.kpis.map((kpi) => kpiSection(kpi, input)).join('\n');
  return `${frontmatter}\n\n${note}\n\n${sections}`;
}
