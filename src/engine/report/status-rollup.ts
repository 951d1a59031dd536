/** Rolling statuses up: the worst of a group, counts per status, and lists worst first. */
import { STATUSES, statusRank } from '../progress/status.ts';
import type { Status } from '../progress/status.ts';

/** The worst status among KPIs; `no-target` or `no-data` only when none has a rank. */
export function worstStatus(statuses: readonly Status[]): Status {
  let worst: Status | null = null;
  for (const status of statuses) {
    const rank = statusRank(status);
    if (rank !== null && (worst === null || rank < statusRank(worst)!)) worst = status;
  }
  return worst ?? (statuses.includes('no-target') ? 'no-target' : 'no-data');
}

/** How many have each status, every status present (zero when none). */
export function statusCounts(statuses: readonly Status[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<
    Status,
    number
  >;
  for (const status of statuses) counts[status]++;
  return counts;
}

/** KPIs worst status first (missed … achieved, then no-target, no-data); ties in title order. */
export function sortByStatus<T extends { status: Status; title: string }>(kpis: readonly T[]): T[] {
  return [...kpis].sort(
    (a, b) =>
      STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) ||
      a.title.localeCompare(b.title, 'en'),
  );
}
