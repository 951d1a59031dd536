/**
 * Pace: where the KPI should be on a given day if it moved linearly from the
 * baseline (at the end of the baseline period) to the target (at the deadline),
 * piecewise through any milestones on the way.
 */
import type { DayNumber } from '../calendar/civil-date.ts';

export interface PaceAnchor {
  day: DayNumber;
  value: number;
}

/** Pace on `day`: the baseline before the first anchor, the target after the last. */
export function paceAt(day: DayNumber, anchors: readonly PaceAnchor[]): number | null {
  const first = anchors[0];
  const last = anchors[anchors.length - 1];
  if (!first || !last) return null;
  if (day <= first.day) return first.value;
  if (day >= last.day) return last.value;
  for (let index = 1; index < anchors.length; index++) {
    const to = anchors[index]!;
    if (day > to.day) continue;
    const from = anchors[index - 1]!;
    if (to.day === from.day) return to.value;
    return from.value + ((to.value - from.value) * (day - from.day)) / (to.day - from.day);
  }
  return last.value;
}
