/**
 * YAML's traps, read as the user meant: Pacer parses with the failsafe
 * schema, so no scalar is turned into a number, boolean or Date behind the
 * user's back, and nothing depends on the host's time zone.
 */
import { describe, expect, test } from 'vitest';
import { kpiSchema } from '../../../src/engine/schema/kpi.ts';
import { siteConfigSchema } from '../../../src/engine/schema/site.ts';
import { parseYamlWith } from '../../../src/engine/schema/validate.ts';

const HEAD = 'category: sales\nsource: { file: data/d.csv, date: date, value: amount }\n';

function parseKpi(yaml: string) {
  return parseYamlWith(kpiSchema, HEAD + yaml, 'kpis/k.md', 1);
}

describe('frontmatter traps', () => {
  test('keeps `owner: 007` as the text "007"', () => {
    expect(parseKpi('title: T\nowner: 007\n').value?.owner).toBe('007');
  });

  test('keeps a title that looks like a date as the text typed', () => {
    const parsed = parseKpi('title: 2026-01-01\nowner: O\n');
    expect(parsed.value?.title).toBe('2026-01-01');
  });

  test('reads `target: { value: 1.10 }` as 1.1 and its unquoted deadline as the period text', () => {
    const parsed = parseKpi('title: T\nowner: O\ntarget: { value: 1.10, by: 2026-12 }\n');
    expect(parsed.value?.target).toEqual({ value: 1.1, by: '2026-12' });
  });

  test('keeps `no` and `yes` as text in text fields, and reads them as booleans in boolean fields', () => {
    const parsed = parseKpi('title: yes\nowner: no\ndescription: off\nincludePartial: no\n');
    expect(parsed.value).toMatchObject({
      title: 'yes',
      owner: 'no',
      description: 'off',
      includePartial: false,
    });
  });

  test('keeps an unquoted date as the date text, never a timestamp shifted by a time zone', () => {
    const parsed = parseYamlWith(siteConfigSchema, 'asOf: 2026-03-01\n', 'kpis/site.yaml');
    expect(parsed.value?.asOf).toBe('2026-03-01');
    const baseline = parseKpi('title: T\nowner: O\nbaseline: { period: 2026-03-01 }\n');
    expect(baseline.value?.baseline?.period).toBe('2026-03-01');
  });

  test('reads a single value where a list is expected as a list of one', () => {
    const parsed = parseKpi('title: T\nowner: O\ntypes: lagging\nbreakdown: region\n');
    expect(parsed.value).toMatchObject({ types: ['lagging'], breakdown: ['region'] });
  });

  test('rejects a percentage where a number is expected, at the value', () => {
    const parsed = parseKpi('title: T\nowner: O\ntarget: { value: 12%, by: 2026-12 }\n');
    expect(parsed.problems).toEqual([
      {
        severity: 'error',
        code: 'invalid-field',
        file: 'kpis/k.md',
        line: 6,
        column: 18,
        message: 'target.value: expected a number, found "12%"',
        hint: 'Write the target as a plain number, such as 200000 or 0.42.',
      },
    ]);
  });

  test('rejects a month number written any other way than plainly', () => {
    const parsed = parseYamlWith(siteConfigSchema, 'fiscalYearStart: 0x4\n', 'kpis/site.yaml');
    expect(
      parsed.problems.map((problem) => [problem.line, problem.column, problem.message]),
    ).toEqual([[1, 18, 'fiscalYearStart: expected a number, found "0x4"']]);
  });
});
