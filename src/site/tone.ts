/** Whether a change reads as better or worse, for colouring it: view logic, not a number. */
import { sign } from '../engine/progress/direction.ts';
import type { Direction } from '../engine/schema/kpi.ts';

export type Tone = 'better' | 'worse';

/** The tone of a change for this direction; none for no change, or for a band. */
export function changeTone(direction: Direction, abs: number | null): Tone | undefined {
  if (abs === null || abs === 0 || direction === 'band') return undefined;
  return sign(direction) * abs > 0 ? 'better' : 'worse';
}
