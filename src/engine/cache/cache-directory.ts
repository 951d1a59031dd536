/**
 * Where Pacer keeps what it computed, for the next build: `PACER_CACHE_DIR`
 * when set, otherwise `node_modules/.cache/pacer` of the project the engine
 * belongs to (git-ignored, kept by CI caches of node_modules). None when
 * the engine runs bundled, away from its project.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const PROJECT = new URL('../../../', import.meta.url);

export function cacheDirectory(env: Record<string, string | undefined>): string | null {
  const declared = env['PACER_CACHE_DIR'];
  if (declared) return declared;
  if (PROJECT.protocol !== 'file:') return null;
  return join(fileURLToPath(PROJECT), 'node_modules', '.cache', 'pacer');
}

/** Whether the environment turns the cache off (`PACER_CACHE=0`, `off`, `false`, `no`). */
export function cacheDisabled(env: Record<string, string | undefined>): boolean {
  return /^(0|off|false|no)$/i.test(env['PACER_CACHE']?.trim() ?? '');
}

/** Whether the environment turns the cache on (`PACER_CACHE=1`, `on`, `true`, `yes`). */
export function cacheRequested(env: Record<string, string | undefined>): boolean {
  return /^(1|on|true|yes)$/i.test(env['PACER_CACHE']?.trim() ?? '');
}
