/**
 * Runs the same check as `pacer check` for the other commands, and hands back
 * the report only when there are no errors, so that no command ever prints
 * numbers computed from invalid input.
 */
import { formatProblem } from '../engine/errors/problem.ts';
import { runCheck } from '../engine/load/check-repo.ts';
import type { CheckResult } from '../engine/load/check-repo.ts';
import type { Report } from '../engine/report/types.ts';
import type { CliContext } from './cli-context.ts';
import { colorsFor } from './colors.ts';
import { plural } from '../engine/format/plural.ts';
import { renderProblemsMarkdown } from './reporters/problems-markdown.ts';
import { renderCheckSummary, renderProblemsText } from './reporters/problems-terminal.ts';
import { terminalSafe } from './reporters/terminal-safe.ts';

type Env = Readonly<Record<string, string | undefined>>;

export function checkFor(root: string, context: CliContext, env: Env = context.env) {
  return runCheck(root, {
    env: { ...env },
    now: context.now(),
    onFile: (file, rows, milliseconds) =>
      context.logger.debug(`${file}: ${plural(rows, 'row')} in ${Math.round(milliseconds)} ms`),
  });
}

/** Where the problems go when a command refuses to run: its own output, or stderr beside JSON. */
export type ProblemOutput = 'text' | 'markdown' | 'stderr';

export interface ValidReport {
  report: Report;
  check: CheckResult;
}

export async function loadValidReport(
  root: string,
  context: CliContext,
  output: ProblemOutput,
  env: Env = context.env,
): Promise<ValidReport | null> {
  const check = await checkFor(root, context, env);
  const report = check.loaded.report;
  if (check.errors === 0 && report) {
    if (check.warnings > 0)
      context.logger.warn(
        `${plural(check.warnings, 'warning')}; run \`npx pacer check\` to see them.`,
      );
    return { report, check };
  }

  switch (output) {
    case 'markdown':
      context.stdout.write(renderProblemsMarkdown(check.problems));
      break;
    case 'text': {
      const colors = colorsFor(context.stdout.isTTY, context.env);
      context.stdout.write(`${renderProblemsText(check.problems, colors)}\n`);
      context.stdout.write(renderCheckSummary(check, colors));
      break;
    }
    case 'stderr':
      for (const problem of check.problems)
        context.logger.error(terminalSafe(formatProblem(problem)));
  }
  context.logger.error('no report: fix the errors above first.');
  return null;
}
