/**
 * `pacer check` as a function: loads a repository, reads every data file its
 * KPIs use, computes the report, and returns every problem in a stable order
 * with the best position known. The CLI and the site build both call it, so
 * a build fails on exactly what `pacer check` reports.
 */
import type { Problem, ProblemCode } from '../errors/problem.ts';
import { loadReport } from '../report/load-report.ts';
import type { LoadedReport, LoadReportOptions } from '../report/load-report.ts';
import { sourcesOf } from './read-data.ts';

export interface CheckResult {
  /** Every problem, sorted by file, line and column. */
  problems: Problem[];
  errors: number;
  warnings: number;
  /** KPI definition files, valid or not. */
  kpis: number;
  /** Distinct data files the KPIs read. */
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
};

export async function runCheck(
  root: string,
  options: LoadReportOptions = {},
): Promise<CheckResult> {
  const loaded = await loadReport(root, options);
  const { repo } = loaded;

  const problems = loaded.problems.map((problem) => {
    const path = FIELD_OF_CODE[problem.code];
    const locate = repo.locators.get(problem.file);
    if (problem.line !== undefined || !path || !locate) return problem;
    return { ...problem, ...locate(path) };
  });
  problems.sort(compareProblems);

  const dataFiles = new Set(repo.kpis.flatMap(sourcesOf).map((ref) => ref.source.file));
  return {
    problems,
    errors: problems.filter((problem) => problem.severity === 'error').length,
    warnings: problems.filter((problem) => problem.severity === 'warning').length,
    kpis: repo.kpiFiles.length,
    dataFiles: dataFiles.size,
    milliseconds: loaded.milliseconds,
    loaded,
  };
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
