/**
 * The repository whose kpis/ and data/ the site is built from: `PACER_ROOT`
 * when set (fixture sites in tests, or a KPI repo that keeps Pacer elsewhere),
 * otherwise the Astro project itself.
 */
import { resolve } from 'node:path';

export function repoRoot(projectRoot: string = process.cwd()): string {
  const fromEnvironment = process.env['PACER_ROOT'];
  return fromEnvironment ? resolve(fromEnvironment) : resolve(projectRoot);
}
