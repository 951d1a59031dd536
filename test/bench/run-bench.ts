/**
 * `npm run bench`: Pacer against its references at the sizes the product
 * promises, every target a ratio measured in the same run (the machine is
 * shared, so absolute times drift). Generates its data and KPI sets with a
 * seeded generator under node_modules/.cache/pacer-bench, prints a line per
 * step while it works, and one table at the end. `--quick` runs smaller
 * sizes in about a minute. A benchmark, not a test: nothing here fails
 * `npm test`.
 */
import { benchOptions } from './bench-options.ts';
import type { Step } from './bench-options.ts';
import { formatTable } from './bench-table.ts';
import type { BenchRow } from './bench-table.ts';
import { pagesStep } from './step-pages.ts';
import { parseStep } from './step-parse.ts';
import { readsStep } from './step-reads.ts';
import { scaleStep } from './step-scale.ts';
import { weightStep } from './step-weight.ts';

const options = benchOptions(process.argv.slice(2));
const started = performance.now();
const progress = (line: string) => {
  const seconds = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[bench ${seconds}s] ${line}\n`);
};

const steps: Record<Step, () => Promise<BenchRow[]>> = {
  parse: () => parseStep(options, progress),
  reads: () => readsStep(options, progress),
  pages: () => pagesStep(options, progress),
  scale: () => scaleStep(options, progress),
  weight: () => weightStep(progress),
};

progress(
  `${options.quick ? 'quick' : 'full'} run, ${options.runs} run(s) per build, ${options.probeRuns} per probe`,
);
const rows: BenchRow[] = [];
for (const [name, step] of Object.entries(steps) as [Step, () => Promise<BenchRow[]>][]) {
  if (!options.steps.has(name)) continue;
  progress(`${name}…`);
  rows.push(...(await step()));
}
process.stdout.write(`\n${formatTable(rows)}\n`);
progress('done');
