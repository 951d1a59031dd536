/** A git repository in a temporary directory, for `pacer diff`. */
import { execFile } from 'node:child_process';
import { copyFixture, tempRepo } from '../../engine/load/support/temp-repo.ts';
import type { RepoFiles } from '../../engine/load/support/temp-repo.ts';

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

/** Commits everything in `root` as the first commit of branch `main`. */
async function commitAsMain(root: string): Promise<string> {
  await git(root, 'init', '-q', '-b', 'main');
  await git(root, 'add', '-A');
  await git(root, 'commit', '-q', '-m', 'base');
  return root;
}

/** A copy of a fixture, committed as the first commit of branch `main`. */
export async function committedFixture(name: string): Promise<string> {
  return commitAsMain(await copyFixture(name));
}

/** A repository of `files` (and the pinned site config), committed as the first commit of `main`. */
export async function committedRepo(files: RepoFiles): Promise<string> {
  return commitAsMain(await tempRepo(files));
}

/** Replaces the commit hash in output, the one part that differs between runs. */
export function maskCommit(text: string): string {
  return text.replace(/\b[0-9a-f]{12}\b/g, '<commit>').replace(/\b[0-9a-f]{40}\b/g, '<commit>');
}
