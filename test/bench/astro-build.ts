/**
 * Real Astro builds, measured from outside (see measure-process.ts): a
 * Pacer site from a repository (PACER_ROOT) in this project, or a bare
 * Astro project. Pacer builds take turns with the site tests through the
 * same lock, since they share the project's `.astro/` folder.
 */
import { createHash } from 'node:crypto';
import { mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMeasured } from './measure-process.ts';
import type { ProcessRun } from './measure-process.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const LOCK = join(tmpdir(), 'pacer-site-build.lock');
const STALE_LOCK_MS = 10 * 60_000;

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      const age = await stat(LOCK).then(
        (info) => Date.now() - info.mtimeMs,
        () => 0,
      );
      if (age > STALE_LOCK_MS) await rm(LOCK, { recursive: true, force: true });
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  try {
    return await work();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

/** The environment of a build: no variables of the shell that runs the bench leak in. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const name of Object.keys(env)) {
    if (/^(VITEST|VITE_)/.test(name) || (name.startsWith('PACER_') && !(name in extra)))
      delete env[name];
  }
  return env;
}

/** Astro's content cache of a repository, as astro.config.mjs names it. */
export function astroCacheOf(root: string): string {
  const hash = createHash('sha256').update(resolve(root)).digest('hex').slice(0, 12);
  return join(PROJECT_ROOT, 'node_modules', '.astro', 'roots', hash);
}

function checked(run: ProcessRun, what: string): ProcessRun {
  if (run.code !== 0)
    throw new Error(`${what} failed (exit ${run.code}):\n${run.output.slice(-3000)}`);
  return run;
}

export interface PacerBuild {
  /** The repository (PACER_ROOT); the project's own example when omitted. */
  root?: string;
  outDir: string;
  /** Start without Astro's content cache of the repository. */
  cold?: boolean;
  env?: Record<string, string>;
}

export async function buildPacerSite(build: PacerBuild): Promise<ProcessRun> {
  return withLock(async () => {
    if (build.cold && build.root)
      await rm(astroCacheOf(build.root), { recursive: true, force: true });
    await rm(build.outDir, { recursive: true, force: true });
    const env = buildEnv({ ...(build.root ? { PACER_ROOT: build.root } : {}), ...build.env });
    const run = await runMeasured(process.execPath, [ASTRO, 'build', '--outDir', build.outDir], {
      cwd: PROJECT_ROOT,
      env,
    });
    return checked(run, `astro build of ${build.root ?? 'the example site'}`);
  });
}

export async function buildBareSite(project: string, outDir: string): Promise<ProcessRun> {
  await rm(outDir, { recursive: true, force: true });
  await rm(join(project, 'node_modules', '.astro'), { recursive: true, force: true }).catch(
    () => {},
  );
  const run = await runMeasured(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    cwd: project,
    env: buildEnv({}),
  });
  return checked(run, `astro build of ${project}`);
}
