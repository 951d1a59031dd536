/**
 * Problems as data: every field present (null when unknown), in the order
 * `pacer check` prints them. The summary counts every problem found, also
 * those only counted (`hidden`) after a file's first few of a kind.
 */
import type { Problem } from '../../engine/errors/problem.ts';
import type { CheckSummary } from './problems-terminal.ts';

export interface ProblemJson {
  severity: Problem['severity'];
  code: Problem['code'];
  file: string;
  line: number | null;
  column: number | null;
  message: string;
  hint: string | null;
  /** More problems of the same kind in the file after this one, counted but not listed. */
  hidden: number;
}

export function problemJson(problem: Problem): ProblemJson {
  return {
    severity: problem.severity,
    code: problem.code,
    file: problem.file,
    line: problem.line ?? null,
    column: problem.column ?? null,
    message: problem.message,
    hint: problem.hint ?? null,
    hidden: problem.hidden ?? 0,
  };
}

export function renderProblemsJson(problems: readonly Problem[], summary: CheckSummary): string {
  const document = {
    summary: {
      errors: summary.errors,
      warnings: summary.warnings,
      kpis: summary.kpis,
      dataFiles: summary.dataFiles,
      milliseconds: Math.round(summary.milliseconds),
    },
    problems: problems.map(problemJson),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
