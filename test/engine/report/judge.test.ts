import { describe, expect, it } from 'vitest';
import { ISO_CALENDAR } from '../../../src/engine/calendar/grain.ts';
import { ordinalOf } from '../../../src/engine/calendar/period.ts';
import { judge } from '../../../src/engine/report/judge.ts';
import type { Plan } from '../../../src/engine/report/judge.ts';
import { day } from '../support/in-memory-source.ts';
import { seriesFrom } from '../support/series-points.ts';

/** Baseline 100 at 2025-12-31, target 465 at 2026-12-31: pace climbs exactly 1 a day. */
function plan(more: Partial<Plan> = {}): Plan {
  const deadline = day('2026-12-31');
  return {
    direction: 'higher',
    baseline: { value: 100, end: day('2025-12-31') },
    target: { value: 465, deadline, deadlineOrdinal: ordinalOf(deadline, 'month', ISO_CALENDAR) },
    anchors: [
      { day: day('2025-12-31'), value: 100 },
      { day: deadline, value: 465 },
    ],
    tolerance: 0.05,
    forecastWindow: 6,
    ...more,
  };
}

describe('judging a period', () => {
  it('measures pace at the end of the judged period', () => {
    const series = seriesFrom('2026-01', [131, 159, 190, 220, 251, 281]);
    const judgement = judge(series, 5, day('2026-07-15'), plan());
    // 2026-06-30 is 181 days after 2025-12-31.
    expect(judgement.pace).toBe(281);
    expect(judgement.status).toBe('on-track');
    // (281 − 100) / (465 − 100)
    expect(judgement.progress).toBe(181 / 365);
  });

  it('is at risk when behind pace beyond the tolerance but the trend reaches the target', () => {
    // Behind pace by 281 − 260 = 21, more than 5% × 365 = 18.25; the trend climbs 40 a
    // month from a mean of 160 at mid-March (x̄ = 3.5): 160 + 40 × (12 − 3.5) = 500 by December.
    const series = seriesFrom('2026-01', [60, 100, 140, 180, 220, 260]);
    const judgement = judge(series, 5, day('2026-07-15'), plan());
    expect(judgement.forecast?.atDeadline).toBe(500);
    expect(judgement).toMatchObject({ status: 'at-risk', rule: 'trend-meets-target' });
  });

  it('is off track when the trend falls short as well', () => {
    // Climbing 30 a month from 185 at mid-March: 185 + 30 × 8.5 = 440 < 465.
    const series = seriesFrom('2026-01', [110, 140, 170, 200, 230, 260]);
    const judgement = judge(series, 5, day('2026-07-15'), plan());
    expect(judgement.forecast?.atDeadline).toBe(440);
    expect(judgement).toMatchObject({ status: 'off-track', rule: 'behind-pace' });
  });

  it('fits the forecast to the last six complete periods only', () => {
    // The two wild months fall outside the window; September comes after the judged August.
    const series = seriesFrom('2026-01', [500, -300, 10, 12, 14, 16, 18, 20, 1000], {
      partialLast: true,
    });
    const judgement = judge(series, 7, day('2026-09-10'), plan());
    // Slope 2 a month, 20 in August, four months to December: 20 + 2 × 4 = 28.
    // Still needed: (465 − 20) / 4 = 111.25 a month.
    expect(judgement.forecast).toEqual({
      atDeadline: 28,
      requiredPerPeriod: 111.25,
      slope: 2,
      periodsUsed: 6,
      periodsLeft: 4,
    });
  });

  it('leaves a partial period out of the forecast, even when it is the one judged', () => {
    // A KPI that opts in to partial periods judges July to date (21), but the line is fitted
    // to January to June only: 10…20, 2 a month through the mean 15 at x̄ = 3.5, so December
    // (x = 12) gives 15 + 2 × 8.5 = 32. With July in the window (February to July: 12…20, 21)
    // the slope would be 32.5 / 17.5 ≈ 1.86. Still needed from July: (465 − 21) / 5 months.
    const series = seriesFrom('2026-01', [10, 12, 14, 16, 18, 20, 21], { partialLast: true });
    const judgement = judge(series, 6, day('2026-07-15'), plan());
    expect(judgement.forecast).toEqual({
      atDeadline: 32,
      requiredPerPeriod: 444 / 5,
      slope: 2,
      periodsUsed: 6,
      periodsLeft: 5,
    });
  });

  it('uses a shorter forecast window when the KPI asks for one', () => {
    const series = seriesFrom('2026-01', [10, 20, 30, 100, 110, 120]);
    const judgement = judge(series, 5, day('2026-07-01'), plan({ forecastWindow: 3 }));
    // Last three: 100, 110, 120 → 10 a month; 120 + 10 × 6 = 180.
    expect(judgement.forecast).toMatchObject({ atDeadline: 180, slope: 10, periodsUsed: 3 });
  });

  it('has no forecast from fewer than three complete periods but still says what is needed', () => {
    const series = seriesFrom('2026-05', [200, 230]);
    const judgement = judge(series, 1, day('2026-07-01'), plan());
    // (465 − 230) / 6 months from June to December
    expect(judgement.forecast).toEqual({
      atDeadline: null,
      requiredPerPeriod: 235 / 6,
      slope: null,
      periodsUsed: 0,
      periodsLeft: 6,
    });
  });

  it('is missed once the as-of date is past the deadline without the target met', () => {
    const series = seriesFrom('2026-10', [400, 420, 440]);
    const judgement = judge(series, 2, day('2027-01-05'), plan());
    expect(judgement).toMatchObject({ status: 'missed', rule: 'past-deadline' });
    expect(judgement.forecast?.requiredPerPeriod).toBeNull();
    expect(judgement.forecast?.periodsLeft).toBe(0);
  });

  it('is still judged on the last day of the deadline', () => {
    const series = seriesFrom('2026-10', [400, 420, 440]);
    const judgement = judge(series, 2, day('2026-12-31'), plan());
    // 440 against pace 465 is 25 behind, beyond the tolerance of 18.25; the trend (mean 420 in
    // November, 20 a month) reaches 440 in December.
    expect(judgement.status).toBe('off-track');
  });

  it('judges a value with no baseline by thresholds alone', () => {
    const series = seriesFrom('2026-01', [5]);
    const judgement = judge(
      series,
      0,
      day('2026-02-01'),
      plan({ baseline: null, target: null, anchors: [], thresholds: { critical: 10 } }),
    );
    expect(judgement).toMatchObject({
      progress: null,
      pace: null,
      forecast: null,
      status: 'off-track',
      rule: 'beyond-critical',
    });
  });

  it('has no data to judge without a value', () => {
    const series = seriesFrom('2026-01', [null]);
    expect(judge(series, 0, day('2026-02-01'), plan()).status).toBe('no-data');
    expect(judge([], -1, day('2026-02-01'), plan()).status).toBe('no-data');
  });
});
