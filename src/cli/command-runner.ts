/**
 * What a command module needs from the program: a way to run its action with
 * the global options (`--root`, `--verbose`) applied and its exit code kept.
 */
import type { Command } from 'commander';
import type { CliContext } from './cli-context.ts';

export type CommandAction<T> = (
  options: T & { root: string },
  context: CliContext,
) => Promise<number>;

export type Runner = <T extends object>(
  action: CommandAction<T>,
  options: T,
  command: Command,
) => Promise<void>;
