/** A git repository in a temporary directory, for `pacer diff`. */
import { execFile } from 'node:child_process';
import { copyFixture } from '../../engine/load/support/temp-repo.ts';

export function git(cwd: string, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args],
      {
        cwd,
        env: { PATH: process.env['PATH'], HOME: process.env['HOME'], GIT_CONFIG_NOSYSTEM: '1' },
      },
      (error, stdout, stderr) =>
        error ? reject(new Error(stderr || error.message)) : resolve(stdout),
    );
  });
}

/** A copy of a fixture, committed as the first commit of branch `main`. */
export async function committedFixture(name: string): Promise<string> {
  const root = await copyFixture(name);
  await git(root, 'init', '-q', '-b', 'main');
  await git(root, 'add', '-A');
  await git(root, 'commit', '-q', '-m', 'base');
  return root;
}

/** Replaces the commit hash in output, the one part that differs between runs. */
export function maskCommit(text: string): string {
  return text.replace(/\b[0-9a-f]{12}\b/g, '<commit>').replace(/\b[0-9a-f]{40}\b/g, '<commit>');
}
