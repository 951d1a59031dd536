/**
 * Rendered chart SVGs kept on disk by the content of their spec, so that a
 * rebuild draws only the charts whose data or look changed. The key holds
 * the spec and a fingerprint of the chart code and Vega's versions. Turned
 * on for the process by the report cache (see cache/cached-compute.ts),
 * which runs from the engine's sources: pages, bundled elsewhere, find the
 * setting in a process-wide slot.
 */
import { createHash } from 'node:crypto';
import { readFileSync, utimesSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomically } from '../cache/atomic-file.ts';

const SLOT = Symbol.for('pacer.chart-cache');
const CHARTS = new URL('./', import.meta.url);
const PROJECT = new URL('../../../', import.meta.url);
/** Charts not drawn or reused for this long are removed. */
const KEEP_MS = 30 * 24 * 60 * 60_000;

interface ChartCache {
  /** The cache directory as given to useChartCache. */
  root: string;
  directory: string;
  version: Promise<string | null>;
}

type Slot = { [SLOT]?: ChartCache };

async function chartVersion(): Promise<string | null> {
  if (CHARTS.protocol !== 'file:') return null;
  const directory = fileURLToPath(CHARTS);
  const names = (await readdir(directory).catch(() => [])).filter((name) => name.endsWith('.ts'));
  const hash = createHash('sha256');
  for (const name of names.sort()) hash.update(name).update(await readFile(join(directory, name)));
  for (const library of ['vega', 'vega-lite']) {
    const manifest = join(fileURLToPath(PROJECT), 'node_modules', library, 'package.json');
    hash.update(await readFile(manifest).catch(() => library));
  }
  return hash.digest('hex');
}

async function prune(directory: string): Promise<void> {
  const names = await readdir(directory, { recursive: true }).catch(() => []);
  const old = Date.now() - KEEP_MS;
  for (const name of names) {
    const path = join(directory, name);
    const info = await stat(path).catch(() => null);
    if (info?.isFile() && info.mtimeMs < old) await rm(path, { force: true });
  }
}

/** Keeps rendered charts under `directory` for the rest of this process. */
export function useChartCache(directory: string): void {
  const slot = globalThis as Slot;
  if (slot[SLOT]?.directory === join(directory, 'charts')) return;
  const charts = join(directory, 'charts');
  slot[SLOT] = { root: directory, directory: charts, version: chartVersion() };
  void prune(charts).catch(() => {});
}

/** The directory this process keeps charts under (as given to useChartCache), or null. */
export function chartCacheDirectory(): string | null {
  return (globalThis as Slot)[SLOT]?.root ?? null;
}

/**
 * The chart's SVG from the cache, or rendered by `render` and kept. `json`
 * is the spec as JSON when the caller has it already.
 */
export async function cachedSvg(
  spec: object,
  render: () => Promise<string>,
  json?: string,
): Promise<string> {
  const cache = (globalThis as Slot)[SLOT];
  if (!cache) return render();
  // The key is taken now: `render` may give the spec's rows to Vega, which writes into them.
  const text = json ?? JSON.stringify(spec);
  const version = await cache.version;
  if (!version) return render();
  const key = createHash('sha1').update(version).update(text).digest('hex');
  const path = join(cache.directory, key.slice(0, 2), `${key}.svg`);
  // Read and touched synchronously: pages render one at a time, and a small file in the page
  // cache is read sooner than an asynchronous read's four trips through the thread pool.
  const kept = keptSvg(path);
  if (kept !== null) return kept;
  const svg = await render();
  void writeAtomically(path, svg).catch(() => {});
  return svg;
}

/** A kept chart, touched so that charts still in use are not pruned as old; null if none. */
function keptSvg(path: string): string | null {
  try {
    const kept = readFileSync(path, 'utf8');
    if (!kept.startsWith('<svg') || !kept.endsWith('</svg>')) return null;
    const now = new Date();
    utimesSync(path, now, now);
    return kept;
  } catch {
    return null;
  }
}
