/**
 * A Pacer repository of generated KPIs over the bench's sales file: a mix of
 * aggregates, filters, grains, breakdowns, targets and reviews like a real
 * site's, chosen by a seeded generator so every run builds the same site.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AS_OF, PRODUCTS, REGIONS } from './generate-data.ts';
import { seeded } from './prng.ts';
import type { Random } from './prng.ts';

const OWNERS = Array.from({ length: 24 }, (_, index) => `Team ${String.fromCharCode(65 + index)}`);
const CATEGORIES = ['customer', 'marketing', 'sales', 'financial', 'operational'];
const GOALS = ['grow', 'margin', 'reach', 'service', 'efficiency', 'quality'];
const VALUES = ['amount', 'quantity', 'cost'];

interface Weighted<T> {
  weight: number;
  value: T;
}

function weighted<T>(random: Random, choices: readonly Weighted<T>[]): T {
  const total = choices.reduce((sum, choice) => sum + choice.weight, 0);
  let pick = random.next() * total;
  for (const choice of choices) {
    pick -= choice.weight;
    if (pick < 0) return choice.value;
  }
  return choices.at(-1)!.value;
}

type Shape =
  'sum' | 'mean' | 'count' | 'min' | 'max' | 'last' | 'median' | 'count_distinct' | 'ratio';

const SHAPES: Weighted<Shape>[] = [
  { weight: 44, value: 'sum' },
  { weight: 10, value: 'mean' },
  { weight: 12, value: 'count' },
  { weight: 4, value: 'min' },
  { weight: 4, value: 'max' },
  { weight: 5, value: 'last' },
  { weight: 0.5, value: 'median' },
  { weight: 2, value: 'count_distinct' },
  { weight: 17, value: 'ratio' },
];

function where(random: Random): string[] {
  return weighted(random, [
    { weight: 45, value: [] },
    { weight: 30, value: [`  where: { region: ${random.pick(REGIONS)} }`] },
    {
      weight: 10,
      value: [`  where: { region: [${random.pick(REGIONS)}, ${random.pick(REGIONS)}] }`],
    },
    { weight: 15, value: [`  where: { product: ${random.pick(PRODUCTS)} }`] },
  ]);
}

function source(
  random: Random,
  field: string,
  shape: Exclude<Shape, 'ratio'>,
  value: string,
): string[] {
  const lines = [`${field}:`, '  file: data/sales.csv', '  date: date'];
  if (shape === 'count_distinct') lines.push('  value: product');
  else if (shape !== 'count') lines.push(`  value: ${value}`);
  lines.push(`  aggregate: ${shape}`, ...where(random));
  return lines;
}

function kpiFile(random: Random, index: number, count: number): string {
  const shape = weighted(random, SHAPES);
  const value = random.pick(VALUES);
  const grain = weighted(random, [
    { weight: 55, value: 'month' },
    { weight: 15, value: 'week' },
    { weight: 20, value: 'quarter' },
    { weight: 5, value: 'year' },
    { weight: 5, value: 'fiscal-quarter' },
  ]);
  const lines = [
    `title: Generated KPI ${index + 1}`,
    `description: ${shape} of ${value} per ${grain}, generated for the benchmark.`,
    `owner: ${random.pick(OWNERS)}`,
    `category: ${random.pick(CATEGORIES)}`,
    `types: [${random.pick(['lagging', 'leading'])}]`,
    `unit: ${shape === 'ratio' ? 'percent' : value === 'quantity' || shape === 'count' ? 'number' : 'currency'}`,
    `grain: ${grain}`,
    `direction: ${random.next() < 0.8 ? 'higher' : 'lower'}`,
  ];
  if (shape === 'ratio') {
    lines.push(
      ...source(random, 'numerator', 'sum', 'cost'),
      ...source(random, 'denominator', 'sum', 'amount'),
    );
    lines.push(`target: { value: ${(0.5 + random.next() * 0.2).toFixed(3)}, by: 2026-06 }`);
  } else {
    lines.push(...source(random, 'source', shape, value));
    if (random.next() < 0.7)
      lines.push(`target: { value: ${Math.round(100 + random.next() * 1e6)}, by: 2026-06 }`);
    else if (random.next() < 0.5)
      lines.push(`thresholds: { warning: ${Math.round(random.next() * 1e5)} }`);
  }
  const breakdown = weighted(random, [
    { weight: 62, value: '' },
    { weight: 32, value: 'breakdown: [region]' },
    { weight: 4, value: 'breakdown: [product]' },
    { weight: 2, value: 'breakdown: [region, product]' },
  ]);
  if (breakdown) lines.push(breakdown);
  if (random.next() < 0.5) lines.push(`goal: ${random.pick(GOALS)}`);
  if (random.next() < 0.1)
    lines.push(`drives: [kpi-${String(random.below(count)).padStart(4, '0')}]`);
  if (random.next() < 0.2) lines.push('review: monthly');
  return `---\n${lines.join('\n')}\n---\n\nWhy KPI ${index + 1} matters, and how to read it: a **generated** paragraph.\n`;
}

function siteYaml(): string {
  return [
    'title: Pacer bench',
    'locale: en-US',
    'timeZone: UTC',
    `asOf: ${AS_OF}`,
    'currency: EUR',
    'goals:',
    ...GOALS.flatMap((goal) => [`  - id: ${goal}`, `    title: Goal ${goal}`]),
    'alerts: { drop: 0.2, streak: 3, anomaly: true, stale: 2 }',
    '',
  ].join('\n');
}

function review(random: Random, index: number, count: number): string {
  const ids = Array.from(
    { length: 12 },
    () => `kpi-${String(random.below(count)).padStart(4, '0')}`,
  );
  const unique = [...new Set(ids)];
  const period = `2025-${String(6 + index).padStart(2, '0')}`;
  return [
    '---',
    `title: 'Review ${period}'`,
    `period: ${period}`,
    'author: Bench',
    `kpis: [${unique.join(', ')}]`,
    '---',
    '',
    `How ${unique[0]} did: <KpiValue id="${unique[0]}" />.`,
    '',
  ].join('\n');
}

/** Writes a repository of `count` KPIs at `root`, reading `dataFile` (linked, not copied). */
export function writeSite(root: string, count: number, dataFile: string, seed = 11): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'kpis', 'reviews'), { recursive: true });
  mkdirSync(join(root, 'data'), { recursive: true });
  symlinkSync(dataFile, join(root, 'data', 'sales.csv'));
  writeFileSync(join(root, 'kpis', 'site.yaml'), siteYaml());
  const random = seeded(seed);
  for (let index = 0; index < count; index++)
    writeFileSync(
      join(root, 'kpis', `kpi-${String(index).padStart(4, '0')}.md`),
      kpiFile(random, index, count),
    );
  for (let index = 0; index < Math.min(6, Math.ceil(count / 50)); index++)
    writeFileSync(
      join(root, 'kpis', 'reviews', `2025-${String(6 + index).padStart(2, '0')}-review.mdx`),
      review(random, index, count),
    );
}
