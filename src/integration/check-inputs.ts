/**
 * The site's check of kpis/ and data/: the same run as `pacer check`, logged
 * through the integration's logger (one line per data file, one per problem)
 * and ending in one summary line when anything is wrong.
 */
import type { AstroIntegrationLogger } from 'astro';
import { countProblems, formatProblem } from '../engine/errors/problem.ts';
import { formatCount } from '../engine/format/format-value.ts';
import { plural } from '../engine/format/plural.ts';
import { runCheck } from '../engine/load/check-repo.ts';
import type { LoadedReport } from '../engine/report/load-report.ts';

/**
 * Checks the repository and computes its report, logging every problem as it
 * goes unless `quiet` (a preview serves an earlier build, not these files).
 */
export async function checkInputs(
  root: string,
  logger: AstroIntegrationLogger,
  quiet = false,
): Promise<LoadedReport> {
  const check = await runCheck(root, {
    // Unchanged kpis/ and data/ reuse the report computed last time (node_modules/.cache).
    cache: true,
    onFile: (file, rows, milliseconds) => {
      if (quiet) return;
      logger.info(`${file}: ${formatCount(rows, 'en-US')} rows in ${Math.round(milliseconds)} ms`);
    },
  });
  if (quiet) return { ...check.loaded, problems: check.problems };
  for (const problem of check.problems) {
    if (problem.severity === 'error') logger.error(formatProblem(problem));
    else logger.warn(formatProblem(problem));
  }
  return { ...check.loaded, problems: check.problems };
}

/** How many problems stop the site from being built; 0 when the report can be shown. */
export function blockingProblems(loaded: LoadedReport): number {
  // A problem repeated on many rows is shown once with a hidden count; the summary counts them all.
  const errors = countProblems(loaded.problems, 'error');
  return errors === 0 && !loaded.report ? 1 : errors;
}

/** `Pacer found 3 problems in kpis/ or data/`, the start of every summary line. */
export function problemCount(count: number): string {
  return `Pacer found ${plural(count, 'problem')} in kpis/ or data/`;
}
