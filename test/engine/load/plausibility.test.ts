/**
 * Definitions and data that pass every format check yet publish wrong
 * numbers or hide a typo: each is reported at its exact place.
 */
import { describe, expect, test } from 'vitest';
import type { Problem } from '../../../src/engine/errors/problem.ts';
import { check, describeProblem, kpi, SITE, sumKpi } from './support/temp-repo.ts';

/** `file:line:column severity message (code)`: the code too, since some of these are new. */
function described(problems: readonly Problem[]): string[] {
  return problems.map((problem) => `${describeProblem(problem)} (${problem.code})`);
}

/** A KPI summing `column` of data/power.csv, with more frontmatter lines. */
function powerKpi(column: string, ...extra: string[]): string {
  return kpi(
    'title: Power',
    'owner: Grid',
    'category: operational',
    `source: { file: data/power.csv, date: date, value: ${column} }`,
    ...extra,
  );
}

// As a German spreadsheet saves it: 35.361 is thirty-five thousand three hundred sixty-one.
const POWER =
  'date;net_generation;load_factor\n2026-01-05;35.361;0.512\n2026-02-05;;0.498\n2026-03-05;41.902;0.530\n';

describe('thousands dots in a semicolon file', () => {
  test('warns at the first value of a column whose every value has three digits after the point', async () => {
    const result = await check({
      'kpis/generation.md': powerKpi('net_generation'),
      'kpis/load.md': powerKpi('load_factor'),
      'data/power.csv': POWER,
    });
    expect(described(result.problems)).toEqual([
      'data/power.csv:2:12 warning every value in column "net_generation" has three digits after the point, as in "35.361": if the point separates thousands, declare thousands: "." (and decimal: ",") on the source (ambiguous-number)',
    ]);
    expect(result.problems[0]?.hint).toBe(
      'Pacer reads "35.361" as 35.361, not 35361: it never guesses a format from the values. Declare `thousands: "."` and `decimal: ","` on the source (or in the file\'s schema); if the point is a decimal point, declare `decimal: "."` to say so.',
    );
  });

  test('says nothing once the source declares its separators, or in a comma file', async () => {
    const declared = await check({
      'kpis/generation.md': powerKpi('net_generation').replace(
        'value: net_generation',
        'value: net_generation, decimal: ",", thousands: "."',
      ),
      'data/power.csv': POWER,
    });
    expect(described(declared.problems)).toEqual([]);
    expect(declared.loaded.report?.kpis[0]?.series.slice(0, 3).map((point) => point.value)).toEqual(
      [35361, null, 41902],
    );
    const comma = await check({
      'kpis/generation.md': powerKpi('net_generation'),
      'data/power.csv': POWER.replaceAll(';', ','),
    });
    expect(described(comma.problems)).toEqual([]);
  });
});

describe('a target behind the baseline', () => {
  test('warns at the target when higher is better and the target is below the given baseline', async () => {
    const result = await check({
      'kpis/generation.md': powerKpi(
        'net_generation',
        'baseline: { period: 2026-01, value: 9000 }',
        'target: { value: 5000, by: 2026-12 }',
      ),
      'data/power.csv': 'date,net_generation\n2026-01-05,9000\n2026-02-05,9100\n',
    });
    expect(described(result.problems)).toEqual([
      'kpis/generation.md:7:18 warning target 5,000 is below the baseline 9,000, but higher is better (target-behind-baseline)',
    ]);
  });

  test('warns when lower is better and the target is above a baseline taken from the data', async () => {
    const result = await check({
      'kpis/generation.md': powerKpi(
        'net_generation',
        'direction: lower',
        'baseline: { period: 2026-01 }',
        'target: { value: 9500, by: 2026-12 }',
      ),
      'data/power.csv': 'date,net_generation\n2026-01-05,9000\n2026-02-05,9100\n',
    });
    expect(described(result.problems)).toEqual([
      'kpis/generation.md:8:18 warning target 9,500 is above the baseline 9,000 (its value in 2026-01), but lower is better (target-behind-baseline)',
    ]);
  });

  test('says nothing for a target ahead of the baseline, or a band', async () => {
    const result = await check({
      'kpis/ahead.md': powerKpi(
        'net_generation',
        'baseline: { period: 2026-01, value: 9000 }',
        'target: { value: 9500, by: 2026-12 }',
      ),
      'kpis/band.md': powerKpi(
        'net_generation',
        'direction: band',
        'band: [8000, 10000]',
        'baseline: { period: 2026-01, value: 9000 }',
        'target: { value: 5000, by: 2026-12 }',
      ),
      'data/power.csv': 'date,net_generation\n2026-01-05,9000\n2026-02-05,9100\n',
    });
    expect(described(result.problems)).toEqual([]);
  });
});

describe('thresholds in the wrong order', () => {
  test('rejects a critical threshold reached before the warning one, for either direction', async () => {
    const result = await check({
      'kpis/lower.md': powerKpi(
        'net_generation',
        'direction: lower',
        'thresholds: { warning: 450, critical: 400 }',
      ),
      'kpis/higher.md': powerKpi('net_generation', 'thresholds: { warning: 400, critical: 450 }'),
      'kpis/fine.md': powerKpi(
        'net_generation',
        'direction: lower',
        'thresholds: { warning: 400, critical: 450 }',
      ),
      'data/power.csv': 'date,net_generation\n2026-01-05,9000\n',
    });
    expect(described(result.problems)).toEqual([
      'kpis/higher.md:6:13 error thresholds: critical 450 is above warning 400, but higher is better: a falling value must pass the warning first, so critical must be at or below warning (invalid-field)',
      'kpis/lower.md:7:13 error thresholds: critical 400 is below warning 450, but lower is better: a rising value must pass the warning first, so critical must be at or above warning (invalid-field)',
    ]);
    expect(result.problems.map((problem) => problem.hint)).toEqual([
      'Swap the two values (warning: 450, critical: 400), or correct the direction.',
      'Swap the two values (warning: 400, critical: 450), or correct the direction.',
    ]);
  });
});

describe('names that are almost right', () => {
  test('suggests the goal whose id has every word of a shortened one', async () => {
    const result = await check({
      'kpis/site.yaml': `${SITE}goals:\n  - id: grow-online-sales\n    title: Grow online sales\n  - id: keep-customers\n    title: Keep customers\n`,
      'kpis/revenue.md': sumKpi('data/orders.csv', 'goal: grow-sales'),
      'data/orders.csv': 'date,amount\n2026-01-05,10\n',
    });
    expect(described(result.problems)).toEqual([
      'kpis/revenue.md:9:7 error goal "grow-sales" is not defined (unknown-goal)',
    ]);
    expect(result.problems[0]?.hint).toBe('Did you mean "grow-online-sales"?');
  });

  test('lists the goals when no goal is near', async () => {
    const result = await check({
      'kpis/site.yaml': `${SITE}goals:\n  - id: grow-online-sales\n    title: Grow online sales\n`,
      'kpis/revenue.md': sumKpi('data/orders.csv', 'goal: retention'),
      'data/orders.csv': 'date,amount\n2026-01-05,10\n',
    });
    expect(result.problems[0]?.hint).toBe(
      'Use one of grow-online-sales, or add it under `goals` in kpis/site.yaml.',
    );
  });

  test('points an unknown column of a where filter at its key, and a value no row has at the value', async () => {
    const result = await check({
      'kpis/revenue.md': sumKpi('data/orders.csv', '  where: { stauts: paid }'),
      'kpis/refunds.md': sumKpi('data/orders.csv', '  where: { status: payd }'),
      'data/orders.csv': 'date,amount,status\n2026-01-05,10,paid\n',
    });
    expect(described(result.problems)).toEqual([
      'kpis/refunds.md:9:20 warning no row of data/orders.csv has status "payd" (unmatched-filter)',
      'kpis/revenue.md:9:12 error column "stauts" is not in data/orders.csv (its columns: date, amount, status) (unknown-column)',
    ]);
  });
});
