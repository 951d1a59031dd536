/**
 * The reason sentence of every status rule, word for word, each from a small
 * monthly series judged as of 2026-07-15: June 2026 is the latest complete month.
 */
import { describe, expect, it } from 'vitest';
import { computedKpi } from '../support/computed-kpi.ts';
import type { Row } from '../support/in-memory-source.ts';

/** One row per month from January 2026, dated by its period key, so each month is complete. */
function months(values: readonly number[], first = 1): Row[] {
  return values.map((amount, index) => ({
    day: `2026-${String(first + index).padStart(2, '0')}`,
    amount,
  }));
}

// Baseline 100 at 2025-12-31, target 465 by 2026-12-31: 365 in 365 days, so pace climbs 1 a
// day and is 100 + 181 = 281 on 2026-06-30 (31 + 28 + 31 + 30 + 31 + 30 days). The default
// tolerance is 5% × 365 = 18.25. Every value is whole, so they print with 0 decimals.
const RISING = {
  baseline: { period: '2025-12', value: 100 },
  target: { value: 465, by: '2026-12' },
};

function judged(definition: Record<string, unknown>, rows: Row[], asOf = '2026-07-15') {
  const { status, statusRule, statusReason } = computedKpi(definition, rows, asOf);
  return { status, rule: statusRule, reason: statusReason };
}

describe('reasons against a target', () => {
  it('says the target is met once the judged value reaches it', () => {
    expect(judged(RISING, months([131, 159, 190, 220, 251, 470]))).toEqual({
      status: 'achieved',
      rule: 'met-target',
      reason: 'At 470 in June 2026, the target of 465 is met.',
    });
  });

  it('says how far ahead of pace, and where the trend leads', () => {
    // 300 − 281 = 19 ahead, 19 / 281 = 6.8%. The line climbs 30 a month through the mean 225
    // (x̄ = 3.5): December (x = 12) gives 225 + 30 × 8.5 = 480, and 480 / 465 = 103.2%.
    expect(judged(RISING, months([150, 180, 210, 240, 270, 300]))).toEqual({
      status: 'on-track',
      rule: 'ahead-of-pace',
      reason: '6.8% ahead of pace; the trend reaches 103.2% of the target by December 2026.',
    });
  });

  it('says a KPI behind pace is at risk because the trend still meets the target', () => {
    // 281 − 260 = 21 behind (beyond 18.25), 21 / 281 = 7.5%; 40 a month through the mean 160:
    // 160 + 40 × 8.5 = 500, and 500 / 465 = 107.5%.
    expect(judged(RISING, months([60, 100, 140, 180, 220, 260]))).toEqual({
      status: 'at-risk',
      rule: 'trend-meets-target',
      reason: '7.5% behind pace; but the trend reaches 107.5% of the target by December 2026.',
    });
  });

  it('tells the gap and the tolerance, against the target when lower is better', () => {
    // From 500 down to 135 by 2026-12: pace falls 1 a day, 500 − 181 = 319 at the end of June.
    // 330 − 319 = 11 behind, 11 / 319 = 3.4%, within 5% × 365 = 18.25 (shown as 18). The line
    // falls 20 a month through the mean 380: 380 − 20 × 8.5 = 210 in December, above 135.
    const falling = {
      direction: 'lower',
      baseline: { period: '2025-12', value: 500 },
      target: { value: 135, by: '2026-12' },
    };
    expect(judged(falling, months([430, 410, 390, 370, 350, 330]))).toEqual({
      status: 'at-risk',
      rule: 'within-tolerance',
      reason:
        '3.4% behind pace: a gap of 11, within the tolerance of 18; the trend reaches 210 by December 2026, against a target of 135.',
    });
  });

  it('says how far behind pace when off track, and that the trend falls short', () => {
    // 21 behind as above (7.5%); 30 a month through the mean 185: 185 + 30 × 8.5 = 440, and
    // 440 / 465 = 94.6%.
    expect(judged(RISING, months([110, 140, 170, 200, 230, 260]))).toEqual({
      status: 'off-track',
      rule: 'behind-pace',
      reason: '7.5% behind pace; the trend reaches 94.6% of the target by December 2026.',
    });
  });

  it('leaves the trend out when fewer than three complete periods give none', () => {
    // May 200 and June 230: no line from two points. 281 − 230 = 51, 51 / 281 = 18.1%.
    expect(judged(RISING, months([200, 230], 5))).toEqual({
      status: 'off-track',
      rule: 'behind-pace',
      reason: '18.1% behind pace.',
    });
  });

  it('tells pace in percentage points for a percent KPI', () => {
    // From 40% to 76.5% by 2026-12: 0.365 in 365 days, so pace is 0.40 + 0.181 = 58.1% at the
    // end of June. 60.0% − 58.1% = 1.9 pp ahead; no trend from May and June alone.
    const conversion = {
      unit: 'percent',
      baseline: { period: '2025-12', value: 0.4 },
      target: { value: 0.765, by: '2026-12' },
    };
    expect(judged(conversion, months([0.59, 0.6], 5))).toEqual({
      status: 'on-track',
      rule: 'ahead-of-pace',
      reason: '1.9 pp ahead of pace.',
    });
  });

  it('says the deadline has passed short of the target', () => {
    // October to December 2026 as of 2027-01-05: December (440) is judged after the deadline.
    expect(judged(RISING, months([400, 420, 440], 10), '2027-01-05')).toEqual({
      status: 'missed',
      rule: 'past-deadline',
      reason: 'The deadline (December 2026) has passed at 440, short of the target of 465.',
    });
  });
});

describe('reasons against a band', () => {
  // Band 40…60 is 20 wide: within 5% × 20 = 1 of it is close.
  const band = { direction: 'band', band: [40, 60] };

  it('says the value is inside the healthy range', () => {
    expect(judged(band, months([55, 50]))).toEqual({
      status: 'on-track',
      rule: 'inside-band',
      reason: '50 is inside the healthy range of 40 to 60.',
    });
  });

  it('says the value is just outside the range, but close to it', () => {
    // 61 − 60 = 1, no more than 1.
    expect(judged(band, months([55, 61]))).toEqual({
      status: 'at-risk',
      rule: 'near-band',
      reason: '61 is above the healthy range of 40 to 60, but close to it.',
    });
  });

  it('says the value is outside the range', () => {
    // 40 − 38 = 2, more than 1.
    expect(judged(band, months([55, 38]))).toEqual({
      status: 'off-track',
      rule: 'outside-band',
      reason: '38 is below the healthy range of 40 to 60.',
    });
  });
});

describe('reasons from thresholds without a target', () => {
  const higher = { thresholds: { warning: 140, critical: 120 } };

  it('says the value is clear of the warning threshold', () => {
    expect(judged(higher, months([130, 150]))).toEqual({
      status: 'on-track',
      rule: 'within-thresholds',
      reason: '150 is clear of the warning threshold of 140.',
    });
  });

  it('says the value is at the warning threshold when it reaches it', () => {
    expect(judged(higher, months([150, 140]))).toEqual({
      status: 'at-risk',
      rule: 'beyond-warning',
      reason: '140 is at or below the warning threshold of 140.',
    });
  });

  it('says the value is beyond the critical threshold', () => {
    expect(judged(higher, months([150, 119]))).toEqual({
      status: 'off-track',
      rule: 'beyond-critical',
      reason: '119 is at or below the critical threshold of 120.',
    });
  });

  it('names a critical threshold alone, and its side when lower is better', () => {
    const lower = { direction: 'lower', thresholds: { critical: 8 } };
    expect(judged(lower, months([9, 5]))).toEqual({
      status: 'on-track',
      rule: 'within-thresholds',
      reason: '5 is clear of the critical threshold of 8.',
    });
    expect(judged({ direction: 'lower', thresholds: { warning: 5 } }, months([4, 6]))).toEqual({
      status: 'at-risk',
      rule: 'beyond-warning',
      reason: '6 is at or above the warning threshold of 5.',
    });
  });
});

describe('reasons with nothing to judge against', () => {
  it('gives the value when no target or thresholds are set', () => {
    expect(judged({}, months([40, 42], 5))).toEqual({
      status: 'no-target',
      rule: 'nothing-to-judge',
      reason: 'No target or thresholds are set; the value is 42 in June 2026.',
    });
  });

  it('says there is nothing to judge while the only period with data is partial', () => {
    // Daily rows in July only; as of 2026-07-15 July is still running.
    const july: Row[] = [
      { day: '2026-07-01', amount: 5 },
      { day: '2026-07-02', amount: 6 },
    ];
    expect(judged(RISING, july)).toEqual({
      status: 'no-data',
      rule: 'no-value',
      reason: 'No complete period has data yet, so there is nothing to judge.',
    });
  });
});
