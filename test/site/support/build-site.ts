/**
 * Builds a fixture repository into a temporary folder with the real Astro
 * build, for tests that check the generated site. Builds of different
 * fixtures share the project's `.astro/` folder (content modules, types), so
 * they take turns through a lock that works across test workers. Within one
 * test run (see shared-builds.ts) a fixture built with the same environment
 * is built once and read by every test file that asks for it.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const ASTRO = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const LOCK = join(tmpdir(), 'pacer-site-build.lock');
const STALE_LOCK_MS = 10 * 60_000;
const INHERITED_VITE_VARIABLES = new Set([
  'BASE_URL',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
  'NODE_ENV',
  'TEST',
]);

export interface BuiltSite {
  outDir: string;
  /** Everything the build printed. */
  log: string;
  /** A file of the site by its path under the output folder (`kpis/revenue/index.html`). */
  read(path: string): string;
  exists(path: string): boolean;
  /** Every file, as paths under the output folder, sorted. */
  files(): string[];
  remove(): Promise<void>;
}

/**
 * Time for a test that builds a site itself: it waits for the build lock behind
 * the builds of other test files first, a minute or more on a loaded machine.
 */
export const BUILD_TIMEOUT = 300_000;

/** Runs `work` while no other test process uses the project's `.astro/` folder. */
export async function withLock<T>(work: () => Promise<T>): Promise<T> {
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

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; log: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [ASTRO, ...args], { cwd: PROJECT_ROOT, env });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, log }));
  });
}

function listFiles(root: string, folder = root): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? listFiles(root, path) : [relative(root, path)];
  });
}

/**
 * The environment Astro runs in for `fixture`. Vitest exports Vite's own
 * variables (BASE_URL, MODE, NODE_ENV=test…); Astro would read them.
 */
export function astroEnvironment(
  fixture: string,
  env: Record<string, string> = {},
): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(environment)) {
    if (/^(VITEST|VITE_|PACER_)/.test(name) || INHERITED_VITE_VARIABLES.has(name)) {
      delete environment[name];
    }
  }
  return Object.assign(environment, {
    PACER_ROOT: resolve(PROJECT_ROOT, fixture),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...env,
  });
}

/** Runs `astro build` of `fixture` into `outDir`, whether it succeeds or not. */
export function runBuild(
  fixture: string,
  outDir: string,
  env: Record<string, string> = {},
): Promise<{ code: number; log: string }> {
  const environment = astroEnvironment(fixture, env);
  return withLock(() => run(['build', '--outDir', outDir], environment));
}

/** Builds `fixture` (a folder with kpis/ and data/, relative to the project) and returns the site. */
export async function buildSite(
  fixture: string,
  env: Record<string, string> = {},
): Promise<BuiltSite> {
  const shared = process.env[SHARED_BUILDS];
  const { outDir, log } = shared
    ? await buildOnce(shared, fixture, env)
    : await buildAlone(fixture, env);

  return {
    outDir,
    log,
    read: (path) => readFileSync(join(outDir, path), 'utf8'),
    exists: (path) => existsSync(join(outDir, path)),
    files: () => listFiles(outDir).sort(),
    // A shared build stays for the other files of the run, which removes it at the end.
    remove: shared
      ? () => Promise.resolve()
      : () => rm(resolve(outDir, '..'), { recursive: true, force: true }),
  };
}

/** The folder of this test run's shared builds; see shared-builds.ts. */
export const SHARED_BUILDS = 'PACER_TEST_BUILDS';

async function buildAlone(fixture: string, env: Record<string, string>) {
  const outDir = join(await mkdtemp(join(tmpdir(), 'pacer-site-')), 'dist');
  const { code, log } = await runBuild(fixture, outDir, env);
  if (code !== 0) throw new Error(`astro build of ${fixture} failed (exit ${code}):\n${log}`);
  return { outDir, log };
}

/** The build of `fixture` with `env` in `folder`, made by whichever test file asks first. */
function buildOnce(folder: string, fixture: string, env: Record<string, string>) {
  const key = createHash('sha256')
    .update(JSON.stringify([fixture, env]))
    .digest('hex')
    .slice(0, 16);
  const outDir = join(folder, key, 'dist');
  const logFile = join(folder, key, 'build.log');
  return withLock(async () => {
    if (!existsSync(logFile)) {
      const { code, log } = await run(
        ['build', '--outDir', outDir],
        astroEnvironment(fixture, env),
      );
      if (code !== 0) throw new Error(`astro build of ${fixture} failed (exit ${code}):\n${log}`);
      await writeFile(logFile, log);
    }
    return { outDir, log: await readFile(logFile, 'utf8') };
  });
}
