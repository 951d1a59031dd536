/**
 * A problem found in a user's input: where it is, what was expected, what was
 * found and how to fix it. Problems are collected, never thrown one by one, so
 * that a contributor sees every mistake of a change in one run.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Stable name from the catalogue, for filtering and tests. */
  code: ProblemCode;
  /** Repository-relative path with forward slashes. */
  file: string;
  /** 1-based line, when the problem has a place in the file. */
  line?: number;
  /** 1-based column in characters (code points) of the original line, when known. */
  column?: number;
  message: string;
  /** What to do about it. */
  hint?: string;
}

export type ProblemCode =
  | 'yaml-syntax'
  | 'missing-frontmatter'
  | 'invalid-field'
  | 'unknown-field'
  | 'duplicate-kpi'
  | 'unknown-category'
  | 'unknown-goal'
  | 'unknown-kpi'
  | 'invalid-period'
  | 'deadline-before-baseline'
  | 'baseline-without-data'
  | 'file-not-found'
  | 'empty-file'
  | 'header-only'
  | 'unknown-column'
  | 'duplicate-column'
  | 'padded-header'
  | 'field-count'
  | 'spaced-quote'
  | 'unclosed-quote'
  | 'malformed-quote'
  | 'half-empty-row'
  | 'invalid-number'
  | 'invalid-date'
  | 'unsupported-encoding'
  | 'conflicting-separators'
  | 'missing-directory'
  | 'grain-mismatch';

/** `file:line:column`, as editors and CI annotations expect it. */
export function formatPlace(problem: Pick<Problem, 'file' | 'line' | 'column'>): string {
  let place = problem.file;
  if (problem.line !== undefined) place += `:${problem.line}`;
  if (problem.line !== undefined && problem.column !== undefined) place += `:${problem.column}`;
  return place;
}

/** One line per problem: `data/sales.csv:214:3 error — "12,5" is not a number. Hint: …` */
export function formatProblem(problem: Problem): string {
  const hint = problem.hint ? ` Hint: ${problem.hint}` : '';
  return `${formatPlace(problem)} ${problem.severity} — ${problem.message}${hint}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** Thrown when input is invalid; carries every problem found, not just the first. */
export class InvalidInputError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error');
    super(
      `${errors.length} problem${errors.length === 1 ? '' : 's'} in the KPI definitions or data:\n` +
        errors.map(formatProblem).join('\n'),
    );
    this.name = 'InvalidInputError';
    this.problems = problems;
  }
}
