/**
 * `astro dev` and `astro preview` as child processes, for tests of the
 * live-reloading dev server and of the preview: started on a free port for a
 * repository, stopped by their process id.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { stripVTControlCharacters } from 'node:util';
import { ASTRO, astroEnvironment, PROJECT_ROOT } from './build-site.ts';

export interface DevServer {
  /** The site's home: `http://127.0.0.1:4321/`. */
  url: string;
  /** Everything the server printed so far. */
  log(): string;
  /** Resolves once the log matches `pattern` (printed after `since` characters of log). */
  waitForLog(pattern: RegExp, since?: number): Promise<void>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

async function until(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Starts `astro dev` for `repo` (a folder with kpis/ and data/) and waits until it serves. */
export function startDevServer(repo: string): Promise<DevServer> {
  return startAstro(repo, ['dev']);
}

/** Starts `astro preview` of the site built in `outDir`, with `repo` as the project's kpis/ and data/. */
export function startPreviewServer(repo: string, outDir: string): Promise<DevServer> {
  // Without the lock, a preview a developer keeps open does not stop the test, nor the test it.
  return startAstro(repo, ['preview', '--ignore-lock', '--outDir', outDir]);
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}

async function startAstro(repo: string, args: string[]): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [ASTRO, ...args, '--port', String(port), '--host', '127.0.0.1'],
    { cwd: PROJECT_ROOT, env: astroEnvironment(repo) },
  );
  let log = '';
  let exited = false;
  // Astro colours its log when CI is set, even into a pipe: tests read it plain.
  const append = (chunk: Buffer) => (log += stripVTControlCharacters(chunk.toString()));
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const closed = new Promise<void>((done) =>
    child.on('close', () => {
      exited = true;
      done();
    }),
  );

  const url = `http://127.0.0.1:${port}/`;
  // Ready when it answers: the wording of Astro's start-up lines differs between commands.
  let serving = false;
  const poll = setInterval(() => void answers(url).then((yes) => (serving ||= yes)), 250);
  try {
    await until(() => exited || serving, `astro ${args[0]} to start`);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  } finally {
    clearInterval(poll);
  }
  if (exited) throw new Error(`astro ${args[0]} exited:\n${log}`);

  return {
    url,
    log: () => log,
    waitForLog: (pattern, since = 0) =>
      until(() => pattern.test(log.slice(since)), `${pattern} in the log`, 30_000),
    stop: async () => {
      if (!exited) child.kill('SIGTERM');
      await closed;
    },
  };
}
