/**
 * The SMART check of a KPI definition: whether it is specific, measurable,
 * achievable, relevant and time-bound, each with the reason in one sentence.
 * "Achievable" weighs the change per period the target still needs against
 * the period-over-period changes the KPI's own history shows.
 */
import { sign } from '../progress/direction.ts';
import type { KpiReport, SmartCriterion } from './types.ts';

export interface SmartContext {
  /** A signed change in the KPI's unit (`+€30`). */
  delta: (value: number) => string;
  /** A period key for readers (`December 2026`). */
  period: (key: string) => string;
  goalTitle: (id: string) => string | null;
  kpiTitle: (id: string) => string | null;
}

export interface HistoricalChanges {
  /** Changes between consecutive complete periods, positive when they improved the KPI. */
  changes: number[];
  median: number | null;
  largest: number | null;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Period-over-period changes in the complete history, signed so that better is positive. */
export function historicalChanges(kpi: Pick<KpiReport, 'series' | 'direction'>): HistoricalChanges {
  const better = sign(kpi.direction);
  const changes: number[] = [];
  for (let index = 1; index < kpi.series.length; index += 1) {
    const before = kpi.series[index - 1]!;
    const after = kpi.series[index]!;
    if (before.value === null || after.value === null || before.partial || after.partial) continue;
    changes.push(better * (after.value - before.value));
  }
  return {
    changes,
    median: median(changes),
    largest: changes.length > 0 ? Math.max(...changes) : null,
  };
}

function specific(kpi: KpiReport): SmartCriterion {
  const label = 'Specific';
  if (kpi.description === null)
    return {
      key: 'specific',
      label,
      met: false,
      reason: `Owned by ${kpi.owner}, but no description says in one sentence what it measures.`,
    };
  return {
    key: 'specific',
    label,
    met: true,
    reason: `Owned by ${kpi.owner}, with one source definition and a description of what it measures.`,
  };
}

function measurable(kpi: KpiReport): SmartCriterion {
  const withValue = kpi.series.filter((point) => point.value !== null).length;
  const files =
    kpi.sources.kind === 'single'
      ? kpi.sources.source.file
      : `${kpi.sources.numerator.file} and ${kpi.sources.denominator.file}`;
  return withValue > 0
    ? {
        key: 'measurable',
        label: 'Measurable',
        met: true,
        reason: `${withValue} of ${kpi.series.length} periods have a value, computed from ${files}.`,
      }
    : {
        key: 'measurable',
        label: 'Measurable',
        met: false,
        reason: `No period has a value yet in ${files}.`,
      };
}

function achievable(kpi: KpiReport, context: SmartContext): SmartCriterion {
  const base = { key: 'achievable', label: 'Achievable' } as const;
  if (kpi.direction === 'band')
    return { ...base, met: null, reason: 'A band has no target to move towards.' };
  if (!kpi.target)
    return { ...base, met: null, reason: 'No target is set, so there is nothing to reach.' };
  if (kpi.status === 'achieved')
    return { ...base, met: true, reason: 'The target is already met.' };
  if (kpi.status === 'missed')
    return { ...base, met: false, reason: 'The deadline passed without meeting the target.' };

  const required = kpi.forecast?.requiredPerPeriod ?? null;
  const history = historicalChanges(kpi);
  if (required === null || history.largest === null || history.median === null)
    return {
      ...base,
      met: null,
      reason: 'Not enough complete history to compare the change still needed with past changes.',
    };

  const needed = sign(kpi.direction) * required;
  const signed = (value: number) => context.delta(sign(kpi.direction) * value);
  const comparison = `the median change so far is ${signed(history.median)} and the largest ${signed(history.largest)}`;
  if (needed <= history.median)
    return {
      ...base,
      met: true,
      reason: `It needs ${context.delta(required)} per period; ${comparison}, so a typical period gets there.`,
    };
  if (needed <= history.largest)
    return {
      ...base,
      met: true,
      reason: `It needs ${context.delta(required)} per period; ${comparison}: a stretch, but done before.`,
    };
  return {
    ...base,
    met: false,
    reason: `It needs ${context.delta(required)} per period; ${comparison}: more than any period has managed.`,
  };
}

function relevant(kpi: KpiReport, context: SmartContext): SmartCriterion {
  const links: string[] = [];
  const goal = kpi.goal === null ? null : context.goalTitle(kpi.goal);
  if (goal !== null) links.push(`serves the goal “${goal}”`);
  const driven = kpi.drives.map(context.kpiTitle).filter((title) => title !== null);
  if (driven.length > 0) links.push(`drives ${driven.join(', ')}`);
  const drivers = kpi.drivenBy.map(context.kpiTitle).filter((title) => title !== null);
  if (drivers.length > 0) links.push(`is driven by ${drivers.join(', ')}`);
  if (links.length === 0)
    return {
      key: 'relevant',
      label: 'Relevant',
      met: false,
      reason: 'It is not linked to a goal or to another KPI.',
    };
  const sentence = links.join('; ');
  return {
    key: 'relevant',
    label: 'Relevant',
    met: true,
    reason: `It ${sentence}.`,
  };
}

function timeBound(kpi: KpiReport, context: SmartContext): SmartCriterion {
  if (!kpi.target)
    return {
      key: 'time-bound',
      label: 'Time-bound',
      met: false,
      reason: 'No target with a deadline is set.',
    };
  const milestones = kpi.milestones.length;
  const extra =
    milestones === 0
      ? ''
      : `, with ${milestones} milestone${milestones === 1 ? '' : 's'} on the way`;
  return {
    key: 'time-bound',
    label: 'Time-bound',
    met: true,
    reason: `The target is due by the end of ${context.period(kpi.target.by)}${extra}.`,
  };
}

export function smartCheck(kpi: KpiReport, context: SmartContext): SmartCriterion[] {
  return [
    specific(kpi),
    measurable(kpi),
    achievable(kpi, context),
    relevant(kpi, context),
    timeBound(kpi, context),
  ];
}
