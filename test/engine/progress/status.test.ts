import { describe, expect, it } from 'vitest';
import { decideStatus, statusRank } from '../../../src/engine/progress/status.ts';
import type { StatusInput } from '../../../src/engine/progress/status.ts';

// Baseline 100, target 200: a span of 100, so the default 5% tolerance is 5.
const onTheWay = (value: number, more: Partial<NonNullable<StatusInput['target']>> = {}) =>
  decideStatus({
    value,
    direction: 'higher',
    tolerance: 0.05,
    target: { value: 200, baseline: 100, pace: 150, forecast: null, pastDeadline: false, ...more },
  });

describe('status against a target', () => {
  it('is achieved once the value meets the target, even past the deadline', () => {
    expect(onTheWay(200)).toEqual({ status: 'achieved', rule: 'met-target' });
    expect(onTheWay(210, { pastDeadline: true })).toEqual({
      status: 'achieved',
      rule: 'met-target',
    });
  });

  it('is missed after the deadline without meeting the target', () => {
    expect(onTheWay(199, { pastDeadline: true, pace: 200 })).toEqual({
      status: 'missed',
      rule: 'past-deadline',
    });
  });

  it('is on track at or ahead of pace', () => {
    expect(onTheWay(150)).toEqual({ status: 'on-track', rule: 'ahead-of-pace' });
    expect(onTheWay(170)).toEqual({ status: 'on-track', rule: 'ahead-of-pace' });
  });

  it('is at risk when behind pace by no more than the tolerance', () => {
    expect(onTheWay(145)).toEqual({ status: 'at-risk', rule: 'within-tolerance' });
    expect(onTheWay(144)).toEqual({ status: 'off-track', rule: 'behind-pace' });
  });

  it('is at risk when behind pace but the forecast still meets the target', () => {
    expect(onTheWay(120, { forecast: 205 })).toEqual({
      status: 'at-risk',
      rule: 'trend-meets-target',
    });
    expect(onTheWay(120, { forecast: 200 })).toEqual({
      status: 'at-risk',
      rule: 'trend-meets-target',
    });
  });

  it('is off track when behind pace beyond the tolerance and the forecast falls short', () => {
    expect(onTheWay(120, { forecast: 180 })).toEqual({ status: 'off-track', rule: 'behind-pace' });
  });

  it('mirrors every rule when lower is better', () => {
    // From 50 down to 30: span 20, tolerance 1; pace 40 halfway.
    const lower = (value: number, pastDeadline = false) =>
      decideStatus({
        value,
        direction: 'lower',
        tolerance: 0.05,
        target: { value: 30, baseline: 50, pace: 40, forecast: null, pastDeadline },
      }).status;
    expect([lower(29), lower(30), lower(38), lower(40), lower(41), lower(42)]).toEqual([
      'achieved',
      'achieved',
      'on-track',
      'on-track',
      'at-risk',
      'off-track',
    ]);
    expect(lower(31, true)).toBe('missed');
  });

  it('is achieved or not when the target equals the baseline', () => {
    const flat = (value: number) =>
      decideStatus({
        value,
        direction: 'higher',
        tolerance: 0.05,
        target: { value: 100, baseline: 100, pace: 100, forecast: null, pastDeadline: false },
      }).status;
    expect([flat(100), flat(101), flat(99.9)]).toEqual(['achieved', 'achieved', 'off-track']);
  });
});

describe('status without a target', () => {
  it('follows thresholds when higher is better: at or below a threshold counts', () => {
    const judged = (value: number) =>
      decideStatus({
        value,
        direction: 'higher',
        tolerance: 0.05,
        thresholds: { warning: 140, critical: 120 },
      });
    expect(judged(150)).toEqual({ status: 'on-track', rule: 'within-thresholds' });
    expect(judged(140)).toEqual({ status: 'at-risk', rule: 'beyond-warning' });
    expect(judged(121)).toEqual({ status: 'at-risk', rule: 'beyond-warning' });
    expect(judged(120)).toEqual({ status: 'off-track', rule: 'beyond-critical' });
  });

  it('follows thresholds when lower is better: at or above a threshold counts', () => {
    const judged = (value: number) =>
      decideStatus({
        value,
        direction: 'lower',
        tolerance: 0.05,
        thresholds: { warning: 5, critical: 8 },
      }).status;
    expect([judged(4), judged(5), judged(7.9), judged(8), judged(9)]).toEqual([
      'on-track',
      'at-risk',
      'at-risk',
      'off-track',
      'off-track',
    ]);
  });

  it('works with a critical threshold alone', () => {
    const judged = (value: number) =>
      decideStatus({ value, direction: 'higher', tolerance: 0.05, thresholds: { critical: 10 } })
        .status;
    expect([judged(11), judged(10)]).toEqual(['on-track', 'off-track']);
  });

  it('keeps a band KPI on track inside the band and at risk just outside it', () => {
    // Band 40…60 is 20 wide, so within 5% × 20 = 1 of it is at risk.
    const judged = (value: number) =>
      decideStatus({ value, direction: 'band', band: [40, 60], tolerance: 0.05 });
    expect(judged(50)).toEqual({ status: 'on-track', rule: 'inside-band' });
    expect(judged(40).status).toBe('on-track');
    expect(judged(60).status).toBe('on-track');
    expect(judged(61)).toEqual({ status: 'at-risk', rule: 'near-band' });
    expect(judged(39).status).toBe('at-risk');
    expect(judged(61.5)).toEqual({ status: 'off-track', rule: 'outside-band' });
    expect(judged(38).status).toBe('off-track');
  });

  it('has no target to judge without target, thresholds or band', () => {
    expect(decideStatus({ value: 5, direction: 'higher', tolerance: 0.05 })).toEqual({
      status: 'no-target',
      rule: 'nothing-to-judge',
    });
  });

  it('has no data without a value', () => {
    expect(decideStatus({ value: null, direction: 'higher', tolerance: 0.05 })).toEqual({
      status: 'no-data',
      rule: 'no-value',
    });
  });
});

describe('status ranks', () => {
  it('orders statuses from missed (worst) to achieved, leaving out no-target and no-data', () => {
    expect(
      (['missed', 'off-track', 'at-risk', 'on-track', 'achieved'] as const).map(statusRank),
    ).toEqual([0, 1, 2, 3, 4]);
    expect(statusRank('no-target')).toBeNull();
    expect(statusRank('no-data')).toBeNull();
  });
});
