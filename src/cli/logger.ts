/**
 * The CLI's logger: progress and diagnostics go to stderr through it, so that
 * stdout carries only the command's output (a report, JSON, Markdown). It is
 * passed in, never global; tests hand in one that records the lines.
 */
import type { Colors } from './colors.ts';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  /** Detail shown with `--verbose`, such as one line per data file read. */
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface TextSink {
  write(text: string): void;
}

/** A logger writing one line per message, with a fixed label for warnings and errors. */
export function createStreamLogger(sink: TextSink, colors: Colors): Logger {
  return {
    debug: (message) => sink.write(`${colors.dim(message)}\n`),
    info: (message) => sink.write(`${message}\n`),
    warn: (message) => sink.write(`${colors.yellow('warning')} ${message}\n`),
    error: (message) => sink.write(`${colors.red('error')} ${message}\n`),
  };
}

/** The same logger without debug lines, for runs without `--verbose`. */
export function withoutDebug(logger: Logger): Logger {
  return { ...logger, debug: () => undefined };
}
