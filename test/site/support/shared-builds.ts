/**
 * Vitest global setup: a folder for the site builds that the test files of
 * one run share (build-site.ts), so that a fixture several files look at is
 * built once. Removed when the run ends.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED_BUILDS } from './build-site.ts';

export async function setup(): Promise<() => Promise<void>> {
  const folder = await mkdtemp(join(tmpdir(), 'pacer-test-builds-'));
  // Test workers start after this and inherit the environment.
  process.env[SHARED_BUILDS] = folder;
  return () => rm(folder, { recursive: true, force: true });
}
