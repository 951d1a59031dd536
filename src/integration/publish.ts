/**
 * Publishing a build all at once. Astro writes pages into a staging folder
 * next to the output folder; once the whole site is built, the staging folder
 * replaces the output folder. A build that fails on the way, or a process
 * that exits early, leaves the previous site as it was and no staging folder.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';

export interface Staging {
  /** The folder the site is published to. */
  outDir: string;
  /** Where Astro writes the site while it is being built. */
  stagingDir: string;
  /** Where the previous site waits while the new one moves in. */
  previousDir: string;
}

export function stagingFor(outDir: string, pid: number = process.pid): Staging {
  const parent = dirname(outDir);
  return {
    outDir,
    stagingDir: join(parent, `.pacer-staging-${pid}`),
    previousDir: `${outDir}.previous-${pid}`,
  };
}

/**
 * Undoes an unfinished publish: puts the previous site back if the new one
 * never moved in, and removes the staging folder. Synchronous, so that it can
 * run on the process's `exit` event.
 */
export function abandonStaging({ outDir, stagingDir, previousDir }: Staging): void {
  if (existsSync(previousDir) && !existsSync(outDir)) renameSync(previousDir, outDir);
  rmSync(previousDir, { recursive: true, force: true });
  rmSync(stagingDir, { recursive: true, force: true });
}

/**
 * Starts a staged build: clears a staging folder left by an earlier process
 * with the same id, and cleans up on exit whether or not the build finishes.
 */
export async function startStaging(staging: Staging): Promise<void> {
  await rm(staging.stagingDir, { recursive: true, force: true });
  process.once('exit', () => abandonStaging(staging));
}

/** The integration that swaps the finished site in, after every other integration wrote its files. */
export function publish(staging: Staging): AstroIntegration {
  const { outDir, stagingDir, previousDir } = staging;
  return {
    name: 'pacer:publish',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        await rm(previousDir, { recursive: true, force: true });
        await rename(outDir, previousDir).catch(() => undefined);
        await mkdir(dirname(outDir), { recursive: true });
        await rename(stagingDir, outDir);
        await rm(previousDir, { recursive: true, force: true });
        logger.info(`site written to ${outDir}`);
      },
    },
  };
}
