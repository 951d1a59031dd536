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
  /**
   * How many more problems of the same kind the file has after this one that
   * are not listed: a systematic mistake is shown a few times, then counted.
   */
  hidden?: number;
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
  | 'unlisted-kpi'
  | 'mdx-syntax'
  | 'invalid-period'
  | 'deadline-before-baseline'
  | 'target-behind-baseline'
  | 'baseline-without-data'
  | 'file-not-found'
  | 'empty-file'
  | 'header-only'
  | 'empty-header'
  | 'unknown-column'
  | 'unmatched-filter'
  | 'duplicate-column'
  | 'padded-header'
  | 'field-count'
  | 'spaced-quote'
  | 'unclosed-quote'
  | 'malformed-quote'
  | 'half-empty-row'
  | 'invalid-number'
  | 'ambiguous-number'
  | 'invalid-date'
  | 'unsupported-encoding'
  | 'conflicting-separators'
  | 'conflicting-setting'
  | 'duplicate-schema'
  | 'column-type'
  | 'missing-directory'
  | 'grain-mismatch';

/** `file:line:column`, as editors and CI annotations expect it. */
export function formatPlace(problem: Pick<Problem, 'file' | 'line' | 'column'>): string {
  let place = problem.file;
  if (problem.line !== undefined) place += `:${problem.line}`;
  if (problem.line !== undefined && problem.column !== undefined) place += `:${problem.column}`;
  return place;
}

/** `1,264 more invalid-number problems in data/web.csv are not listed`, or null when none are hidden. */
export function hiddenNote(problem: Problem): string | null {
  const hidden = problem.hidden ?? 0;
  if (hidden === 0) return null;
  const count = new Intl.NumberFormat('en-US').format(hidden);
  return `${count} more ${problem.code} problem${hidden === 1 ? '' : 's'} in ${problem.file} ${hidden === 1 ? 'is' : 'are'} not listed`;
}

/** One line per problem: `data/sales.csv:214:3 error — "12,5" is not a number. Hint: …` */
export function formatProblem(problem: Problem): string {
  const hint = problem.hint ? ` Hint: ${problem.hint}` : '';
  const hidden = hiddenNote(problem);
  return `${formatPlace(problem)} ${problem.severity} — ${problem.message}${hint}${hidden ? ` (${hidden})` : ''}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** How many problems of a severity were found, counting those not listed. */
export function countProblems(problems: readonly Problem[], severity: Severity): number {
  let count = 0;
  for (const problem of problems)
    if (problem.severity === severity) count += 1 + (problem.hidden ?? 0);
  return count;
}

/** Thrown when input is invalid; carries every problem found, not just the first. */
export class InvalidInputError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error');
    const count = countProblems(problems, 'error');
    super(
      `${count} problem${count === 1 ? '' : 's'} in the KPI definitions or data:\n` +
        errors.map(formatProblem).join('\n'),
    );
    this.name = 'InvalidInputError';
    this.problems = problems;
  }
}
