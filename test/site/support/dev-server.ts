/**
 * `astro dev` and `astro preview` as child processes, for tests of the
 * live-reloading dev server and of the preview: started on a free port for a
 * repository, stopped by their process id.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
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
  return startAstro(repo, ['dev'], /watching for file changes/);
}

/** Starts `astro preview` of the site built in `outDir`, with `repo` as the project's kpis/ and data/. */
export function startPreviewServer(repo: string, outDir: string): Promise<DevServer> {
  return startAstro(repo, ['preview', '--outDir', outDir], /Local\s+http/);
}

async function startAstro(repo: string, args: string[], ready: RegExp): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [ASTRO, ...args, '--port', String(port), '--host', '127.0.0.1'],
    { cwd: PROJECT_ROOT, env: astroEnvironment(repo) },
  );
  let log = '';
  let exited = false;
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const closed = new Promise<void>((done) =>
    child.on('close', () => {
      exited = true;
      done();
    }),
  );

  const url = `http://127.0.0.1:${port}/`;
  await until(() => exited || ready.test(log), `astro ${args[0]} to start`);
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
