/**
 * Which numbers an embedded KPI component shows. Inside a review it is the
 * KPI as of the review's period (the review's snapshot), not today's KPI;
 * elsewhere (a KPI page's own body) it is today's.
 */
import { didYouMean } from '../engine/errors/nearest-name.ts';
import type { KpiReport, Report, ReviewReport } from '../engine/report/types.ts';

export interface EmbedContext {
  kpi: KpiReport;
  review: ReviewReport | null;
}

/** `<KpiValue id="revenu" />: there is no KPI "revenu". Did you mean "revenue"?` */
function noSuchKpi(report: Pick<Report, 'kpis'>, id: string, component: string): string {
  const nearest = didYouMean(
    id,
    report.kpis.map((kpi) => kpi.id),
  );
  return `<${component} id="${id}" />: there is no KPI "${id}".${nearest ? ` ${nearest}` : ''}`;
}

export function embeddedKpi(
  report: Pick<Report, 'kpis' | 'reviews'>,
  reviewSlug: string | undefined,
  id: string,
  component: string,
): EmbedContext {
  const known = report.kpis.some((candidate) => candidate.id === id);
  if (reviewSlug !== undefined) {
    const review = report.reviews.find((candidate) => candidate.slug === reviewSlug);
    if (!review) throw new Error(`<${component}>: no review "${reviewSlug}" in the report.`);
    const kpi = review.snapshots[id];
    if (kpi) return { kpi, review };
    if (!known) throw new Error(`${review.file}: ${noSuchKpi(report, id, component)}`);
    throw new Error(
      `${review.file}: <${component} id="${id}" /> shows a KPI the review does not cover; add "${id}" to the review's \`kpis:\`.`,
    );
  }
  const kpi = report.kpis.find((candidate) => candidate.id === id);
  if (!kpi) throw new Error(noSuchKpi(report, id, component));
  return { kpi, review: null };
}
