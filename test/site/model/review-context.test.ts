import { describe, expect, it } from 'vitest';
import type { ReviewReport } from '../../../src/engine/report/types.ts';
import { embeddedKpi } from '../../../src/site/review-context.ts';
import { makeKpi } from '../../engine/support/make-kpi.ts';

const revenue = makeKpi({ id: 'revenue', title: 'Revenue' });
const churn = makeKpi({ id: 'churn', title: 'Churn' });
const review: ReviewReport = {
  slug: '2026-10-october',
  period: '2026-10',
  asOf: '2026-10-31',
  title: 'October review',
  author: 'Ana Lyst',
  summary: null,
  kpis: ['revenue'],
  file: 'kpis/reviews/2026-10-october.mdx',
  snapshots: { revenue: { ...revenue, title: 'Revenue in October' } },
};
const report = { kpis: [revenue, churn], reviews: [review] };

describe('embeddedKpi', () => {
  it('shows the review’s snapshot inside a review, and today’s KPI elsewhere', () => {
    expect(embeddedKpi(report, review.slug, 'revenue', 'KpiValue').kpi.title).toBe(
      'Revenue in October',
    );
    expect(embeddedKpi(report, undefined, 'revenue', 'KpiValue')).toEqual({
      kpi: revenue,
      review: null,
    });
  });

  it('says an id is not a KPI at all, with the nearest id, rather than asking to list it', () => {
    expect(() => embeddedKpi(report, review.slug, 'revenu', 'KpiValue')).toThrow(
      'kpis/reviews/2026-10-october.mdx: <KpiValue id="revenu" />: there is no KPI "revenu". Did you mean "revenue"?',
    );
    expect(() => embeddedKpi(report, review.slug, 'zzz', 'KpiChart')).toThrow(
      /<KpiChart id="zzz" \/>: there is no KPI "zzz"\.$/,
    );
    expect(() => embeddedKpi(report, undefined, 'chrun', 'KpiStatus')).toThrow(
      '<KpiStatus id="chrun" />: there is no KPI "chrun". Did you mean "churn"?',
    );
  });

  it('asks to add a KPI the review does not cover to its `kpis:`', () => {
    expect(() => embeddedKpi(report, review.slug, 'churn', 'KpiTable')).toThrow(
      'kpis/reviews/2026-10-october.mdx: <KpiTable id="churn" /> shows a KPI the review does not cover; add "churn" to the review\'s `kpis:`.',
    );
  });
});
