/**
 * The report cache: a rebuild with unchanged inputs reads no data file and
 * gives the same report; any change to the data, the definitions or the
 * "as of" date computes afresh; a corrupt entry is ignored; a report with
 * errors is never kept.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadReport } from '../../../src/engine/report/load-report.ts';
import type { LoadedReport } from '../../../src/engine/report/load-report.ts';
import { countingReader } from '../load/support/counting-reader.ts';
import { sumKpi, tempDirectory, tempRepo } from '../load/support/temp-repo.ts';

const FILES = {
  'kpis/revenue.md': sumKpi('data/sales.csv'),
  'data/sales.csv': 'date,amount\n2026-09-03,100\n2026-10-02,80\n2026-11-04,90\n',
};

async function setup() {
  const root = await tempRepo(FILES);
  const directory = await tempDirectory();
  const build = async (
    env: Record<string, string> = {},
    now = new Date('2026-11-20T10:00:00Z'),
  ) => {
    const { read, reads } = countingReader();
    const loaded = await loadReport(root, {
      env: { PACER_CACHE_DIR: directory, ...env },
      now,
      readCsv: read,
      cache: true,
    });
    return { loaded, reads: [...reads.values()].reduce((sum, count) => sum + count, 0) };
  };
  return { root, directory, build };
}

/** The report without its build stamp. */
function numbers(loaded: LoadedReport) {
  return { ...loaded.report, generated: null };
}

async function entries(directory: string): Promise<string[]> {
  return readdir(join(directory, 'reports')).catch(() => []);
}

describe('the report cache', () => {
  test('reuses the report of unchanged inputs without reading data, with a fresh stamp', async () => {
    const { build } = await setup();
    const cold = await build();
    const warm = await build({}, new Date('2026-11-21T08:00:00Z'));

    expect(cold.reads).toBe(1);
    expect(cold.loaded.cached).toBe(false);
    expect(warm.reads).toBe(0);
    expect(warm.loaded.cached).toBe(true);
    expect(numbers(warm.loaded)).toEqual(numbers(cold.loaded));
    expect(warm.loaded.report?.generated).toBe('2026-11-21T08:00:00.000Z');
  });

  test('computes afresh when a data file, a definition or the "as of" date changes', async () => {
    const { root, build } = await setup();
    await build();

    await writeFile(join(root, 'data/sales.csv'), `${FILES['data/sales.csv']}2026-11-05,1\n`);
    const changedData = await build();
    expect(changedData.reads).toBe(1);
    expect(changedData.loaded.report?.kpis[0]?.latest?.value).toBe(91);

    await writeFile(join(root, 'kpis/revenue.md'), sumKpi('data/sales.csv', 'grain: quarter'));
    expect((await build()).reads).toBe(1);

    expect((await build({ PACER_AS_OF: '2026-10-31' })).reads).toBe(1);
    expect((await build({ PACER_AS_OF: '2026-10-31' })).reads).toBe(0);
  });

  test('computes afresh when a data file’s schema changes, as a sidecar or in the site config', async () => {
    const { root, build } = await setup();
    await writeFile(join(root, 'data/sales.schema.yaml'), 'columns:\n  amount: number\n');
    expect((await build()).reads).toBe(1);
    expect((await build()).reads).toBe(0);

    // 90 becomes "no value": a different report from the same CSV bytes.
    await writeFile(join(root, 'data/sales.schema.yaml'), 'missing: ["90"]\n');
    const sidecar = await build();
    expect(sidecar.reads).toBe(1);
    expect(sidecar.loaded.report?.kpis[0]?.series.at(-1)?.value).toBeNull();

    await rm(join(root, 'data/sales.schema.yaml'));
    const site = await readFile(join(root, 'kpis/site.yaml'), 'utf8');
    await writeFile(
      join(root, 'kpis/site.yaml'),
      `${site}data:\n  data/sales.csv: { missing: ["80"] }\n`,
    );
    const entry = await build();
    expect(entry.reads).toBe(1);
    expect(entry.loaded.report?.kpis[0]?.series.map((point) => point.value)).toEqual([
      100,
      null,
      90,
    ]);
    expect((await build()).reads).toBe(0);
  });

  test('ignores a corrupt entry and replaces it', async () => {
    const { directory, build } = await setup();
    const cold = await build();
    const [entry] = await entries(directory);
    await writeFile(join(directory, 'reports', entry!), '{"format": 1, "key": "trunc');

    const again = await build();
    expect(again.reads).toBe(1);
    expect(numbers(again.loaded)).toEqual(numbers(cold.loaded));
    expect(JSON.parse(await readFile(join(directory, 'reports', entry!), 'utf8'))).toMatchObject({
      format: 1,
    });
    expect((await build()).reads).toBe(0);
  });

  test('keeps no report with errors, and leaves no half-written files', async () => {
    const { root, directory, build } = await setup();
    await writeFile(join(root, 'data/sales.csv'), 'date,amount\n2026-09-03,oops\n');
    const broken = await build();
    expect(broken.loaded.problems.some((problem) => problem.severity === 'error')).toBe(true);
    expect(await entries(directory)).toEqual([]);
    expect((await build()).reads).toBe(1);
    expect(
      (await readdir(directory, { recursive: true })).filter((name) => name.endsWith('.tmp')),
    ).toEqual([]);
  });

  test('is off unless asked for, and PACER_CACHE=0 turns it off', async () => {
    const root = await tempRepo(FILES);
    const directory = await tempDirectory();
    for (const [env, cache] of [
      [{ PACER_CACHE_DIR: directory }, undefined],
      [{ PACER_CACHE_DIR: directory, PACER_CACHE: '0' }, true],
    ] as const) {
      const loaded = await loadReport(root, { env, ...(cache === undefined ? {} : { cache }) });
      expect(loaded.cached).toBe(false);
    }
    expect(await entries(directory)).toEqual([]);
    const on = await loadReport(root, { env: { PACER_CACHE_DIR: directory, PACER_CACHE: '1' } });
    expect(on.cached).toBe(false);
    expect(await entries(directory)).toHaveLength(1);
  });
});
