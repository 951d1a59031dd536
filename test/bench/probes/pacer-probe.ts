/**
 * Pacer computing a repository's report, as a build does before any page:
 * definitions, data (read once, in parts on several threads when large),
 * aggregation and judgement. With `count`, also how often each data file
 * was read.
 */
import { readCsv } from '../../../src/engine/csv/read-csv.ts';
import type { CsvReader } from '../../../src/engine/load/read-data.ts';
import { loadReport } from '../../../src/engine/report/load-report.ts';
import { probe } from './probe-result.ts';

const [root, mode] = process.argv.slice(2);

await probe(async () => {
  const reads = new Map<string, number>();
  const counting: CsvReader = (options) => {
    reads.set(options.file, (reads.get(options.file) ?? 0) + 1);
    return readCsv(options);
  };
  const loaded = await loadReport(root!, { env: {}, cache: false, readCsv: counting });
  const errors = loaded.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new Error(`the bench repository has errors: ${errors[0]!.message}`);
  return {
    kpis: loaded.report?.kpis.length ?? 0,
    mostReads: Math.max(0, ...reads.values()),
    files: reads.size,
    ...(mode === 'count' ? { reviews: loaded.report?.reviews.length ?? 0 } : {}),
  };
});
