/**
 * Plain sentences generated from the numbers: the reason for a status and a
 * short summary of the current period. Deterministic: the same numbers always
 * give the same words. The summary tells how the value moved and why the
 * status is what it is, from the same clauses as the reason, so that a page
 * can lead with it alone and say nothing twice.
 */
import type { Judgement, Plan } from './judge.ts';

export interface SentenceContext {
  title: string;
  /** Formats a value in the KPI's unit. */
  value: (value: number) => string;
  /** A difference between two values, unsigned, in the KPI's unit (`$118`, `0.6 pp`). */
  difference: (amount: number) => string;
  /** Percent KPIs move in percentage points, so their changes are told as differences. */
  isPercent: boolean;
  /** A fraction as an unsigned percentage (`4.2%`). */
  percent: (fraction: number) => string;
  /** The current period for readers (`November 2026`). */
  period: string;
  /** The deadline for readers (`December 2026`), when there is a target. */
  deadline: string | null;
  plan: Plan;
}

/** How far from pace: a share of pace, or a difference for percent KPIs and a pace of zero. */
function paceGap(judgement: Judgement, context: SentenceContext): string {
  const { value, pace } = judgement;
  if (value === null || pace === null) return '';
  const gap = Math.abs(value - pace);
  const amount =
    pace === 0 || context.isPercent
      ? context.difference(gap)
      : context.percent(gap / Math.abs(pace));
  const ahead = context.plan.direction === 'lower' ? value <= pace : value >= pace;
  return `${amount} ${ahead ? 'ahead of' : 'behind'} pace`;
}

function trendClause(judgement: Judgement, context: SentenceContext): string {
  const target = context.plan.target;
  const projected = judgement.forecast?.atDeadline;
  if (!target || projected === undefined || projected === null || context.deadline === null)
    return '';
  if (context.plan.direction === 'higher' && target.value > 0 && projected > 0) {
    return `the trend reaches ${context.percent(projected / target.value)} of the target by ${context.deadline}`;
  }
  return `the trend reaches ${context.value(projected)} by ${context.deadline}, against a target of ${context.value(target.value)}`;
}

/** "a gap of $118, within the tolerance of $325": why a KPI behind pace is only at risk. */
function toleranceClause(judgement: Judgement, context: SentenceContext): string {
  const { plan } = context;
  // The tolerance is a share of the baseline-to-target span, so it is told as an amount.
  const span = plan.target && plan.baseline ? Math.abs(plan.target.value - plan.baseline.value) : 0;
  const gap =
    judgement.value === null || judgement.pace === null
      ? 0
      : Math.abs(judgement.value - judgement.pace);
  return `a gap of ${context.difference(gap)}, within the tolerance of ${context.difference(plan.tolerance * span)}`;
}

/** Where the value stands against a band or thresholds: "clear of the warning threshold of 40". */
function limitClause(judgement: Judgement, context: SentenceContext): string {
  const { plan } = context;
  const value = judgement.value ?? 0;
  const [low, high] = plan.band ?? [0, 0];
  const range = `the healthy range of ${context.value(low)} to ${context.value(high)}`;
  const thresholds = plan.thresholds ?? {};
  const side = plan.direction === 'lower' ? 'above' : 'below';

  switch (judgement.rule) {
    case 'inside-band':
      return `inside ${range}`;
    case 'near-band':
      return `${value < low ? 'below' : 'above'} ${range}, but close to it`;
    case 'outside-band':
      return `${value < low ? 'below' : 'above'} ${range}`;
    case 'beyond-critical':
      return `at or ${side} the critical threshold of ${context.value(thresholds.critical!)}`;
    case 'beyond-warning':
      return `at or ${side} the warning threshold of ${context.value(thresholds.warning!)}`;
    case 'within-thresholds': {
      const limit = thresholds.warning ?? thresholds.critical!;
      return `clear of the ${thresholds.warning !== undefined ? 'warning' : 'critical'} threshold of ${context.value(limit)}`;
    }
    default:
      return '';
  }
}

function joinClauses(first: string, second: string): string {
  if (!first) return second ? capitalise(second) + '.' : '';
  return second ? `${capitalise(first)}; ${second}.` : `${capitalise(first)}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The status in one plain sentence. */
export function statusReason(judgement: Judgement, context: SentenceContext): string {
  const { value } = judgement;
  const { plan } = context;
  if (value === null) return 'No complete period has data yet, so there is nothing to judge.';
  const shown = context.value(value);
  const target = plan.target ? context.value(plan.target.value) : '';

  switch (judgement.rule) {
    case 'no-value':
      return 'No complete period has data yet, so there is nothing to judge.';
    case 'met-target':
      return `At ${shown} in ${context.period}, the target of ${target} is met.`;
    case 'past-deadline':
      return `The deadline (${context.deadline}) has passed at ${shown}, short of the target of ${target}.`;
    case 'ahead-of-pace':
    case 'behind-pace':
      return joinClauses(paceGap(judgement, context), trendClause(judgement, context));
    case 'within-tolerance':
      return joinClauses(
        `${paceGap(judgement, context)}: ${toleranceClause(judgement, context)}`,
        trendClause(judgement, context),
      );
    case 'trend-meets-target':
      return joinClauses(paceGap(judgement, context), `but ${trendClause(judgement, context)}`);
    case 'inside-band':
    case 'near-band':
    case 'outside-band':
    case 'beyond-critical':
    case 'beyond-warning':
    case 'within-thresholds':
      return `${capitalise(shown)} is ${limitClause(judgement, context)}.`;
    case 'nothing-to-judge':
      return `No target or thresholds are set; the value is ${shown} in ${context.period}.`;
  }
}

/** A change below this share of the base (or, for percent KPIs, 0.05 pp) reads as "held steady". */
const STEADY = 0.0005;

/** "rose 4.2% to $212,345", "fell 0.6 pp to 84.6%", "held steady at 143,093". */
function movement(value: number, previous: number | null, context: SentenceContext): string {
  const shown = context.value(value);
  if (previous === null) return `was ${shown}`;
  const change = value - previous;
  const relative = previous === 0 ? null : Math.abs(change) / Math.abs(previous);
  const steady = context.isPercent
    ? Math.abs(change) < STEADY
    : relative !== null && relative < STEADY;
  if (change === 0 || steady) {
    return `held steady at ${shown}`;
  }
  const verb = change > 0 ? 'rose' : 'fell';
  const amount =
    relative === null || context.isPercent
      ? context.difference(Math.abs(change))
      : context.percent(relative);
  return `${verb} ${amount} to ${shown}`;
}

/** What follows the movement in the summary: against pace, a band or thresholds. */
function standing(judgement: Judgement, context: SentenceContext): string {
  switch (judgement.rule) {
    case 'ahead-of-pace':
    case 'behind-pace':
    case 'trend-meets-target':
      return paceGap(judgement, context);
    case 'within-tolerance':
      return `${paceGap(judgement, context)} (${toleranceClause(judgement, context)})`;
    default:
      return limitClause(judgement, context);
  }
}

/** What the summary ends with: whether the target is met, or where the trend leads. */
function outlook(judgement: Judgement, context: SentenceContext): string {
  const target = context.plan.target ? context.value(context.plan.target.value) : '';
  switch (judgement.rule) {
    case 'met-target':
      return `the target of ${target} is met`;
    case 'past-deadline':
      return `the deadline (${context.deadline}) has passed short of the target of ${target}`;
    default:
      return trendClause(judgement, context);
  }
}

/**
 * A short summary of the current period, for pages and reviews, that also
 * says why the status is what it is: "Revenue rose 4.2% to €212,345 in
 * November 2026, 1.3% behind pace; the trend reaches 97.0% of the target by
 * December 2026."
 */
export function summarySentence(
  judgement: Judgement,
  previous: number | null,
  context: SentenceContext,
): string {
  const { value } = judgement;
  if (value === null) return `${context.title} has no complete period with data yet.`;

  const where = standing(judgement, context);
  const first = `${context.title} ${movement(value, previous, context)} in ${context.period}${where ? `, ${where}` : ''}`;
  const then = outlook(judgement, context);
  return then ? `${first}; ${then}.` : `${first}.`;
}
