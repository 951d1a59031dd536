/** Progress toward a target: the share of the baseline-to-target span covered so far. */
import type { Direction } from '../schema/kpi.ts';
import { meets } from './direction.ts';

/**
 * (value − baseline) / (target − baseline), never clamped: −0.2 is behind the
 * baseline, 1.3 beyond the target. Subtracting within the span makes it read
 * the same for lower-is-better targets. With the target equal to the baseline
 * there is no span: 1 when the value meets the target, 0 when it does not.
 */
export function progressOf(
  value: number,
  baseline: number,
  target: number,
  direction: Direction,
): number {
  if (target === baseline) return meets(value, target, direction) ? 1 : 0;
  return (value - baseline) / (target - baseline);
}
