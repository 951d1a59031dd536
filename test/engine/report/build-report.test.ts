/**
 * The whole report of the site-full fixture as of 2026-11-15, for what only
 * the whole repository decides: owners, review due dates, the SMART check
 * (which needs goals and the KPIs driving each other) and review snapshots.
 * Revenue: 150, 120, 200, gap, 200, 160, 140, 170, 180, 190, then 40 to date;
 * judged on October (190), baseline January (150), target 250 by December.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../../src/engine/report/load-report.ts';
import type { Report } from '../../../src/engine/report/types.ts';
import { kpi as kpiFile, tempRepo } from '../load/support/temp-repo.ts';
import { fixturePath, kpiOf } from '../support/fixture.ts';

let report: Report;
beforeAll(async () => {
  const loaded = await loadReport(fixturePath('site-full'), { env: {} });
  // The one problem: on purpose, no order is "cancelled".
  expect(loaded.problems.map((problem) => problem.code)).toEqual(['unmatched-filter']);
  report = loaded.report!;
});

describe('the report of a whole repository', () => {
  it('compares the judged value with the baseline and the target, giving each reference', () => {
    // 190 − 180 = +10; no October 2025; 190 − 150 = +40, 40 / 150; 190 − 250 = −60, −60 / 250.
    expect(kpiOf(report, 'revenue').change).toEqual({
      previous: { period: '2026-09', value: 180, abs: 10, rel: 10 / 180 },
      yearAgo: { period: '2025-10', value: null, abs: null, rel: null },
      baseline: { period: '2026-01', value: 150, abs: 40, rel: 40 / 150 },
      target: { period: '2026-12', value: 250, abs: -60, rel: -0.24 },
    });
  });

  it('infers each KPI’s decimals once from its series, unless it declares them', () => {
    // Revenue is currency below €1,000: cents. Churn is a percent: 1. Sign-ups and NPS are whole numbers.
    expect(Object.fromEntries(report.kpis.map((kpi) => [kpi.id, kpi.decimals]))).toEqual({
      cancellations: 0,
      churn: 1,
      nps: 0,
      revenue: 2,
      signups: 0,
    });
    // The sentences use them too: 190 prints as €190.00.
    expect(kpiOf(report, 'revenue').summary).toMatch(/to €190\.00 in October 2026/);
  });

  it('rolls owners up with unique slugs, KPIs worst status first', () => {
    expect(report.owners).toEqual([
      {
        name: 'Customer success',
        slug: 'customer-success',
        kpis: ['churn', 'nps'],
        status: 'missed',
        counts: {
          missed: 1,
          'off-track': 0,
          'at-risk': 0,
          'on-track': 0,
          achieved: 0,
          'no-target': 1,
          'no-data': 0,
        },
      },
      {
        name: 'Growth',
        slug: 'growth',
        kpis: ['signups'],
        status: 'on-track',
        counts: {
          missed: 0,
          'off-track': 0,
          'at-risk': 0,
          'on-track': 1,
          achieved: 0,
          'no-target': 0,
          'no-data': 0,
        },
      },
      {
        name: 'Sales team',
        slug: 'sales-team',
        // Cancellations has no matching row: no data, which sorts after off-track.
        kpis: ['revenue', 'cancellations'],
        status: 'off-track',
        counts: {
          missed: 0,
          'off-track': 1,
          'at-risk': 0,
          'on-track': 0,
          achieved: 0,
          'no-target': 0,
          'no-data': 1,
        },
      },
    ]);
    expect(report.kpis.map((kpi) => [kpi.id, kpi.ownerSlug])).toEqual([
      ['cancellations', 'sales-team'],
      ['churn', 'customer-success'],
      ['nps', 'customer-success'],
      ['revenue', 'sales-team'],
      ['signups', 'growth'],
    ]);
  });

  it('says whether each KPI’s review is due', () => {
    // Monthly as of 15 November: October is due, and the October review covers it.
    expect(kpiOf(report, 'revenue').reviewDue).toEqual({
      cadence: 'monthly',
      due: '2026-10',
      latestReview: '2026-10-october',
      overdue: false,
    });
    // Quarterly: Q3 (from 1 July) is due; the newest review covering churn is about June.
    expect(kpiOf(report, 'churn').reviewDue).toEqual({
      cadence: 'quarterly',
      due: '2026-Q3',
      latestReview: '2026-06-midyear',
      overdue: true,
    });
    expect(kpiOf(report, 'nps').reviewDue).toBeNull();
  });

  it('checks each definition against SMART, with values and periods as the site prints them', () => {
    // Needs (250 − 190) / 2 = +30 a month; past changes −30 +80 −40 −20 +30 +10 +10:
    // median +10, largest +80. Ten of the eleven months have a value (April is a gap).
    expect(kpiOf(report, 'revenue').smart).toEqual([
      {
        key: 'specific',
        label: 'Specific',
        met: true,
        reason:
          'Owned by Sales team, with one source definition and a description of what it measures.',
      },
      {
        key: 'measurable',
        label: 'Measurable',
        met: true,
        reason: '10 of 11 periods have a value, computed from data/orders.csv.',
      },
      {
        key: 'achievable',
        label: 'Achievable',
        met: true,
        reason:
          'It needs +€30.00 per period; the median change so far is +€10.00 and the largest +€80.00: a stretch, but done before.',
      },
      {
        key: 'relevant',
        label: 'Relevant',
        met: true,
        reason: 'It serves the goal “Grow revenue”; is driven by Sign-ups.',
      },
      {
        key: 'time-bound',
        label: 'Time-bound',
        met: true,
        reason: 'The target is due by the end of December 2026.',
      },
    ]);
    expect(kpiOf(report, 'signups').smart.find((item) => item.key === 'relevant')?.reason).toBe(
      'It serves the goal “Grow revenue”; drives Revenue.',
    );
  });

  it('checks review snapshots as of their period, linked and printed like today’s KPI', () => {
    const june = report.reviews.find((review) => review.slug === '2026-06-midyear')!;
    const revenue = june.snapshots['revenue']!;
    // June's only order is dated the 10th, so as of 30 June the month is partial: May is judged.
    expect(revenue.current).toEqual({ period: '2026-05', value: 200, partial: false });
    expect([revenue.decimals, revenue.ownerSlug, revenue.drivenBy]).toEqual([
      2,
      'sales-team',
      ['signups'],
    ]);
    expect(revenue.reviewDue).toBeNull();
    // May: needs (250 − 200) / 7 months = +7.14; complete changes so far −30 and +80 (April is
    // a gap, June partial): median (−30 + 80) / 2 = +25, largest +80.
    expect(revenue.smart.find((item) => item.key === 'achievable')).toEqual({
      key: 'achievable',
      label: 'Achievable',
      met: true,
      reason:
        'It needs +€7.14 per period; the median change so far is +€25.00 and the largest +€80.00, so a typical period gets there.',
    });
  });
});

describe('decimals of a KPI that grows past a thousand', () => {
  it('are inferred from the full series, so a review of an earlier period prints alike', async () => {
    const root = await tempRepo({
      'kpis/revenue.md': kpiFile(
        'title: Revenue',
        'owner: Sales',
        'category: sales',
        'unit: currency',
        'source: { file: data/revenue.csv, date: month, value: amount }',
      ),
      'kpis/reviews/2026-02-february.mdx':
        '---\ntitle: February\nperiod: 2026-02\nauthor: A\nkpis: [revenue]\n---\n\nText.\n',
      'data/revenue.csv': 'month,amount\n2026-01,500\n2026-02,970.5\n2026-03,1550\n',
    });
    const loaded = await loadReport(root, { env: { PACER_AS_OF: '2026-03-31' } });
    expect(loaded.problems).toEqual([]);
    const today = kpiOf(loaded.report!, 'revenue');
    const february = loaded.report!.reviews[0]!.snapshots['revenue']!;
    // €1,550 reaches a thousand: no cents, also in February's snapshot (its own largest is 970.5).
    expect([today.decimals, february.decimals]).toEqual([0, 0]);
    // 470.5 / 500 = 94.1%; 970.5 shows without cents: €971.
    expect(february.summary).toBe('Revenue rose 94.1% to €971 in February 2026.');
  });
});
