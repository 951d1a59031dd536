/** How each status reads on the page: a word and an icon shape, never colour alone. */
import { STATUSES, type Status } from '../engine/progress/status.ts';

export { STATUS_LABELS } from '../engine/progress/status-labels.ts';

/** Statuses worst first, the order every list of KPIs uses. */
export const STATUS_ORDER: readonly Status[] = STATUSES;

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

/** KPIs worst status first; ties keep the title order (the engine's order for owners' KPIs). */
export { sortByStatus } from '../engine/report/status-rollup.ts';
