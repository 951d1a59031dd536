/**
 * Computed reports kept by the content of their inputs (see report-key.ts),
 * so that a rebuild with unchanged `kpis/` and `data/` skips reading and
 * computing. An entry that cannot be read, does not parse or was written
 * for another key or format is ignored (and removed); only the newest few
 * entries are kept.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../errors/problem.ts';
import type { Report } from '../report/types.ts';
import { writeAtomically } from './atomic-file.ts';

/** Bumped whenever the shape of an entry changes. */
const FORMAT = 1;
/** Entries kept: a few as-of dates or branches of one repository, or a few repositories. */
const KEEP = 6;

export interface CachedReport {
  report: Report;
  /** Problems found reading data and computing (warnings only: failed builds are not kept). */
  problems: Problem[];
}

interface Entry extends CachedReport {
  format: number;
  key: string;
}

function isEntry(value: unknown, key: string): value is Entry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<Entry>;
  return (
    entry.format === FORMAT &&
    entry.key === key &&
    typeof entry.report === 'object' &&
    entry.report !== null &&
    Array.isArray(entry.report.kpis) &&
    Array.isArray(entry.problems)
  );
}

export class ReportCache {
  readonly #directory: string;

  constructor(directory: string) {
    this.#directory = join(directory, 'reports');
  }

  #path(key: string): string {
    return join(this.#directory, `${key}.json`);
  }

  async read(key: string): Promise<CachedReport | null> {
    const path = this.#path(key);
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) return null;
    try {
      const entry: unknown = JSON.parse(text);
      if (isEntry(entry, key)) return { report: entry.report, problems: entry.problems };
    } catch {
      // A corrupt entry is as good as none.
    }
    await rm(path, { force: true });
    return null;
  }

  async write(key: string, cached: CachedReport): Promise<void> {
    const entry: Entry = { format: FORMAT, key, ...cached };
    await writeAtomically(this.#path(key), JSON.stringify(entry));
    await this.#prune();
  }

  /** Removes all but the newest entries, and leftovers of interrupted writes. */
  async #prune(): Promise<void> {
    const names = await readdir(this.#directory).catch(() => []);
    const entries = await Promise.all(
      names.map(async (name) => {
        const path = join(this.#directory, name);
        const info = await stat(path).catch(() => null);
        return { path, name, time: info?.mtimeMs ?? 0 };
      }),
    );
    const stale = Date.now() - 60 * 60_000;
    const doomed = [
      ...entries.filter((entry) => entry.name.endsWith('.tmp') && entry.time < stale),
      ...entries
        .filter((entry) => entry.name.endsWith('.json'))
        .sort((a, b) => b.time - a.time)
        .slice(KEEP),
    ];
    await Promise.all(doomed.map((entry) => rm(entry.path, { force: true })));
  }
}
