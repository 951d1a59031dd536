/**
 * A fingerprint of the code that computes numbers: every source file of the
 * engine and the versions of the libraries that read its input. Any change
 * to either makes every cached result stale.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENGINE = new URL('../', import.meta.url);
const PROJECT = new URL('../../../', import.meta.url);
/** Libraries whose behaviour changes numbers: CSV parsing, dates, YAML, validation. */
const LIBRARIES = ['papaparse', 'luxon', 'yaml', 'zod'];

async function libraryVersion(name: string): Promise<string> {
  const file = join(fileURLToPath(PROJECT), 'node_modules', name, 'package.json');
  const text = await readFile(file, 'utf8').catch(() => '{}');
  const { version } = JSON.parse(text) as { version?: string };
  return `${name}@${version ?? 'unknown'}`;
}

/** The fingerprint, or null when the engine's sources are not on disk (a bundled copy). */
export async function engineVersion(): Promise<string | null> {
  if (ENGINE.protocol !== 'file:') return null;
  const root = fileURLToPath(ENGINE);
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => null);
  if (entries === null) return null;
  const files = entries
    .filter((entry) => entry.isFile() && /\.(ts|json)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(root, file)).update('\u0000');
    hash.update(await readFile(file)).update('\u0000');
  }
  for (const library of await Promise.all(LIBRARIES.map(libraryVersion))) hash.update(library);
  return hash.digest('hex');
}
