/**
 * Target 3: what one more KPI adds to a build (its page with chart,
 * sparkline and tables, its JSON and CSV), against what one more page adds
 * to a bare Astro project: (time of the large site − time of the small) ÷
 * the KPIs between them, both built cold in the same run.
 */
import { join } from 'node:path';
import { buildBareSite, buildPacerSite, PROJECT_ROOT } from './astro-build.ts';
import { writeBareSite } from './bare-site.ts';
import { BENCH_DIR, salesFile } from './bench-files.ts';
import type { BenchOptions } from './bench-options.ts';
import { median, ms } from './bench-table.ts';
import type { BenchRow } from './bench-table.ts';
import { computedMilliseconds, routeTimes } from './build-log.ts';
import { writeSite } from './generate-site.ts';

export async function pagesStep(
  options: BenchOptions,
  progress: (line: string) => void,
): Promise<BenchRow[]> {
  const file = salesFile(options.pageRows);
  const [small, large] = options.pageCounts;
  const sites = options.pageCounts.map((count) => {
    const pacer = join(BENCH_DIR, `pages-${count}`);
    const bare = join(BENCH_DIR, `bare-${count}`);
    writeSite(pacer, count, file.path);
    writeBareSite(bare, count, join(PROJECT_ROOT, 'node_modules'));
    return { count, pacer, bare, outDir: join(BENCH_DIR, `dist-pages-${count}`) };
  });

  // One build of each kind first, unmeasured: the first build after a while pays for cold disks.
  await buildBareSite(sites[0]!.bare, `${sites[0]!.outDir}-bare`);
  await buildPacerSite({
    root: sites[0]!.pacer,
    outDir: sites[0]!.outDir,
    cold: true,
    env: { PACER_CACHE: '0' },
  });
  const bareTimes = new Map<number, number[]>();
  const pacerTimes = new Map<number, number[]>();
  let lastLog = '';
  for (let run = 0; run < options.runs; run++) {
    for (const site of sites) {
      const bare = await buildBareSite(site.bare, `${site.outDir}-bare`);
      const pacer = await buildPacerSite({
        root: site.pacer,
        outDir: site.outDir,
        cold: true,
        env: { PACER_CACHE: '0' },
      });
      bareTimes.set(site.count, [...(bareTimes.get(site.count) ?? []), bare.milliseconds]);
      pacerTimes.set(site.count, [...(pacerTimes.get(site.count) ?? []), pacer.milliseconds]);
      if (site.count === large) lastLog = pacer.output;
      progress(
        `pages run ${run + 1}/${options.runs}, ${site.count}: bare Astro ${ms(bare.milliseconds)}, Pacer ${ms(pacer.milliseconds)}`,
      );
    }
  }

  const marginal = (times: Map<number, number[]>) =>
    (median(times.get(large)!) - median(times.get(small)!)) / (large - small);
  const bare = marginal(bareTimes);
  const pacer = marginal(pacerTimes);
  const routes = routeTimes(lastLog);
  const computed = computedMilliseconds(lastLog);
  const route = (kind: string) => (routes[kind] ? `${routes[kind].average.toFixed(1)} ms` : '—');
  return [
    {
      measure: `3 marginal build time per KPI (${small}→${large}) vs bare page`,
      reference: `${bare.toFixed(2)} ms`,
      pacer: `${pacer.toFixed(2)} ms`,
      // A bare build too noisy to show any cost per page compares with nothing.
      ratio: bare > 0 ? pacer / bare : null,
      target: '≤ 1.70×',
      met: bare > 0 ? pacer / bare <= 1.7 : null,
    },
    {
      measure: `  per KPI at ${large}: page · JSON · CSV routes (Astro's log)`,
      reference: '',
      pacer: `${route('KPI page')} · ${route('KPI JSON')} · ${route('KPI CSV')}`,
      ratio: null,
      target: '',
      met: null,
    },
    {
      measure: `  report computed for ${large} KPIs (engine)`,
      reference: '',
      pacer: computed === null ? '—' : `${ms(computed)} (${(computed / large).toFixed(2)} ms/KPI)`,
      ratio: null,
      target: '',
      met: null,
    },
  ];
}
