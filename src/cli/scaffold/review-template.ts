/**
 * A review prefilled for its period: frontmatter naming the period and the
 * KPIs, and per KPI the components that show its numbers as of the period's
 * end, with those numbers written out as a starting point for the prose.
 */
import type { KpiReport } from '../../engine/report/types.ts';
import { kpiCells } from '../reporters/kpi-cells.ts';
import { escapeMdx } from './mdx-escape.ts';

export interface ReviewTemplateInput {
  period: string;
  /** How readers name the period: `November 2026`. */
  periodLabel: string;
  /** The day the numbers are computed as of: the period's end, or today for a period not over. */
  asOf: string;
  author: string;
  kpis: readonly KpiReport[];
  locale: string;
}

function kpiSection(kpi: KpiReport, locale: string): string {
  const cells = kpiCells(kpi, locale);
  const id = JSON.stringify(kpi.id);
  return `## ${escapeMdx(kpi.title)}

<KpiStatus id=${id} /> <KpiValue id=${id} />

${escapeMdx(`${cells.value} in ${cells.period}; change against the previous period ${cells.change}; progress ${cells.progress}; status ${kpi.status}.`)}

What happened, and why:
`;
}

export function reviewTemplate(input: ReviewTemplateInput): string {
  const ids = input.kpis.map((kpi) => kpi.id).join(', ');
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(`${input.periodLabel} review`)}`,
    `period: ${input.period}`,
    `author: ${JSON.stringify(input.author)}`,
    `kpis: [${ids}]`,
    '# summary: One sentence for the review index and the feed.',
    '---',
  ].join('\n');
  const note = `{/* The numbers under each heading were computed as of ${input.asOf} when this file was written; the components show them for this period on every build. */}`;
  const sections = input.kpis.map((kpi) => kpiSection(kpi, input.locale)).join('\n');
  return `${frontmatter}\n\n${note}\n\n${sections}`;
}
