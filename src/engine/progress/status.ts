/**
 * Status: one word for "are we on track", with the rule that decided it.
 * `achieved` once the judged value meets the target; `missed` after the
 * deadline without meeting it; `on-track` at or better than pace; `at-risk`
 * behind pace but within tolerance or with a trend that still meets the
 * target; `off-track` otherwise. Without a target, thresholds or a band decide.
 */
import type { Direction } from '../schema/kpi.ts';
import { advantage, meets } from './direction.ts';

export const STATUSES = [
  'missed',
  'off-track',
  'at-risk',
  'on-track',
  'achieved',
  'no-target',
  'no-data',
] as const;
export type Status = (typeof STATUSES)[number];

/** Why the status is what it is, for the reason sentence. */
export type StatusRule =
  | 'no-value'
  | 'met-target'
  | 'past-deadline'
  | 'ahead-of-pace'
  | 'within-tolerance'
  | 'trend-meets-target'
  | 'behind-pace'
  | 'inside-band'
  | 'near-band'
  | 'outside-band'
  | 'beyond-critical'
  | 'beyond-warning'
  | 'within-thresholds'
  | 'nothing-to-judge';

export interface StatusDecision {
  status: Status;
  rule: StatusRule;
}

export interface StatusInput {
  value: number | null;
  direction: Direction;
  band?: readonly [number, number] | undefined;
  target?:
    | {
        value: number;
        pastDeadline: boolean;
        baseline: number;
        pace: number;
        forecast: number | null;
      }
    | undefined;
  thresholds?: { warning?: number | undefined; critical?: number | undefined } | undefined;
  /** Fraction of the baseline-to-target span (or band width) that still counts as at risk. */
  tolerance: number;
}

/** Lower is worse: missed 0, off-track 1, at-risk 2, on-track 3, achieved 4; no-target and no-data have no rank. */
export function statusRank(status: Status): number | null {
  const rank = STATUSES.indexOf(status);
  return rank <= 4 ? rank : null;
}

export function decideStatus(input: StatusInput): StatusDecision {
  const { value, direction, tolerance } = input;
  if (value === null) return { status: 'no-data', rule: 'no-value' };

  if (direction === 'band' && input.band) {
    const [low, high] = input.band;
    if (value >= low && value <= high) return { status: 'on-track', rule: 'inside-band' };
    const distance = value < low ? low - value : value - high;
    return distance <= tolerance * (high - low)
      ? { status: 'at-risk', rule: 'near-band' }
      : { status: 'off-track', rule: 'outside-band' };
  }

  const target = input.target;
  if (target) {
    if (meets(value, target.value, direction)) return { status: 'achieved', rule: 'met-target' };
    if (target.pastDeadline) return { status: 'missed', rule: 'past-deadline' };
    const ahead = advantage(value, target.pace, direction);
    if (ahead >= 0) return { status: 'on-track', rule: 'ahead-of-pace' };
    if (target.forecast !== null && meets(target.forecast, target.value, direction)) {
      return { status: 'at-risk', rule: 'trend-meets-target' };
    }
    if (-ahead <= tolerance * Math.abs(target.value - target.baseline)) {
      return { status: 'at-risk', rule: 'within-tolerance' };
    }
    return { status: 'off-track', rule: 'behind-pace' };
  }

  const { warning, critical } = input.thresholds ?? {};
  if (critical !== undefined && advantage(value, critical, direction) <= 0)
    return { status: 'off-track', rule: 'beyond-critical' };
  if (warning !== undefined && advantage(value, warning, direction) <= 0)
    return { status: 'at-risk', rule: 'beyond-warning' };
  if (critical !== undefined || warning !== undefined)
    return { status: 'on-track', rule: 'within-thresholds' };
  return { status: 'no-target', rule: 'nothing-to-judge' };
}
