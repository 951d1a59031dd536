import { describe, expect, it } from 'vitest';
import { historicalChanges, smartCheck } from '../../../src/engine/report/smart-check.ts';
import type { SmartContext } from '../../../src/engine/report/smart-check.ts';
import { makeKpi, monthlySeries } from '../support/make-kpi.ts';

const context: SmartContext = {
  delta: (value) => (value > 0 ? `+${value}` : String(value)),
  period: (key) => `period ${key}`,
  goalTitle: (id) => (id === 'grow' ? 'Grow revenue' : null),
  kpiTitle: (id) => (id === 'signups' ? 'Sign-ups' : null),
};

// The basic fixture's revenue: 150, 120, 200, gap, 200, 160, 140, 170, 180, 190, then 40 to date.
const revenueSeries = monthlySeries([150, 120, 200, null, 200, 160, 140, 170, 180, 190, 40], true);

function criterion(kpi: ReturnType<typeof makeKpi>, key: string) {
  return smartCheck(kpi, context).find((item) => item.key === key)!;
}

describe('historicalChanges', () => {
  it('takes changes between consecutive complete periods only, skipping gaps and the partial one', () => {
    // 150→120 −30, 120→200 +80, (200→gap, gap→200 skipped), 200→160 −40, 160→140 −20,
    // 140→170 +30, 170→180 +10, 180→190 +10; 190→40 is partial and skipped.
    // Sorted: −40 −30 −20 10 10 30 80 → median 10, largest 80.
    const history = historicalChanges({ series: revenueSeries, direction: 'higher' });
    expect(history.changes).toEqual([-30, 80, -40, -20, 30, 10, 10]);
    expect(history.median).toBe(10);
    expect(history.largest).toBe(80);
  });

  it('counts a fall as an improvement when lower is better', () => {
    const history = historicalChanges({
      series: monthlySeries([5, 4, 4.5, 3]),
      direction: 'lower',
    });
    // 5→4 is +1 better, 4→4.5 is −0.5, 4.5→3 is +1.5; median 1, largest 1.5.
    expect(history.changes).toEqual([1, -0.5, 1.5]);
    expect(history.median).toBe(1);
    expect(history.largest).toBe(1.5);
  });

  it('averages the two middle changes of an even count', () => {
    expect(
      historicalChanges({ series: monthlySeries([0, 1, 4, 10, 11]), direction: 'higher' }).median,
    ).toBe(2);
  });
});

describe('smartCheck', () => {
  const target = { value: 250, by: '2026-12', deadline: '2026-12-31' };
  const withTarget = (requiredPerPeriod: number) =>
    makeKpi({
      series: revenueSeries,
      target,
      status: 'off-track',
      forecast: { atDeadline: 178, requiredPerPeriod, slope: 1, periodsUsed: 6, periodsLeft: 2 },
    });

  it('calls a target achievable at a typical pace when it needs no more than the median change', () => {
    const achievable = criterion(withTarget(10), 'achievable');
    expect(achievable.met).toBe(true);
    expect(achievable.reason).toBe(
      'It needs +10 per period; the median change so far is +10 and the largest +80, so a typical period gets there.',
    );
  });

  it('calls it a stretch between the median and the largest change (the fixture needs +30)', () => {
    const achievable = criterion(withTarget(30), 'achievable');
    expect(achievable.met).toBe(true);
    expect(achievable.reason).toContain('a stretch, but done before');
  });

  it('calls it not achievable beyond the largest change seen', () => {
    const achievable = criterion(withTarget(81), 'achievable');
    expect(achievable.met).toBe(false);
    expect(achievable.reason).toContain('more than any period has managed');
  });

  it('cannot judge achievability without a target, and says so', () => {
    expect(criterion(makeKpi({ series: revenueSeries }), 'achievable').met).toBeNull();
  });

  it('treats a met target as achievable and a missed deadline as not', () => {
    expect(criterion(makeKpi({ target, status: 'achieved' }), 'achievable').met).toBe(true);
    expect(criterion(makeKpi({ target, status: 'missed' }), 'achievable').met).toBe(false);
  });

  it('needs a description to be specific', () => {
    expect(criterion(makeKpi(), 'specific').met).toBe(true);
    expect(criterion(makeKpi({ description: null }), 'specific').met).toBe(false);
  });

  it('is measurable once a period has a value', () => {
    expect(criterion(makeKpi({ series: revenueSeries }), 'measurable').reason).toBe(
      '10 of 11 periods have a value, computed from data/orders.csv.',
    );
    expect(criterion(makeKpi({ series: monthlySeries([null]) }), 'measurable').met).toBe(false);
  });

  it('is relevant through a goal or a driven KPI', () => {
    expect(criterion(makeKpi({ goal: 'grow', drives: ['signups'] }), 'relevant').reason).toBe(
      'It serves the goal “Grow revenue”; drives Sign-ups.',
    );
    expect(criterion(makeKpi(), 'relevant').met).toBe(false);
  });

  it('is time-bound with a target deadline', () => {
    expect(criterion(makeKpi({ target }), 'time-bound').reason).toBe(
      'The target is due by the end of period 2026-12.',
    );
    expect(criterion(makeKpi(), 'time-bound').met).toBe(false);
  });
});
