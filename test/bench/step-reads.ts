/** Target 2: every data file is read once per report, however many KPIs and reviews use it. */
import { join } from 'node:path';
import { BENCH_DIR, salesFile } from './bench-files.ts';
import type { BenchOptions } from './bench-options.ts';
import type { BenchRow } from './bench-table.ts';
import { writeSite } from './generate-site.ts';
import { runProbe } from './probes/run-probe.ts';

export async function readsStep(
  options: BenchOptions,
  progress: (line: string) => void,
): Promise<BenchRow[]> {
  const file = salesFile(options.pageRows);
  const root = join(BENCH_DIR, `reads-${options.pageCounts[1]}`);
  writeSite(root, options.pageCounts[1], file.path);
  const result = await runProbe('./pacer-probe.ts', [root, 'count']);
  const reads = Number(result.detail?.['mostReads'] ?? Number.NaN);
  progress(
    `reads: ${result.detail?.['kpis']} KPIs and ${result.detail?.['reviews']} reviews read their file ${reads} time(s)`,
  );
  return [
    {
      measure: `2 reads of a file used by ${result.detail?.['kpis']} KPIs and ${result.detail?.['reviews']} reviews`,
      reference: '1',
      pacer: String(reads),
      ratio: reads,
      target: '≤ 1.00×',
      met: reads === 1,
    },
  ];
}
