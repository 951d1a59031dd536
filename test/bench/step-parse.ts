/**
 * Target 1: reading and aggregating a 50 MB file (one KPI: a sum per month,
 * broken down by region) against DuckDB doing the same, and papaparse's two
 * reference modes. Each run is a fresh process; runs take turns.
 */
import { oneKpiRepo, salesFile } from './bench-files.ts';
import type { BenchOptions } from './bench-options.ts';
import { mb, median, ms } from './bench-table.ts';
import type { BenchRow } from './bench-table.ts';
import type { ProbeResult } from './probes/probe-result.ts';
import { runProbe } from './probes/run-probe.ts';

type Progress = (line: string) => void;

const workBytes = (result: ProbeResult) => Math.max(0, result.peakBytes - result.baseBytes);

export async function parseStep(options: BenchOptions, progress: Progress): Promise<BenchRow[]> {
  const file = salesFile(options.parseRows);
  const repo = oneKpiRepo(file.path);
  progress(`parse: ${mb(file.bytes)} file of ${options.parseRows.toLocaleString('en-US')} rows`);

  const duckdb: ProbeResult[] = [];
  const pacer: ProbeResult[] = [];
  const step: ProbeResult[] = [];
  const whole: ProbeResult[] = [];
  // A first Pacer run fills Node's compile cache for the reading threads, as any earlier build would.
  await runProbe('./pacer-probe.ts', [repo]);
  for (let run = 0; run < options.probeRuns; run++) {
    duckdb.push(await runProbe('./duckdb-probe.ts', [file.path]));
    pacer.push(await runProbe('./pacer-probe.ts', [repo]));
    step.push(await runProbe('./papaparse-probe.ts', [file.path, 'step']));
    if (run < 2) whole.push(await runProbe('./papaparse-probe.ts', [file.path, 'whole']));
    progress(
      `parse run ${run + 1}/${options.probeRuns}: DuckDB ${ms(duckdb.at(-1)!.milliseconds)}, Pacer ${ms(pacer.at(-1)!.milliseconds)}`,
    );
  }

  const time = (results: ProbeResult[]) => median(results.map((result) => result.milliseconds));
  const memory = (results: ProbeResult[]) => median(results.map(workBytes));
  const pacerTime = time(pacer);
  const pacerMemory = memory(pacer);
  const timeRatio = pacerTime / time(duckdb);
  const memoryRatio = pacerMemory / file.bytes;
  return [
    {
      measure: `1 read + aggregate ${mb(file.bytes)} (vs DuckDB, 2 threads)`,
      reference: ms(time(duckdb)),
      pacer: ms(pacerTime),
      ratio: timeRatio,
      target: '≤ 1.50×',
      met: timeRatio <= 1.5,
    },
    {
      measure: '1 peak memory of that work (vs file size)',
      reference: mb(file.bytes),
      pacer: mb(pacerMemory),
      ratio: memoryRatio,
      target: '≤ 3.00×',
      met: memoryRatio <= 3,
    },
    {
      measure: '  papaparse step mode, known columns',
      reference: `${ms(time(step))}, ${mb(memory(step))}`,
      pacer: `${ms(pacerTime)}, ${mb(pacerMemory)}`,
      ratio: pacerTime / time(step),
      target: '',
      met: null,
    },
    {
      measure: '  papaparse header + dynamicTyping, whole file',
      reference: `${ms(time(whole))}, ${mb(memory(whole))}`,
      pacer: `${ms(pacerTime)}, ${mb(pacerMemory)}`,
      ratio: pacerTime / time(whole),
      target: '',
      met: null,
    },
  ];
}
