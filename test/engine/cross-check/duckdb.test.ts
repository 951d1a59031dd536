/**
 * An independent cross-check: DuckDB reads the same CSV files and aggregates
 * them per month, quarter and ISO week in SQL; the engine's series must agree.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../../src/engine/report/load-report.ts';
import type { Report } from '../../../src/engine/report/types.ts';
import { kpiId, writeCrossCheckRepo } from './cross-check-repo.ts';
import { exampleMeasures, fixtureMeasures, PERIOD_SQL } from './measures.ts';
import type { Measure } from './measures.ts';

const EXAMPLE_DATA = fileURLToPath(new URL('../../../data/', import.meta.url));
const FIXTURE_DATA = fileURLToPath(new URL('../../fixtures/cross-check/data/', import.meta.url));
const EXAMPLE_FILES = ['orders.csv', 'web-sessions.csv', 'co2-concentration.csv'];
const hasExampleData = EXAMPLE_FILES.every((file) => existsSync(join(EXAMPLE_DATA, file)));

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

async function duckdbSeries(
  measure: Measure,
  period: (date: string) => string,
  folder: string,
): Promise<Map<string, number | null>> {
  const reader = await connection.runAndReadAll(
    measure.sql(period, (file) => join(folder, file).replaceAll("'", "''")),
  );
  return new Map(
    reader
      .getRowObjectsJson()
      .map((row) => [row['period'] as string, row['value'] as number | null]),
  );
}

function crossCheck(title: string, folder: string, asOf: string, measures: Measure[]) {
  describe(title, () => {
    let report: Report;
    let root: string;
    beforeAll(async () => {
      root = await writeCrossCheckRepo(folder, measures);
      const loaded = await loadReport(root, { env: { PACER_AS_OF: asOf } });
      expect(loaded.problems).toEqual([]);
      report = loaded.report!;
    });
    afterAll(async () => {
      await rm(root, { recursive: true, force: true });
    });

    for (const measure of measures) {
      for (const grain of measure.grains) {
        it(`agrees on ${measure.id} per ${grain}`, async () => {
          const expected = await duckdbSeries(measure, PERIOD_SQL[grain]!, folder);
          const kpi = report.kpis.find((candidate) => candidate.id === kpiId(measure, grain))!;
          expect(expected.size).toBeGreaterThanOrEqual(2);

          // Every period DuckDB has is in the series with the same value…
          const engine = new Map(kpi.series.map((point) => [point.period, point.value]));
          for (const [period, value] of expected) {
            expect(engine.has(period), period).toBe(true);
            if (value === null) expect(engine.get(period), period).toBeNull();
            else expect(engine.get(period), period).toBeCloseTo(value, 8);
          }
          // …and every other period of the series is a gap.
          for (const point of kpi.series)
            if (!expected.has(point.period)) expect(point.value, point.period).toBeNull();
        });
      }
    }
  });
}

describe('the cross-check fixture', () => {
  it('has rows in 2020-W53 and on both sides of the year boundary', async () => {
    const weeks = await duckdbSeries(
      fixtureMeasures('2021-02-14')[1]!,
      PERIOD_SQL.week!,
      FIXTURE_DATA,
    );
    expect(['2020-W52', '2020-W53', '2021-W01'].every((week) => weeks.has(week))).toBe(true);
  });
});

crossCheck(
  'DuckDB cross-check on a fixture spanning 2020-W53',
  FIXTURE_DATA,
  '2021-02-14',
  fixtureMeasures('2021-02-14'),
);

if (hasExampleData) {
  crossCheck(
    'DuckDB cross-check on the example site’s data',
    EXAMPLE_DATA,
    '2015-12-31',
    exampleMeasures('2015-12-31'),
  );
}
