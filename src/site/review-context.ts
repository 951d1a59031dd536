/**
 * Which numbers an embedded KPI component shows. Inside a review it is the
 * KPI as of the review's period (the review's snapshot), not today's KPI;
 * elsewhere (a KPI page's own body) it is today's.
 */
import type { KpiReport, Report, ReviewReport } from '../engine/report/types.ts';

export interface EmbedContext {
  kpi: KpiReport;
  review: ReviewReport | null;
}

export function embeddedKpi(
  report: Report,
  reviewSlug: string | undefined,
  id: string,
  component: string,
): EmbedContext {
  if (reviewSlug !== undefined) {
    const review = report.reviews.find((candidate) => candidate.slug === reviewSlug);
    if (!review) throw new Error(`<${component}>: no review "${reviewSlug}" in the report.`);
    const kpi = review.snapshots[id];
    if (!kpi)
      throw new Error(
        `${review.file}: <${component} id="${id}" /> names a KPI the review does not list; add "${id}" to its \`kpis\`.`,
      );
    return { kpi, review };
  }
  const kpi = report.kpis.find((candidate) => candidate.id === id);
  if (!kpi) throw new Error(`<${component} id="${id}" />: there is no KPI "${id}".`);
  return { kpi, review: null };
}
