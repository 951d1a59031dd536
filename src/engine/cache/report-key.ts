/**
 * The key a computed report is kept under: everything its numbers depend
 * on. The content of every file under `kpis/` and `data/`, the "as of" date
 * (from the config, PACER_AS_OF or the clock), the environment that goes
 * into the report (PACER_BASE, PACER_SITE_URL), and the engine's own code.
 */
import { createHash } from 'node:crypto';
import type { DayNumber } from '../calendar/civil-date.ts';
import { engineVersion } from './engine-version.ts';
import { InputFingerprint } from './input-fingerprint.ts';

/** `directory`: the cache, where hashes of large data files are remembered between builds. */
export async function reportKey(
  root: string,
  asOf: DayNumber,
  env: Record<string, string | undefined>,
  directory: string | null = null,
): Promise<string | null> {
  const [engine, inputs] = await Promise.all([
    engineVersion(),
    new InputFingerprint(directory).of(root),
  ]);
  if (engine === null) return null;
  const parts = {
    engine,
    inputs,
    asOf,
    base: env['PACER_BASE'] ?? '',
    url: env['PACER_SITE_URL'] ?? '',
  };
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 40);
}
