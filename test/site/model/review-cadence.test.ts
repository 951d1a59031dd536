import { describe, expect, it } from 'vitest';
import { ISO_CALENDAR } from '../../../src/engine/calendar/grain.ts';
import type { ReviewReport } from '../../../src/engine/report/types.ts';
import { reviewCadence } from '../../../src/site/model/review-cadence.ts';

function review(slug: string, period: string, asOf: string, kpis = ['revenue']): ReviewReport {
  return {
    slug,
    period,
    asOf,
    title: slug,
    author: 'A',
    summary: null,
    kpis,
    file: '',
    snapshots: {},
  };
}

const june = review('june', '2026-06', '2026-06-30');
const october = review('october', '2026-10', '2026-10-31');

describe('reviewCadence', () => {
  it('is up to date when a review covers the last complete month', () => {
    // As of 15 November the last complete month is October, and October has a review.
    const check = reviewCadence(
      { id: 'revenue', review: 'monthly' },
      [june, october],
      '2026-11-15',
      ISO_CALENDAR,
    );
    expect(check).toEqual({
      cadence: 'monthly',
      due: '2026-10',
      latest: { slug: 'october', title: 'october', period: '2026-10', asOf: '2026-10-31' },
      overdue: false,
    });
  });

  it('is overdue when the newest review ends before the last complete period', () => {
    // Quarterly: as of 15 November the last complete quarter is Q3 (from 1 July); June ends before it.
    const check = reviewCadence(
      { id: 'revenue', review: 'quarterly' },
      [june],
      '2026-11-15',
      ISO_CALENDAR,
    );
    expect(check?.due).toBe('2026-Q3');
    expect(check?.overdue).toBe(true);
  });

  it('is overdue when the KPI was never reviewed, and ignores reviews of other KPIs', () => {
    const other = review('other', '2026-10', '2026-10-31', ['churn']);
    const check = reviewCadence(
      { id: 'revenue', review: 'weekly' },
      [other],
      '2026-11-15',
      ISO_CALENDAR,
    );
    // 15 November 2026 is in week 46, so week 45 is due.
    expect(check).toMatchObject({ due: '2026-W45', latest: null, overdue: true });
  });

  it('has nothing to check without a cadence', () => {
    expect(
      reviewCadence({ id: 'revenue', review: null }, [june], '2026-11-15', ISO_CALENDAR),
    ).toBeNull();
  });
});
