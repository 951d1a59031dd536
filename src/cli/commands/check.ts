/** `pacer check`: every problem in the definitions and data, in one pass. */
import { Option } from 'commander';
import type { Command } from 'commander';
import type { CliContext } from '../cli-context.ts';
import { EXIT_FAILED, EXIT_OK } from '../cli-context.ts';
import { colorsFor } from '../colors.ts';
import type { Runner } from '../command-runner.ts';
import { renderProblemsGithub } from '../reporters/problems-github.ts';
import { renderProblemsJson } from '../reporters/problems-json.ts';
import { renderCheckSummary, renderProblemsText } from '../reporters/problems-terminal.ts';
import { checkFor } from '../run-check.ts';

export const CHECK_FORMATS = ['text', 'github', 'json'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOptions {
  root: string;
  format: CheckFormat;
}

export function registerCheck(program: Command, run: Runner): void {
  program
    .command('check')
    .description('validate the site config, every KPI, its data files and every review')
    .addOption(
      new Option('--format <format>', 'how to print the problems')
        .choices(CHECK_FORMATS)
        .default('text'),
    )
    .action((options: { format: CheckFormat }, command: Command) =>
      run(checkCommand, options, command),
    );
}

export async function checkCommand(options: CheckOptions, context: CliContext): Promise<number> {
  const result = await checkFor(options.root, context);
  const colors = colorsFor(context.stdout.isTTY, context.env);

  switch (options.format) {
    case 'json':
      context.stdout.write(renderProblemsJson(result.problems, result));
      break;
    case 'github':
      // Annotations carry no colour; the summary is a plain line in the job log.
      context.stdout.write(renderProblemsGithub(result.problems));
      context.stdout.write(renderCheckSummary(result, colorsFor(false, context.env)));
      break;
    case 'text': {
      const problems = renderProblemsText(result.problems, colors);
      context.stdout.write(problems ? `${problems}\n` : '');
      context.stdout.write(renderCheckSummary(result, colors));
    }
  }
  return result.errors > 0 ? EXIT_FAILED : EXIT_OK;
}
