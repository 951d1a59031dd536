/**
 * A target on the wrong side of the baseline: with higher-is-better, a target
 * below where the KPI started is "achieved" from day one with negative
 * progress, which is a typo in the target or the direction, not a plan.
 */
import type { Problem } from '../errors/problem.ts';
import type { Kpi } from '../schema/kpi.ts';
import type { Place } from '../schema/validate.ts';

/** Numbers in messages read the same whatever the site's locale, like the rest of a message. */
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/**
 * The warning for a target behind `baseline`, or null when it is ahead of it
 * (or the KPI has a band, where neither side is better). `derivedFrom` names
 * the period a baseline computed from the data was taken from.
 */
export function targetSideProblem(
  kpi: Kpi,
  baseline: number,
  place: Place | undefined,
  derivedFrom?: string,
): Problem | null {
  if (!kpi.target || kpi.direction === 'band') return null;
  const target = kpi.target.value;
  const higher = kpi.direction === 'higher';
  if (higher ? target >= baseline : target <= baseline) return null;
  const from = derivedFrom === undefined ? '' : ` (its value in ${derivedFrom})`;
  return {
    severity: 'warning',
    code: 'target-behind-baseline',
    file: kpi.file,
    ...place,
    message: `target ${NUMBER.format(target)} is ${higher ? 'below' : 'above'} the baseline ${NUMBER.format(baseline)}${from}, but ${kpi.direction} is better`,
    hint: higher
      ? 'Progress runs from the baseline towards the target: correct the target or the baseline, or set `direction: lower` if lower values are better.'
      : 'Progress runs from the baseline towards the target: correct the target or the baseline, or set `direction: higher` if higher values are better.',
  };
}
