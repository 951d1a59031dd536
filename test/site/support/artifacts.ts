/**
 * Files the tests leave behind for people and CI to read: screenshots, axe
 * results, page weights. They go to test/artifacts/<suite>/, which git
 * ignores, and are rewritten by every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build-site.ts';

export const ARTIFACTS = join(PROJECT_ROOT, 'test', 'artifacts');

/** The suite's folder, created when missing. */
export function artifactFolder(suite: string): string {
  const folder = join(ARTIFACTS, suite);
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Writes `data` as indented JSON to test/artifacts/<suite>/<name> and returns the path. */
export function writeArtifactJson(suite: string, name: string, data: unknown): string {
  const path = join(artifactFolder(suite), name);
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
  return path;
}
