/**
 * Writes the files of a git ref into a temporary directory, for computing the
 * report as it was. Uses a private index file (read-tree + checkout-index), so
 * the user's index, working tree and worktree list are never touched, and no
 * tool beyond git is needed.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../cli-error.ts';
import { git } from '../run-git.ts';

export interface MaterialisedRef {
  /** The repository root (the `--root` directory) as it is at the ref. */
  root: string;
  commit: string;
  dispose(): Promise<void>;
}

type Env = Readonly<Record<string, string | undefined>>;

async function resolveCommit(root: string, ref: string, env: Env): Promise<string> {
  if (ref.startsWith('-') || ref.trim() === '')
    throw new CliError(`"${ref}" is not a git ref`, { hint: 'Name a branch, tag or commit.' });
  try {
    return (
      await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, env })
    ).trim();
  } catch {
    throw new CliError(`"${ref}" is not a commit in the repository at ${root}`, {
      hint: 'Name a branch, tag or commit; in CI, fetch it first (actions/checkout with fetch-depth: 0).',
    });
  }
}

export async function materialiseRef(
  root: string,
  ref: string,
  env: Env,
): Promise<MaterialisedRef> {
  const top = (await git(['rev-parse', '--show-toplevel'], { cwd: root, env })).trim();
  // The Pacer root may be a folder inside the git repository.
  const prefix = (await git(['rev-parse', '--show-prefix'], { cwd: root, env })).trim();
  const commit = await resolveCommit(root, ref, env);

  const directory = await mkdtemp(join(tmpdir(), 'pacer-diff-'));
  const tree = join(directory, 'tree');
  const dispose = () => rm(directory, { recursive: true, force: true });
  try {
    await mkdir(tree);
    const privateIndex = { ...env, GIT_INDEX_FILE: join(directory, 'index') };
    const treeish = prefix ? `${commit}:${prefix.replace(/\/$/, '')}` : `${commit}^{tree}`;
    await git(['read-tree', treeish], { cwd: top, env: privateIndex });
    await git(['checkout-index', '--all', '--force', `--prefix=${tree}/`], {
      cwd: top,
      env: privateIndex,
    });
  } catch (error) {
    await dispose();
    if (error instanceof CliError && prefix)
      throw new CliError(`${prefix} does not exist at ${ref}`, { hint: error.message });
    throw error;
  }
  return { root: tree, commit, dispose };
}
