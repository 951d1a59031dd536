/** The bench's command line: `--quick` for smaller sizes, `--runs=N`, `--only=parse,pages,…`. */

export const STEPS = ['parse', 'reads', 'pages', 'scale', 'weight'] as const;
export type Step = (typeof STEPS)[number];

export interface BenchOptions {
  quick: boolean;
  /** Builds and probes are repeated this many times; the median counts. */
  runs: number;
  /** Probes (quick measurements) are repeated this many times. */
  probeRuns: number;
  steps: Set<Step>;
  /** Rows of the file parsed for target 1 (50 MB at 1.1 million). */
  parseRows: number;
  /** Rows of the data file behind the page-cost sites. */
  pageRows: number;
  /** KPI counts of the small and large page-cost sites. */
  pageCounts: [number, number];
  /** KPIs and rows of the large site. */
  scaleKpis: number;
  scaleRows: number;
}

const USAGE = `npm run bench [-- --quick] [--runs=N] [--only=${STEPS.join(',')}]`;

export function benchOptions(args: readonly string[]): BenchOptions {
  const quick = args.includes('--quick');
  const value = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  for (const arg of args) {
    if (!/^--(quick|runs=\d+|only=[\w,]+|help)$/.test(arg))
      throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  if (args.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const only = value('only')?.split(',');
  for (const step of only ?? [])
    if (!STEPS.includes(step as Step)) throw new Error(`unknown step ${step}\n${USAGE}`);
  const runs = Number(value('runs') ?? (quick ? 1 : 3));
  return {
    quick,
    runs,
    probeRuns: quick ? 2 : Math.max(runs, 5),
    steps: new Set((only ?? STEPS) as Step[]),
    parseRows: quick ? 250_000 : 1_100_000,
    pageRows: quick ? 20_000 : 100_000,
    pageCounts: quick ? [50, 300] : [100, 1000],
    scaleKpis: quick ? 200 : 1000,
    scaleRows: quick ? 1_000_000 : 10_000_000,
  };
}
