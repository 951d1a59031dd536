/**
 * Loads a repository and computes its report: definitions, data, numbers.
 * Used by the site build and by the CLI alike.
 */
import { performance } from 'node:perf_hooks';
import type { Problem } from '../errors/problem.ts';
import { loadRepo } from '../load/load-repo.ts';
import type { Repo } from '../load/load-repo.ts';
import { readData } from '../load/read-data.ts';
import type { FileReadListener } from '../load/read-data.ts';
import { resolveAsOf } from './as-of.ts';
import type { AsOf } from './as-of.ts';
import { buildReport } from './build-report.ts';
import type { Report } from './types.ts';

export interface LoadReportOptions {
  /** Environment variables (`PACER_AS_OF`, `PACER_BASE`). */
  env?: Record<string, string | undefined>;
  now?: Date;
  onFile?: FileReadListener;
}

export interface LoadedReport {
  repo: Repo;
  asOf: AsOf;
  /** Null when the definitions were too broken to compute anything. */
  report: Report | null;
  /** Every problem, from definitions, data and computation. */
  problems: Problem[];
  milliseconds: number;
}

export async function loadReport(
  root: string,
  options: LoadReportOptions = {},
): Promise<LoadedReport> {
  const started = performance.now();
  const env = options.env ?? process.env;
  const now = options.now ?? new Date();
  const repo = await loadRepo(root);
  const asOf = resolveAsOf(repo.config, env['PACER_AS_OF'], now);
  const data = await readData(repo, repo.kpis, options.onFile);
  const { report, problems } = buildReport(repo, data, {
    asOf: asOf.day,
    now,
    base: env['PACER_BASE'],
    url: env['PACER_SITE_URL'],
  });
  return {
    repo,
    asOf,
    report,
    problems: [...repo.problems, ...data.problems, ...problems],
    milliseconds: performance.now() - started,
  };
}
