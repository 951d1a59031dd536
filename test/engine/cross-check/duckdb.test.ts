/**
 * An independent cross-check: DuckDB reads the same CSV files and aggregates
 * them per ISO week, month, quarter and year in SQL written by hand from each
 * KPI's definition; the engine's series must agree period by period. The core
 * is the example site's own KPIs, loaded from this repository; a few made-up
 * measures cover what they do not (a median, a week 53).
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../../src/engine/report/load-report.ts';
import type { LoadedReport } from '../../../src/engine/report/load-report.ts';
import type { Report } from '../../../src/engine/report/types.ts';
import { kpiId, writeCrossCheckRepo } from './cross-check-repo.ts';
import { EXAMPLE_AS_OF, EXAMPLE_QUERIES, filesOf } from './example-queries.ts';
import { exampleMeasures, fixtureMeasures } from './measures.ts';
import type { Measure } from './measures.ts';
import { duckdbSeries, periodSql, sqlPath } from './period-sql.ts';
import type { SqlGrain } from './period-sql.ts';
import { regrain } from './regrain.ts';
import type { Regrained } from './regrain.ts';
import { seriesDifferences } from './series-match.ts';

const EXAMPLE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const EXAMPLE_DATA = join(EXAMPLE_ROOT, 'data');
const FIXTURE_DATA = fileURLToPath(new URL('../../fixtures/cross-check/data/', import.meta.url));
const GRAINS: SqlGrain[] = ['week', 'month', 'quarter', 'year'];

let connection: DuckDBConnection;
let instance: DuckDBInstance;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

const inFolder = (folder: string) => (name: string) => sqlPath(join(folder, name));

function expectSameSeries(...[series, expected]: Parameters<typeof seriesDifferences>) {
  expect(expected.size).toBeGreaterThanOrEqual(2);
  const differences = seriesDifferences(series, expected);
  expect(differences.length, differences.slice(0, 12).join('\n')).toBe(0);
}

interface Example {
  loaded: LoadedReport;
  report: Report;
  regrained: Regrained;
}

function missingExampleFiles(): string[] {
  const files = new Set(EXAMPLE_QUERIES.flatMap(filesOf));
  return [...files].filter((file) => !existsSync(join(EXAMPLE_ROOT, file)));
}

/**
 * The example's KPI definitions that are not in kpis/. A team that replaces the
 * example with its own KPIs (README, "Publish your KPI site") has nothing here
 * to check; this project's CI sets PACER_REQUIRE_EXAMPLE, so that a lost file
 * fails there instead.
 */
function missingExampleKpis(): string[] {
  return EXAMPLE_QUERIES.map((query) => `kpis/${query.id}.md`).filter(
    (file) => !existsSync(join(EXAMPLE_ROOT, file)),
  );
}
const exampleReplaced =
  !process.env['PACER_REQUIRE_EXAMPLE'] &&
  missingExampleKpis().length + missingExampleFiles().length > 0;
if (exampleReplaced) {
  console.warn(
    `The example site is not in kpis/ and data/ (${[...missingExampleKpis(), ...missingExampleFiles()].slice(0, 3).join(', ')} …): its DuckDB cross-check is skipped.`,
  );
}

/** The example's report as of its pinned date, and its KPIs at every grain. */
async function loadExample(): Promise<Example> {
  const missing = missingExampleFiles();
  if (missing.length > 0) throw new Error(`The example's data lacks ${missing.join(', ')}.`);

  const loaded = await loadReport(EXAMPLE_ROOT, {
    env: { PACER_AS_OF: EXAMPLE_AS_OF },
    cache: false,
  });
  expect(loaded.problems).toEqual([]);
  const regrained = await regrain(loaded, GRAINS);
  expect(regrained.problems).toEqual([]);
  return { loaded, report: loaded.report!, regrained };
}

describe.skipIf(exampleReplaced)('DuckDB cross-check of the example site’s KPIs', () => {
  // Loaded by the first test that needs it; when loading fails, every test that needs it fails
  // with the reason, none is skipped.
  let example: Promise<Example> | undefined;
  const theExample = () => (example ??= loadExample());

  it('has every definition and data file the KPIs read', () => {
    expect(missingExampleKpis()).toEqual([]);
    expect(missingExampleFiles()).toEqual([]);
  });

  it('is pinned to the as-of date of the example’s config, on ISO weeks and calendar quarters', async () => {
    const { loaded, report } = await theExample();
    expect(loaded.repo.config.asOf).toBe(EXAMPLE_AS_OF);
    expect(report.asOf).toBe(EXAMPLE_AS_OF);
    expect(loaded.repo.calendar).toEqual({ fiscalYearStart: 1, weekStart: 1 });
  });

  for (const query of EXAMPLE_QUERIES) {
    describe(query.id, () => {
      it('has the definition its SQL was written from', async () => {
        const { report } = await theExample();
        const kpi = report.kpis.find((candidate) => candidate.id === query.id);
        expect(kpi, `kpis/${query.id}.md`).toBeDefined();
        expect(kpi!.sources).toEqual(query.sources);
      });

      it('is computed at other grains the way the report computes its own', async () => {
        const { report, regrained } = await theExample();
        const kpi = report.kpis.find((candidate) => candidate.id === query.id)!;
        expect(regrained.kpi(query.id, kpi.grain).series).toEqual(kpi.series);
      });

      for (const grain of query.grains) {
        it(`agrees with DuckDB per ${grain}`, async () => {
          const { regrained } = await theExample();
          const expected = await duckdbSeries(
            connection,
            query.sql(periodSql(grain), inFolder(EXAMPLE_DATA)),
            grain,
          );

          expectSameSeries(regrained.kpi(query.id, grain).series, expected);
        });
      }
    });
  }
});

function crossCheckMeasures(title: string, folder: string, asOf: string, measures: Measure[]) {
  describe(title, () => {
    let report: Report;
    let root: string;
    beforeAll(async () => {
      root = await writeCrossCheckRepo(folder, measures);
      const loaded = await loadReport(root, { env: { PACER_AS_OF: asOf }, cache: false });
      expect(loaded.problems).toEqual([]);
      report = loaded.report!;
    });
    afterAll(async () => {
      await rm(root, { recursive: true, force: true });
    });

    for (const measure of measures) {
      for (const grain of measure.grains) {
        it(`agrees with DuckDB on ${measure.id} per ${grain}`, async () => {
          const expected = await duckdbSeries(
            connection,
            measure.sql(periodSql(grain), inFolder(folder)),
            grain,
          );
          const kpi = report.kpis.find((candidate) => candidate.id === kpiId(measure, grain))!;

          expectSameSeries(kpi.series, expected);
        });
      }
    }
  });
}

describe('the cross-check fixture', () => {
  it('has rows in 2020-W53 and on both sides of the year boundary', async () => {
    const orders = fixtureMeasures('2021-02-14')[1]!;
    const weeks = await duckdbSeries(
      connection,
      orders.sql(periodSql('week'), inFolder(FIXTURE_DATA)),
      'week',
    );
    expect(['2020-W52', '2020-W53', '2021-W01'].every((week) => weeks.has(week))).toBe(true);
  });
});

crossCheckMeasures(
  'DuckDB cross-check of made-up measures over a fixture spanning 2020-W53',
  FIXTURE_DATA,
  '2021-02-14',
  fixtureMeasures('2021-02-14'),
);

crossCheckMeasures(
  'DuckDB cross-check of made-up measures over the example’s data',
  EXAMPLE_DATA,
  EXAMPLE_AS_OF,
  exampleMeasures(EXAMPLE_AS_OF),
);
