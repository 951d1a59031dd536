/**
 * Target 6: a KPI page of the example site loads at most 60 KB (gzipped
 * HTML, CSS and JavaScript) before a chart is enhanced, and vega-embed is
 * only imported dynamically, when a chart scrolls into view.
 */
import { join } from 'node:path';
import { buildPacerSite } from './astro-build.ts';
import { BENCH_DIR } from './bench-files.ts';
import { kb } from './bench-table.ts';
import type { BenchRow } from './bench-table.ts';
import { pageWeight } from './page-weight.ts';

const BUDGET = 60 * 1024;

export async function weightStep(progress: (line: string) => void): Promise<BenchRow[]> {
  const outDir = join(BENCH_DIR, 'dist-example');
  await buildPacerSite({ outDir, env: { PACER_CACHE: '0' } });
  const page = 'kpis/revenue/index.html';
  const weight = pageWeight(outDir, page);
  const embedFirst = weight.files.some((file) => /embed/i.test(file));
  const embedLater = weight.deferred.some((file) => /embed/i.test(file));
  progress(`weight: ${page} loads ${weight.files.length} files, ${kb(weight.bytes)} gzipped`);
  return [
    {
      measure: `6 first load of ${page}, gzipped`,
      reference: kb(BUDGET),
      pacer: kb(weight.bytes),
      ratio: weight.bytes / BUDGET,
      target: '≤ 1.00×',
      met: weight.bytes <= BUDGET,
    },
    {
      measure: '6 vega-embed loaded only when a chart is visible',
      reference: 'dynamic import',
      pacer: embedFirst ? 'loaded at once' : embedLater ? 'dynamic import' : 'not found',
      ratio: null,
      target: 'deferred',
      met: !embedFirst && embedLater,
    },
  ];
}
