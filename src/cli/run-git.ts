/** Runs git without a shell, so a ref or path can never be read as shell syntax. */
import { execFile } from 'node:child_process';
import { CliError } from './cli-error.ts';

export interface GitOptions {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

export function git(args: readonly string[], options: GitOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...args],
      { cwd: options.cwd, env: { ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) {
          resolve(stdout);
          return;
        }
        const detail = stderr.trim().split('\n')[0] || error.message;
        reject(new CliError(`git ${args[0] ?? ''} failed: ${detail}`));
      },
    );
  });
}
