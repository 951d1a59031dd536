/** Which way is better, so that every comparison reads the same for higher- and lower-is-better KPIs. */
import type { Direction } from '../schema/kpi.ts';

/** +1 when higher is better, -1 when lower is better. Bands have no single way. */
export function sign(direction: Direction): 1 | -1 {
  return direction === 'lower' ? -1 : 1;
}

/** Whether `value` meets `target` for this direction. */
export function meets(value: number, target: number, direction: Direction): boolean {
  return direction === 'lower' ? value <= target : value >= target;
}

/** How much better `value` is than `reference` (negative when worse). */
export function advantage(value: number, reference: number, direction: Direction): number {
  return sign(direction) * (value - reference);
}
