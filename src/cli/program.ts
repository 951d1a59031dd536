/**
 * The `pacer` command line: arguments parsed with commander, each command
 * registered by its own module. Runs in-process with a given context and
 * returns the exit code, so tests can drive it without spawning a process.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError } from 'commander';
import { SettingError } from '../engine/errors/setting-error.ts';
import type { CliContext } from './cli-context.ts';
import { EXIT_FAILED, EXIT_USAGE } from './cli-context.ts';
import { CliError } from './cli-error.ts';
import type { Runner } from './command-runner.ts';
import { registerAlerts } from './commands/alerts.ts';
import { registerCheck } from './commands/check.ts';
import { registerDiff } from './commands/diff.ts';
import { registerNew } from './commands/new.ts';
import { registerReport } from './commands/report.ts';
import { withoutDebug } from './logger.ts';

interface GlobalOptions {
  root: string;
  verbose?: true;
}

function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  const parsed = JSON.parse(text) as { version?: unknown };
  return typeof parsed.version === 'string' ? parsed.version : '0.0.0';
}

function createProgram(context: CliContext, setExitCode: (code: number) => void): Command {
  const program = new Command('pacer')
    .description('Check, report and compare the KPIs of a Pacer repository.')
    .version(packageVersion())
    .option('--root <dir>', 'the repository root', '.')
    .option('--verbose', 'log each step, such as every data file read')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.logger.info(text.trimEnd()),
      outputError: (text) => context.logger.error(text.replace(/^error: /, '').trimEnd()),
    });

  // Every action sees the global options, and a logger that honours --verbose.
  const run: Runner = async (action, options, command) => {
    const globals = command.optsWithGlobals<GlobalOptions>();
    const logger = globals.verbose ? context.logger : withoutDebug(context.logger);
    const root = resolve(context.cwd, globals.root);
    setExitCode(await action({ ...options, root }, { ...context, logger }));
  };

  registerCheck(program, run);
  registerReport(program, run);
  registerDiff(program, run);
  registerNew(program, run);
  registerAlerts(program, run);
  return program;
}

/** Runs `pacer` with `argv` (without the node and script paths); resolves to the exit code. */
export async function runPacer(argv: readonly string[], context: CliContext): Promise<number> {
  let exitCode = 0;
  const program = createProgram(context, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportFailure(error, argv, context);
  }
}

/** Usage errors were printed by commander; user errors get one line and a hint; the rest a message. */
function reportFailure(error: unknown, argv: readonly string[], context: CliContext): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
  if (error instanceof CliError) {
    context.logger.error(error.message);
    if (error.hint) context.logger.info(`  hint: ${error.hint}`);
    return error.exitCode;
  }
  if (error instanceof SettingError) {
    context.logger.error(error.message);
    context.logger.info(`  hint: ${error.hint}`);
    return EXIT_FAILED;
  }
  context.logger.error(error instanceof Error ? error.message : String(error));
  if (error instanceof Error && error.stack && argv.includes('--verbose'))
    context.logger.debug(error.stack);
  return EXIT_USAGE;
}
