#!/usr/bin/env node
/** The `pacer` executable: wires the process (argv, stdout, stderr, env, clock) to the program. */
import { clockFrom } from './cli-context.ts';
import { colorsFor } from './colors.ts';
import { createStreamLogger } from './logger.ts';
import { runPacer } from './program.ts';

// A reader that stops early (`pacer report | head`) closes the pipe: stop quietly, not with a stack.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const logger = createStreamLogger(
  process.stderr,
  colorsFor(process.stderr.isTTY === true, process.env),
);
process.exitCode = await runPacer(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: { write: (text) => process.stdout.write(text), isTTY: process.stdout.isTTY === true },
  logger,
  now: clockFrom(process.env),
});
