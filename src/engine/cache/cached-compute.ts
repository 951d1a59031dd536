/**
 * Computing a report through the cache: the entry for the inputs' key when
 * there is one, otherwise the computed report, kept for next time unless it
 * has errors (a failed build is fixed, not repeated). Turning the cache on
 * also lets this process keep rendered charts (see charts/chart-cache.ts).
 */
import { useChartCache } from '../charts/chart-cache.ts';
import type { DayNumber } from '../calendar/civil-date.ts';
import { hasErrors } from '../errors/problem.ts';
import type { Problem } from '../errors/problem.ts';
import type { Report } from '../report/types.ts';
import { ReportCache } from './report-cache.ts';
import { reportKey } from './report-key.ts';

export interface Computed {
  report: Report | null;
  problems: Problem[];
}

export interface CacheUse {
  directory: string;
  root: string;
  asOf: DayNumber;
  env: Record<string, string | undefined>;
  now: Date;
}

export async function computeWithCache(
  use: CacheUse,
  compute: () => Promise<Computed>,
): Promise<Computed & { cached: boolean }> {
  useChartCache(use.directory);
  const key = await reportKey(use.root, use.asOf, use.env, use.directory);
  if (key === null) return { ...(await compute()), cached: false };
  const cache = new ReportCache(use.directory);
  const hit = await cache.read(key);
  if (hit) {
    // The numbers are the same; the stamp says when this build ran.
    const report = { ...hit.report, generated: use.now.toISOString() };
    return { report, problems: hit.problems, cached: true };
  }
  const computed = await compute();
  if (computed.report && !hasErrors(computed.problems)) {
    // A cache that cannot be written (a read-only disk) only costs the next build its head start.
    await cache
      .write(key, { report: computed.report, problems: computed.problems })
      .catch(() => {});
  }
  return { ...computed, cached: false };
}
