/** Problems for people at a terminal: `file:line:column severity message`, then the hint. */
import { formatPlace, hiddenNote } from '../../engine/errors/problem.ts';
import type { Problem } from '../../engine/errors/problem.ts';
import type { Colors } from '../colors.ts';
import { plural } from '../../engine/format/plural.ts';
import { terminalSafe } from './terminal-safe.ts';

export interface CheckSummary {
  errors: number;
  warnings: number;
  kpis: number;
  dataFiles: number;
  milliseconds: number;
}

export function renderProblemText(problem: Problem, colors: Colors): string {
  const severity = problem.severity === 'error' ? colors.red('error') : colors.yellow('warning');
  const first = `${colors.bold(terminalSafe(formatPlace(problem)))} ${severity} ${terminalSafe(problem.message)} ${colors.dim(`(${problem.code})`)}`;
  const hint = problem.hint ? `  ${colors.dim('hint:')} ${terminalSafe(problem.hint)}\n` : '';
  const hidden = hiddenNote(problem);
  const more = hidden
    ? `  ${colors.dim('more:')} ${terminalSafe(hidden)}; fix the ones listed and run \`npx pacer check\` again.\n`
    : '';
  return `${first}\n${hint}${more}`;
}

export function renderProblemsText(problems: readonly Problem[], colors: Colors): string {
  return problems.map((problem) => renderProblemText(problem, colors)).join('');
}

/** `check failed: 2 errors, 1 warning in 3 KPIs and 2 data files (14 ms)` */
export function renderCheckSummary(summary: CheckSummary, colors: Colors): string {
  const verdict = summary.errors > 0 ? colors.red('check failed:') : colors.green('check passed:');
  return `${verdict} ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} in ${plural(summary.kpis, 'KPI')} and ${plural(summary.dataFiles, 'data file')} (${Math.round(summary.milliseconds)} ms)\n`;
}
