/** YAML and schema mistakes: each at its line and column, with what was expected and a hint. */
import { describe, expect, test } from 'vitest';
import type { Problem } from '../../../src/engine/errors/problem.ts';
import { kpiSchema } from '../../../src/engine/schema/kpi.ts';
import { reviewSchema } from '../../../src/engine/schema/review.ts';
import { siteConfigSchema } from '../../../src/engine/schema/site.ts';
import { parseYamlWith } from '../../../src/engine/schema/validate.ts';

const VALID = 'title: T\nowner: O\ncategory: sales\nsource: { file: data/d.csv, date: date }\n';

function brief(problems: Problem[]): string[] {
  return problems.map(
    (problem) => `${problem.line}:${problem.column} ${problem.message} | ${problem.hint}`,
  );
}

describe('YAML syntax', () => {
  test('reports a YAML syntax error at its position in the file (after the opening fence)', () => {
    const parsed = parseYamlWith(
      kpiSchema,
      'title: T\nowner: [a\ncategory: sales\n',
      'kpis/k.md',
      1,
    );
    expect(parsed.value).toBeNull();
    expect(brief(parsed.problems)).toEqual([
      '4:1 YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ] | Close the list with ] or the mapping with }, and indent continuation lines under their field.',
    ]);
  });

  test('names a field written twice', () => {
    const parsed = parseYamlWith(kpiSchema, `${VALID}title: U\n`, 'kpis/k.md', 1);
    expect(brief(parsed.problems)).toEqual([
      '6:1 YAML syntax: the field "title" is written twice | Keep one of the two lines.',
    ]);
  });

  test('reports a value with ": " in it once, with a hint to quote it', () => {
    const parsed = parseYamlWith(kpiSchema, 'title: Revenue: EU\nowner: O\n', 'kpis/k.md', 1);
    expect(brief(parsed.problems)).toEqual([
      '2:8 YAML syntax: Nested mappings are not allowed in compact mappings | Quote values that contain ": " (title: "Revenue: EU"), and check the indentation of the next line.',
    ]);
  });

  test('reports tabs used for indentation', () => {
    const parsed = parseYamlWith(kpiSchema, 'types:\n\t- lagging\n', 'kpis/k.md');
    expect(brief(parsed.problems)).toEqual([
      '2:1 YAML syntax: Tabs are not allowed as indentation | Indent with spaces, not tabs.',
    ]);
  });
});

describe('schema issues', () => {
  test('suggests the nearest known field for an unknown one, at the key', () => {
    const parsed = parseYamlWith(
      kpiSchema,
      `${VALID}tagret: { value: 3, by: 2026-12 }\n`,
      'kpis/k.md',
      1,
    );
    expect(brief(parsed.problems)).toEqual(['6:1 unknown field "tagret" | Did you mean "target"?']);
  });

  test('suggests a known field inside a nested mapping', () => {
    const yaml =
      'title: T\nowner: O\ncategory: sales\nsource:\n  file: d.csv\n  date: d\n  agregate: sum\n';
    const parsed = parseYamlWith(kpiSchema, yaml, 'kpis/k.md', 1);
    expect(brief(parsed.problems)).toEqual([
      '8:3 unknown field "source.agregate" | Did you mean "aggregate"?',
    ]);
  });

  test('lists the known fields when no name is close', () => {
    const parsed = parseYamlWith(
      reviewSchema,
      'title: R\nperiod: 2026-10\nauthor: A\nkpis: [k]\nmood: good\n',
      'r.mdx',
    );
    expect(brief(parsed.problems)).toEqual([
      '5:1 unknown field "mood" | Remove it; the fields known here are title, period, author, kpis, summary.',
    ]);
  });

  test('explains an `id:` that repeats the file name, or that no file could be named', () => {
    const same = parseYamlWith(kpiSchema, `${VALID}id: revenue\n`, 'kpis/revenue.mdx');
    const spaced = parseYamlWith(kpiSchema, `${VALID}id: Monthly revenue\n`, 'kpis/revenue.mdx');
    expect([...brief(same.problems), ...brief(spaced.problems)]).toEqual([
      '5:1 unknown field "id": a KPI’s id is its file name, kpis/<id>.md | Remove the line: the file name already makes the id "revenue".',
      '5:1 unknown field "id": a KPI’s id is its file name, kpis/<id>.md | Remove the line: the file name makes the id "revenue".',
    ]);
  });

  test('rejects a target without a deadline, at the target', () => {
    const parsed = parseYamlWith(kpiSchema, `${VALID}target: { value: 3 }\n`, 'kpis/k.md', 1);
    expect(brief(parsed.problems)).toEqual([
      '6:9 target.by: required, but missing | A target needs a deadline: add `by:` with a period such as 2026-12.',
    ]);
  });

  test('suggests the allowed value nearest to a misspelt one', () => {
    const parsed = parseYamlWith(
      kpiSchema,
      `${VALID}grain: monthly\ntypes: [lagign]\n`,
      'kpis/k.md',
    );
    expect(brief(parsed.problems)).toEqual([
      '5:8 grain: expected one of "day", "week", "month", "quarter", "year", "fiscal-quarter", "fiscal-year", found "monthly" | Did you mean "month"?',
      '6:9 types: expected one of "leading", "lagging", "input", "output", "financial", found "lagign" | Did you mean "lagging"?',
    ]);
  });

  test('says a required field is empty, or missing, rather than of the wrong type', () => {
    const parsed = parseYamlWith(
      kpiSchema,
      'title:\ncategory: sales\nsource: { file: d, date: d }\n',
      'kpis/k.md',
    );
    expect(brief(parsed.problems)).toEqual([
      '1:1 owner: required, but missing | Add the field `owner:` with a value.',
      '1:7 title: required, but empty | Write a value after `title:`.',
    ]);
  });

  test('explains a fraction written as a percentage', () => {
    const parsed = parseYamlWith(kpiSchema, `${VALID}alerts: { drop: 15 }\n`, 'kpis/k.md');
    expect(brief(parsed.problems)).toEqual([
      '5:17 alerts.drop: expected a number of at most 1, found "15" | Write the drop as a fraction: 0.15 alerts on a fall of more than 15%.',
    ]);
  });

  test('describes both forms of a field that takes `false` or a mapping', () => {
    const parsed = parseYamlWith(kpiSchema, `${VALID}alerts: nope\n`, 'kpis/k.md');
    expect(brief(parsed.problems)).toEqual([
      '5:9 alerts: expected "false" or a mapping of fields, found "nope" | Write `alerts: false` to turn alerts off, or the rules as a mapping, such as alerts: { drop: 0.15, streak: 3 }.',
    ]);
  });

  test('offers only the mapping form of the site’s default alerts, which cannot be `false`', () => {
    const parsed = parseYamlWith(siteConfigSchema, 'alerts: nope\n', 'kpis/site.yaml');
    expect(brief(parsed.problems)).toEqual([
      '1:9 alerts: expected a mapping of fields, found "nope" | Write the rules as a mapping, such as alerts: { drop: 0.15, streak: 3 }.',
    ]);
  });

  test('shows the mapping form of a field written as one value, with that value in it', () => {
    const baselinePeriod = parseYamlWith(
      kpiSchema,
      `${VALID}baseline: 2025-12\nthresholds: 140000\n`,
      'kpis/k.md',
    );
    expect(brief(baselinePeriod.problems)).toEqual([
      '5:11 baseline: expected a mapping of fields, found "2025-12" | Write the baseline as a mapping: baseline: { period: 2025-12 }.',
      '6:13 thresholds: expected a mapping of fields, found "140000" | Write the thresholds as a mapping: thresholds: { warning: 140000, critical: 120000 }.',
    ]);
    const baselineValue = parseYamlWith(kpiSchema, `${VALID}baseline: 95000\n`, 'kpis/k.md');
    expect(brief(baselineValue.problems)).toEqual([
      '5:11 baseline: expected a mapping of fields, found "95000" | Write the baseline as a mapping of its period and starting value: baseline: { period: 2025-12, value: 95000 }.',
    ]);
    const source = parseYamlWith(
      kpiSchema,
      'title: T\nowner: O\ncategory: sales\nsource: data/orders.csv\n',
      'kpis/k.md',
    );
    expect(brief(source.problems)).toEqual([
      '4:9 source: expected a mapping of fields, found "data/orders.csv" | Write the source as a mapping: source: { file: data/orders.csv, date: order_date, value: amount }.',
    ]);
  });

  test('explains a KPI without a source', () => {
    const parsed = parseYamlWith(
      kpiSchema,
      'title: T\nowner: O\ncategory: sales\n',
      'kpis/k.md',
      1,
    );
    expect(brief(parsed.problems)).toEqual([
      '2:1 a KPI needs either `source` or both `numerator` and `denominator` | Add `source:` with `file` and `date` (and `value` unless it counts rows); a ratio KPI uses `numerator:` and `denominator:` instead.',
    ]);
  });

  test('rejects a review period in the wrong format', () => {
    const parsed = parseYamlWith(
      reviewSchema,
      'title: R\nperiod: Oct 2026\nauthor: A\nkpis: [k]\n',
      'r.mdx',
      1,
    );
    expect(brief(parsed.problems)).toEqual([
      '3:9 period: expected a period such as 2026-11, 2026-W45, 2026-Q4, 2026, FY2027-Q1 or 2026-11-03, found "Oct 2026" | Write the period as 2026-11, 2026-W45, 2026-Q4, 2026, FY2027-Q1 or 2026-11-03.',
    ]);
  });

  test('keeps the valid rest of a document, without the fields that have problems', () => {
    const parsed = parseYamlWith(
      kpiSchema,
      `${VALID}target: { value: 3 }\nalerts: { drop: 15 }\n`,
      'kpis/k.md',
    );
    expect(parsed.problems).toHaveLength(2);
    expect(parsed.value).toMatchObject({ title: 'T', source: { file: 'data/d.csv' } });
    expect(parsed.value?.target).toBeUndefined();
    expect(parsed.value?.alerts).toBeUndefined();
  });

  test('keeps nothing when a problem concerns the whole document', () => {
    const parsed = parseYamlWith(kpiSchema, 'title: T\nowner: O\ncategory: sales\n', 'kpis/k.md');
    expect(parsed.value).toBeNull();
  });

  test('finds every issue of a file in one pass', () => {
    const parsed = parseYamlWith(
      siteConfigSchema,
      'local: en-US\ncurrency: euro\nweekStart: sunday\nfiscalYearStart: 13\n',
      'kpis/site.yaml',
    );
    expect(brief(parsed.problems)).toEqual([
      '1:1 unknown field "local" | Did you mean "locale"?',
      '2:11 currency: expected a three-letter currency code such as EUR, found "euro" | Use a three-letter ISO 4217 code such as EUR or USD.',
      '4:18 fiscalYearStart: expected a number of at most 12, found "13" | Write the month number the fiscal year starts in, from 1 (January) to 12.',
    ]);
  });
});
