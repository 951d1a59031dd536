/**
 * Everything a command touches outside its arguments: the working directory,
 * the environment, stdout, the logger and the clock. Commands get it passed
 * in, so tests run them in-process with recorded output and a fixed clock.
 */
import type { Logger } from './logger.ts';

export interface Output {
  write(text: string): void;
  /** Whether stdout is a terminal: colour and layout depend on it. */
  readonly isTTY: boolean;
}

export interface CliContext {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: Output;
  /** Progress and diagnostics, on stderr. */
  logger: Logger;
  now(): Date;
}

export const EXIT_OK = 0;
/** Invalid input, a failed check, or a `--fail-on` condition. */
export const EXIT_FAILED = 1;
/** Wrong usage of the command itself, or an unexpected error. */
export const EXIT_USAGE = 2;

/**
 * The build clock: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 * convention) when set, so that `generated` stamps can be pinned.
 */
export function clockFrom(env: Readonly<Record<string, string | undefined>>): () => Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) {
    const fixed = new Date(Number(epoch.trim()) * 1000);
    return () => fixed;
  }
  return () => new Date();
}
