/**
 * `pacer check` as a function: loads a repository, reads every data file its
 * KPIs use, computes the report, and returns every problem in a stable order
 * with the best position known. The CLI and the site build both call it, so
 * a build fails on exactly what `pacer check` reports.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { countProblems } from '../errors/problem.ts';
import type { Problem, ProblemCode } from '../errors/problem.ts';
import { loadReport } from '../report/load-report.ts';
import type { LoadedReport, LoadReportOptions } from '../report/load-report.ts';
import { checkBodies } from './check-bodies.ts';
import type { Repo } from './load-repo.ts';
import { sourcesOf } from './read-data.ts';

export interface CheckResult {
  /** Every problem, sorted by file, line and column. */
  problems: Problem[];
  /** Errors found, including those counted but not listed (see Problem.hidden). */
  errors: number;
  warnings: number;
  /** KPI definition files, valid or not. */
  kpis: number;
  /** Distinct data files the KPIs read (that exist). */
  dataFiles: number;
  milliseconds: number;
  /** The loaded repository and report, for callers that go on to use them. */
  loaded: LoadedReport;
}

/**
 * Fields that problems raised while computing (after parsing) are about, so
 * they can be placed in the definition file like parse problems are.
 */
const FIELD_OF_CODE: Partial<Record<ProblemCode, (string | number)[]>> = {
  'baseline-without-data': ['baseline', 'period'],
  'target-behind-baseline': ['target', 'value'],
};

/** Codes of problems that come from parsing a definition against its schema. */
const SCHEMA_CODES = new Set<ProblemCode>(['yaml-syntax', 'invalid-field', 'unknown-field']);

/**
 * Problems found while computing a KPI's numbers, which depend on its grain,
 * baseline and target. A definition with schema errors is computed with
 * defaults in place of the fields in error (a `grian:` typo leaves the grain
 * at month), so these would report consequences of defaults the author never
 * chose: they are left out until the definition is valid.
 */
const COMPUTED_CODES = new Set<ProblemCode>(['baseline-without-data', 'target-behind-baseline']);

export async function runCheck(
  root: string,
  options: LoadReportOptions = {},
): Promise<CheckResult> {
  const loaded = await loadReport(root, options);
  const { repo } = loaded;
  const started = performance.now();
  const bodyProblems = await checkBodies(repo);
  const milliseconds = loaded.milliseconds + performance.now() - started;

  const invalid = new Set(
    repo.problems
      .filter((problem) => SCHEMA_CODES.has(problem.code))
      .map((problem) => problem.file),
  );
  const problems = [...loaded.problems, ...bodyProblems]
    .filter((problem) => !(COMPUTED_CODES.has(problem.code) && invalid.has(problem.file)))
    .map((problem) => {
      const path = FIELD_OF_CODE[problem.code];
      const locate = repo.locators.get(problem.file);
      if (problem.line !== undefined || !path || !locate) return problem;
      return { ...problem, ...locate(path) };
    });
  problems.sort(compareProblems);

  return {
    problems,
    errors: countProblems(problems, 'error'),
    warnings: countProblems(problems, 'warning'),
    kpis: repo.kpiFiles.length,
    dataFiles: await countDataFiles(repo),
    milliseconds,
    loaded,
  };
}

/** The data files the KPIs read that exist: a missing one is reported, not counted as read. */
async function countDataFiles(repo: Repo): Promise<number> {
  const files = new Set(repo.kpis.flatMap(sourcesOf).map((ref) => ref.source.file));
  const found = await Promise.all(
    [...files].map((file) =>
      stat(join(repo.root, file)).then(
        (info) => info.isFile(),
        () => false,
      ),
    ),
  );
  return found.filter(Boolean).length;
}

/** By file, then position (file-level problems first), then message: the same order every run. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    compareText(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
