/**
 * YAML's traps, each with what Pacer must read from it. Shared by the test and
 * by the child process that reads them again under another time zone.
 */
import type { Problem } from '../../../../src/engine/errors/problem.ts';
import { kpiSchema } from '../../../../src/engine/schema/kpi.ts';
import { siteConfigSchema } from '../../../../src/engine/schema/site.ts';
import { parseYamlWith } from '../../../../src/engine/schema/validate.ts';

export interface TrapReading {
  /** The part of the parsed value the trap is about. */
  value: unknown;
  problems: Problem[];
}

export interface Trap {
  /** The behaviour, as the test is named. */
  name: string;
  read(): TrapReading;
  expected: TrapReading;
}

const HEAD = 'category: sales\nsource: { file: data/d.csv, date: date, value: amount }\n';

/** A KPI file's frontmatter: HEAD is on lines 2 and 3, after the opening fence, so `yaml` starts on line 4. */
function readKpi(yaml: string, pick: (kpi: Record<string, unknown>) => unknown): TrapReading {
  const parsed = parseYamlWith(kpiSchema, HEAD + yaml, 'kpis/k.md', 1);
  return { value: parsed.value ? pick(parsed.value) : null, problems: parsed.problems };
}

function readSite(yaml: string, pick: (site: Record<string, unknown>) => unknown): TrapReading {
  const parsed = parseYamlWith(siteConfigSchema, yaml, 'kpis/site.yaml');
  return { value: parsed.value ? pick(parsed.value) : null, problems: parsed.problems };
}

export const TRAPS: Trap[] = [
  {
    name: 'keeps `owner: 007` as the text "007"',
    read: () => readKpi('title: T\nowner: 007\n', (kpi) => kpi['owner']),
    expected: { value: '007', problems: [] },
  },
  {
    name: 'keeps a title that looks like a date as the text typed',
    read: () => readKpi('title: 2026-01-01\nowner: O\n', (kpi) => kpi['title']),
    expected: { value: '2026-01-01', problems: [] },
  },
  {
    name: 'reads `target: { value: 1.10 }` as 1.1 and its unquoted deadline as the period text',
    read: () =>
      readKpi('title: T\nowner: O\ntarget: { value: 1.10, by: 2026-12 }\n', (kpi) => kpi['target']),
    expected: { value: { value: 1.1, by: '2026-12' }, problems: [] },
  },
  {
    name: 'keeps `no` and `yes` as text in text fields, and reads them as booleans in boolean fields',
    read: () =>
      readKpi('title: yes\nowner: no\ndescription: off\nincludePartial: no\n', (kpi) => [
        kpi['title'],
        kpi['owner'],
        kpi['description'],
        kpi['includePartial'],
      ]),
    expected: { value: ['yes', 'no', 'off', false], problems: [] },
  },
  {
    name: 'keeps an unquoted date in the site config as the date text, never a shifted timestamp',
    read: () => readSite('asOf: 2026-03-01\n', (site) => site['asOf']),
    expected: { value: '2026-03-01', problems: [] },
  },
  {
    name: 'keeps an unquoted baseline day as the day text, never a shifted timestamp',
    read: () =>
      readKpi('title: T\nowner: O\nbaseline: { period: 2026-03-01 }\n', (kpi) => kpi['baseline']),
    expected: { value: { period: '2026-03-01' }, problems: [] },
  },
  {
    name: 'reads a single value where a list is expected as a list of one',
    read: () =>
      readKpi('title: T\nowner: O\ntypes: lagging\nbreakdown: region\n', (kpi) => [
        kpi['types'],
        kpi['breakdown'],
      ]),
    expected: { value: [['lagging'], ['region']], problems: [] },
  },
  {
    name: 'rejects a percentage where a number is expected, at the value',
    read: () =>
      readKpi('title: T\nowner: O\ntarget: { value: 12%, by: 2026-12 }\n', (kpi) => kpi['target']),
    expected: {
      // The target is left out; the rest of the KPI is kept.
      value: undefined,
      problems: [
        {
          severity: 'error',
          code: 'invalid-field',
          file: 'kpis/k.md',
          line: 6,
          column: 18,
          message: 'target.value: expected a number, found "12%"',
          hint: 'Write the target as a plain number, such as 200000 or 0.42.',
        },
      ],
    },
  },
  {
    name: 'rejects a target written as one number, showing the mapping with the deadline',
    read: () => readKpi('title: T\nowner: O\ntarget: 1.10\n', (kpi) => kpi['title']),
    expected: {
      value: 'T',
      problems: [
        {
          severity: 'error',
          code: 'invalid-field',
          file: 'kpis/k.md',
          line: 6,
          column: 9,
          message: 'target: expected a mapping of fields, found "1.10"',
          hint: 'Write the target as a mapping with its deadline: target: { value: 1.10, by: 2026-12 }.',
        },
      ],
    },
  },
  {
    name: 'rejects `id: 007`, saying that the file name is the id and how to rename the file',
    read: () => readKpi('title: T\nowner: O\nid: 007\n', (kpi) => kpi['title']),
    expected: {
      value: 'T',
      problems: [
        {
          severity: 'error',
          code: 'unknown-field',
          file: 'kpis/k.md',
          line: 6,
          column: 1,
          message: 'unknown field "id": a KPI’s id is its file name, kpis/<id>.md',
          hint: 'Remove the line, or rename kpis/k.md to kpis/007.md to make the id "007".',
        },
      ],
    },
  },
  {
    name: 'rejects a month number written any other way than plainly',
    read: () => readSite('fiscalYearStart: 0x4\n', (site) => site['fiscalYearStart']),
    expected: {
      value: 1,
      problems: [
        {
          severity: 'error',
          code: 'invalid-field',
          file: 'kpis/site.yaml',
          line: 1,
          column: 18,
          message: 'fiscalYearStart: expected a number, found "0x4"',
          hint: 'Write the month number the fiscal year starts in, from 1 (January) to 12.',
        },
      ],
    },
  },
];
