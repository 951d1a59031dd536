/**
 * Runs `pacer` two ways: in-process with a recording logger (fast, for
 * output), and as a child process of the Node 24 binary (for exit codes,
 * stdout and stderr as a shell or CI sees them).
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import type { CliContext } from '../../../src/cli/cli-context.ts';
import type { Logger } from '../../../src/cli/logger.ts';
import { runPacer } from '../../../src/cli/program.ts';

export const REPO = resolve(import.meta.dirname, '../../..');
export const NODE = resolve(REPO, 'node_modules/.bin/node');
export const PACER = resolve(REPO, 'src/cli/pacer.ts');
/** The clock of every test run: 2026-11-20T12:00:00Z. */
export const EPOCH = '1795176000';

export interface CliRun {
  code: number;
  stdout: string;
  /** Logged lines as `level: message`. */
  logs: string[];
}

export function recordingLogger(): { logger: Logger; logs: string[] } {
  const logs: string[] = [];
  const record = (level: string) => (message: string) => logs.push(`${level}: ${message}`);
  return {
    logs,
    logger: {
      debug: record('debug'),
      info: record('info'),
      warn: record('warn'),
      error: record('error'),
    },
  };
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
}

export async function runCli(argv: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const { logger, logs } = recordingLogger();
  let stdout = '';
  const context: CliContext = {
    cwd: options.cwd ?? REPO,
    env: { PATH: process.env['PATH'], ...options.env },
    stdout: { write: (text) => void (stdout += text), isTTY: options.isTTY ?? false },
    logger,
    now: () => new Date(Number(EPOCH) * 1000),
  };
  const code = await runPacer(argv, context);
  return { code, stdout, logs };
}

export interface SpawnedRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `pacer` as a child process with a small, fixed environment. */
export function spawnPacer(argv: readonly string[], options: RunOptions = {}): Promise<SpawnedRun> {
  const env = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    SOURCE_DATE_EPOCH: EPOCH,
    ...options.env,
  };
  return new Promise((done) => {
    execFile(
      NODE,
      [PACER, ...argv],
      { cwd: options.cwd ?? REPO, env, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** Replaces the time a check took, the one part of its output that varies. */
export function maskTime(text: string): string {
  return text.replace(/\(\d+ ms\)/g, '(… ms)');
}
