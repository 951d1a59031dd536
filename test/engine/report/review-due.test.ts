import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../src/engine/calendar/civil-date.ts';
import { ISO_CALENDAR } from '../../../src/engine/calendar/grain.ts';
import { reviewDue } from '../../../src/engine/report/review-due.ts';

function review(slug: string, asOf: string, kpis = ['revenue']) {
  return { slug, asOf, kpis };
}

const june = review('june', '2026-06-30');
const october = review('october', '2026-10-31');
const november15 = parseIsoDate('2026-11-15')!;

describe('reviewDue', () => {
  it('is up to date when a review covers the last complete month', () => {
    // As of 15 November the last complete month is October, and October has a review.
    const due = reviewDue(
      { id: 'revenue', review: 'monthly' },
      [june, october],
      november15,
      ISO_CALENDAR,
    );
    expect(due).toEqual({
      cadence: 'monthly',
      due: '2026-10',
      latestReview: 'october',
      overdue: false,
    });
  });

  it('is overdue when the newest review ends before the last complete period', () => {
    // Quarterly: as of 15 November the last complete quarter is Q3 (from 1 July); June ends before it.
    const due = reviewDue({ id: 'revenue', review: 'quarterly' }, [june], november15, ISO_CALENDAR);
    expect(due).toEqual({
      cadence: 'quarterly',
      due: '2026-Q3',
      latestReview: 'june',
      overdue: true,
    });
  });

  it('is overdue when the KPI was never reviewed, and ignores reviews of other KPIs', () => {
    const other = review('other', '2026-10-31', ['churn']);
    const due = reviewDue({ id: 'revenue', review: 'weekly' }, [other], november15, ISO_CALENDAR);
    // 15 November 2026 is in week 46, so week 45 is due.
    expect(due).toEqual({ cadence: 'weekly', due: '2026-W45', latestReview: null, overdue: true });
  });

  it('takes the newest covering review, in whatever order the reviews come', () => {
    const due = reviewDue(
      { id: 'revenue', review: 'monthly' },
      [october, june],
      november15,
      ISO_CALENDAR,
    );
    expect(due?.latestReview).toBe('october');
  });

  it('has nothing to check without a cadence', () => {
    expect(reviewDue({ id: 'revenue', review: null }, [june], november15, ISO_CALENDAR)).toBeNull();
  });
});
