/** Change of a value against an earlier one, absolute and relative. */

export interface Change {
  abs: number | null;
  rel: number | null;
}

export const NO_CHANGE: Change = { abs: null, rel: null };

/**
 * The relative change divides by the absolute value of the base, so a rise
 * from -10 to -5 is +50%; from zero it is undefined (null), never Infinity.
 */
export function change(current: number | null, base: number | null): Change {
  if (current === null || base === null) return NO_CHANGE;
  const abs = current - base;
  return { abs, rel: base === 0 ? null : abs / Math.abs(base) };
}
