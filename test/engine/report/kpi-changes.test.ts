import { describe, expect, it } from 'vitest';
import { ISO_CALENDAR } from '../../../src/engine/calendar/grain.ts';
import { changeFrom, kpiChanges } from '../../../src/engine/report/kpi-changes.ts';
import { seriesFrom } from '../support/series-points.ts';

describe('kpiChanges', () => {
  // January to April 2026; April (190) is the judged period.
  const series = seriesFrom('2026-01', [150, 120, 180, 190]);
  const changes = kpiChanges(series, series[3], ISO_CALENDAR, {
    baseline: { period: '2026-01', value: 150 },
    target: { by: '2026-12', value: 250 },
  });

  it('compares with the previous period and a year earlier, giving the reference value', () => {
    // 190 − 180 = +10, 10 / 180; April 2025 is not in the series.
    expect(changes.previous).toEqual({ period: '2026-03', value: 180, abs: 10, rel: 10 / 180 });
    expect(changes.yearAgo).toEqual({ period: '2025-04', value: null, abs: null, rel: null });
  });

  it('compares with the baseline and the target the same way', () => {
    // 190 − 150 = +40, 40 / 150 = 26.7%; 190 − 250 = −60, −60 / 250 = −24%.
    expect(changes.baseline).toEqual({ period: '2026-01', value: 150, abs: 40, rel: 40 / 150 });
    expect(changes.baseline.rel).toBeCloseTo(0.2667, 4);
    expect(changes.target).toEqual({ period: '2026-12', value: 250, abs: -60, rel: -0.24 });
  });

  it('takes no partial period as a reference', () => {
    // February's rows stop before its end, so March has no complete previous period.
    const gappy = seriesFrom('2026-01', [150, 40, 120]).map((point, index) => ({
      ...point,
      partial: index === 1,
    }));
    const march = kpiChanges(gappy, gappy[2], ISO_CALENDAR, { baseline: null, target: null });
    expect(march).toEqual({
      previous: { period: '2026-02', value: null, abs: null, rel: null },
      yearAgo: { period: '2025-03', value: null, abs: null, rel: null },
      baseline: { period: null, value: null, abs: null, rel: null },
      target: { period: null, value: null, abs: null, rel: null },
    });
  });

  it('keeps the baseline and target as references while nothing is judged yet', () => {
    const none = kpiChanges([], undefined, ISO_CALENDAR, {
      baseline: { period: '2026-01', value: 150 },
      target: { by: '2026-12', value: 250 },
    });
    expect(none.previous).toEqual({ period: null, value: null, abs: null, rel: null });
    expect(none.baseline).toEqual({ period: '2026-01', value: 150, abs: null, rel: null });
    expect(none.target).toEqual({ period: '2026-12', value: 250, abs: null, rel: null });
  });
});

describe('changeFrom', () => {
  it('leaves the relative change from zero undefined, and divides by a negative base’s size', () => {
    // 3 − 0 = +3, relative undefined; −5 − (−10) = +5, 5 / |−10| = +50%.
    expect(changeFrom(3, '2026-01', 0)).toEqual({ period: '2026-01', value: 0, abs: 3, rel: null });
    expect(changeFrom(-5, '2026-01', -10)).toEqual({
      period: '2026-01',
      value: -10,
      abs: 5,
      rel: 0.5,
    });
  });
});
