/** Reference: DuckDB reads the CSV and sums a column per month and region, on two threads. */
import { DuckDBInstance } from '@duckdb/node-api';
import { probe } from './probe-result.ts';

const [path] = process.argv.slice(2);

await probe(async () => {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  const quoted = path!.replaceAll("'", "''");
  const reader = await connection.runAndReadAll(
    `SELECT date_trunc('month', date) AS month, region, sum(amount) AS value
     FROM read_csv('${quoted}') GROUP BY ALL ORDER BY ALL`,
  );
  const groups = reader.getRows().length;
  connection.closeSync();
  instance.closeSync();
  return { groups };
});
