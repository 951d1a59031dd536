import { describe, expect, it } from 'vitest';
import { comparisons } from '../../../src/site/model/comparisons.ts';
import { makeKpi, monthlySeries } from '../support/make-kpi.ts';

describe('comparisons', () => {
  const kpi = makeKpi({
    series: monthlySeries([150, 120, 180, 190]),
    current: { period: '2026-04', value: 190, partial: false },
    change: {
      previous: { period: '2026-03', abs: 10, rel: 10 / 180 },
      yearAgo: { period: '2025-04', abs: null, rel: null },
    },
    baseline: { period: '2026-01', value: 150, given: false, end: '2026-01-31' },
    target: { value: 250, by: '2026-12', deadline: '2026-12-31' },
  });

  it('uses the engine’s changes and looks up the earlier values', () => {
    const [previous, yearAgo] = comparisons(kpi);
    expect(previous).toEqual({
      key: 'previous',
      period: '2026-03',
      reference: 180,
      abs: 10,
      rel: 10 / 180,
      better: true,
    });
    expect(yearAgo).toEqual({
      key: 'year-ago',
      period: '2025-04',
      reference: null,
      abs: null,
      rel: null,
      better: null,
    });
  });

  it('compares with the baseline and the target the same way', () => {
    const [, , baseline, target] = comparisons(kpi);
    // 190 − 150 = +40, 40 / 150 = 26.7%; 190 − 250 = −60, −60 / 250 = −24%.
    expect(baseline).toMatchObject({ reference: 150, abs: 40, better: true });
    expect(baseline!.rel).toBeCloseTo(0.2667, 4);
    expect(target).toMatchObject({
      period: '2026-12',
      reference: 250,
      abs: -60,
      rel: -0.24,
      better: false,
    });
  });

  it('reads a rise as worse when lower is better, and leaves relative change from zero undefined', () => {
    const lower = makeKpi({
      direction: 'lower',
      current: { period: '2026-02', value: 3, partial: false },
      baseline: { period: '2026-01', value: 0, given: true, end: '2026-01-31' },
    });
    expect(comparisons(lower)[2]).toMatchObject({ abs: 3, rel: null, better: false });
  });
});
