import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

// The browser tests drive Debian's Chromium (or PACER_CHROMIUM). Without one
// they are skipped with a notice, unless CI demands them (PACER_REQUIRE_BROWSER).
const chromium = process.env['PACER_CHROMIUM'] ?? '/usr/bin/chromium';
const hasBrowser = existsSync(chromium);
if (!hasBrowser) {
  if (process.env['PACER_REQUIRE_BROWSER']) {
    throw new Error(`No Chromium at ${chromium}; install Debian's chromium or set PACER_CHROMIUM.`);
  }
  console.warn(`No Chromium at ${chromium}: the browser tests (test/browser) are skipped.`);
}

export default defineConfig({
  // This file lives in test/; paths are relative to the project.
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...(hasBrowser ? [] : ['test/browser/**'])],
    // Most files wait on child processes (the CLI, Astro builds, Chromium) rather
    // than on a core, so more of them run at once than there are cores.
    globalSetup: ['test/site/support/shared-builds.ts'],
    maxWorkers: availableParallelism() + 2,
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
