/**
 * Loads a repository and computes its report: definitions, data, numbers.
 * Used by the site build and by the CLI alike.
 */
import { performance } from 'node:perf_hooks';
import { releaseTables } from '../aggregate/release-columns.ts';
import { cacheDirectory, cacheDisabled, cacheRequested } from '../cache/cache-directory.ts';
import { computeWithCache } from '../cache/cached-compute.ts';
import type { Computed } from '../cache/cached-compute.ts';
import { hasErrors } from '../errors/problem.ts';
import type { Problem } from '../errors/problem.ts';
import { loadRepo } from '../load/load-repo.ts';
import type { Repo } from '../load/load-repo.ts';
import { readData, startDataWorkers } from '../load/read-data.ts';
import type { CsvReader, FileReadListener } from '../load/read-data.ts';
import { resolveAsOf } from './as-of.ts';
import type { AsOf } from './as-of.ts';
import { buildReport } from './build-report.ts';
import type { Report } from './types.ts';

export interface LoadReportOptions {
  /** Environment variables (`PACER_AS_OF`, `PACER_BASE`). */
  env?: Record<string, string | undefined>;
  now?: Date;
  onFile?: FileReadListener;
  /**
   * Reuse a report computed from the same inputs, and keep this one (see
   * cache/). @default on when PACER_CACHE is 1, on, true or yes; PACER_CACHE=0
   * turns it off whatever this says
   */
  cache?: boolean;
  /** Reads each data file; tests hand in one that counts. @default readCsv */
  readCsv?: CsvReader;
}

export interface LoadedReport {
  repo: Repo;
  asOf: AsOf;
  /** Null when the definitions were too broken to compute anything. */
  report: Report | null;
  /** Every problem, from definitions, data and computation. */
  problems: Problem[];
  milliseconds: number;
  /** The report came from the cache: no data file was read. */
  cached?: boolean;
}

function useCacheFor(env: Record<string, string | undefined>, options: LoadReportOptions): boolean {
  return (options.cache ?? cacheRequested(env)) && !cacheDisabled(env);
}

export async function loadReport(
  root: string,
  options: LoadReportOptions = {},
): Promise<LoadedReport> {
  const started = performance.now();
  const env = options.env ?? process.env;
  const now = options.now ?? new Date();
  // Threads for large data files start loading now, while the definitions are read; with the
  // cache on they wait for a miss, so that a rebuild does not spend a core starting them.
  const directory = cacheDirectory(env);
  const cache = directory !== null && useCacheFor(env, options);
  let workers = cache ? null : startDataWorkers(root);
  let dataRead = false;
  const repo = await loadRepo(root);
  const asOf = resolveAsOf(repo.config, env['PACER_AS_OF'], now);
  const compute = async (): Promise<Computed> => {
    dataRead = true;
    const data = await readData(repo, repo.kpis, {
      onFile: options.onFile,
      read: options.readCsv,
      workers: (workers ??= startDataWorkers(root)),
    });
    const built = buildReport(repo, data, {
      asOf: asOf.day,
      now,
      base: env['PACER_BASE'],
      url: env['PACER_SITE_URL'],
    });
    // The report holds every number it needs: the data's memory goes back before pages are built.
    releaseTables(data.tables.values());
    return { report: built.report, problems: [...data.problems, ...built.problems] };
  };

  // Broken definitions are reported afresh every time, never from the cache.
  const { report, problems, cached } =
    cache && directory !== null && !hasErrors(repo.problems)
      ? await computeWithCache({ directory, root, asOf: asOf.day, env, now }, compute)
      : { ...(await compute()), cached: false };
  // A cached report reads no file: threads started for nothing are let go (readData closes
  // the ones it used).
  if (!dataRead) await (await workers)?.close();
  return {
    repo,
    asOf,
    report,
    problems: [...repo.problems, ...problems],
    milliseconds: performance.now() - started,
    cached,
  };
}
