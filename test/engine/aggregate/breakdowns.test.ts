import { describe, expect, it } from 'vitest';
import { kpiBreakdowns } from '../../../src/engine/aggregate/kpi-series.ts';
import type { BoundSource } from '../../../src/engine/aggregate/bound-source.ts';
import { ISO_CALENDAR } from '../../../src/engine/calendar/grain.ts';
import type { TextColumn } from '../../../src/engine/csv/table.ts';
import type { SeriesOptions } from '../../../src/engine/aggregate/series.ts';
import type { Source } from '../../../src/engine/schema/source.ts';
import { computedKpi } from '../support/computed-kpi.ts';
import { day, inMemorySource } from '../support/in-memory-source.ts';
import type { Row } from '../support/in-memory-source.ts';

const rows: Row[] = [
  { day: '2026-01-05', region: 'EU', amount: 100 },
  { day: '2026-01-06', region: 'US', amount: 50 },
  { day: '2026-01-07', region: 'EU ', amount: 20 },
  { day: '2026-03-02', region: 'EU', amount: 70 },
  { day: '2026-03-03', region: 'APAC', amount: 5 },
];

const columnOf = (source: BoundSource, dimension: string) =>
  source.table.columns.get(`text:${dimension}`) as TextColumn;

const monthly = (asOf: string): SeriesOptions => ({
  grain: 'month',
  calendar: ISO_CALENDAR,
  asOf: day(asOf),
});

/** Each group of the one breakdown by region as [value, [period, value, partial] rows]. */
function regions(sources: Parameters<typeof kpiBreakdowns>[0], asOf: string) {
  const [breakdown] = kpiBreakdowns(sources, ['region'], columnOf, monthly(asOf));
  return breakdown!.groups.map((group) => [
    group.value,
    group.series.map((point) => [point.period.key, point.value, point.partial]),
  ]);
}

const amounts = (more: Partial<Source> = {}): Source => ({
  file: 'data/o.csv',
  date: 'day',
  value: 'amount',
  ...more,
});

describe('breakdowns', () => {
  it('aggregate each value of a dimension over the same periods as the whole KPI', () => {
    const source = inMemorySource(rows, { file: 'data/o.csv', date: 'day', value: 'amount' });
    const [breakdown] = kpiBreakdowns({ kind: 'single', source }, ['region'], columnOf, {
      grain: 'month',
      calendar: ISO_CALENDAR,
      asOf: day('2026-03-31'),
    });
    const groups = breakdown!.groups.map((group) => [
      group.value,
      group.series.map((point) => [point.period.key, point.value]),
    ]);
    // "EU " is the same region as "EU": 100 + 20 in January.
    expect(groups).toEqual([
      [
        'APAC',
        [
          ['2026-01', null],
          ['2026-02', null],
          ['2026-03', 5],
        ],
      ],
      [
        'EU',
        [
          ['2026-01', 120],
          ['2026-02', null],
          ['2026-03', 70],
        ],
      ],
      [
        'US',
        [
          ['2026-01', 50],
          ['2026-02', null],
          ['2026-03', null],
        ],
      ],
    ]);
  });

  it('divide each group’s sums for a ratio KPI, never averaging its rows’ ratios', () => {
    const web: Row[] = [
      { day: '2026-01-05', region: 'EU', signups: 1, visits: 2 },
      { day: '2026-01-06', region: 'EU', signups: 1, visits: 8 },
      { day: '2026-01-07', region: 'US', signups: 3, visits: 10 },
      { day: '2026-02-02', region: 'EU', signups: 2, visits: 4 },
      { day: '2026-02-03', region: 'US', signups: 0, visits: 5 },
      { day: '2026-02-28', region: 'APAC', signups: 1, visits: 0 },
    ];
    const side = (value: string): Source => ({ file: 'data/web.csv', date: 'day', value });
    const sources = {
      kind: 'ratio' as const,
      numerator: inMemorySource(web, side('signups')),
      denominator: inMemorySource(web, side('visits')),
    };
    // EU January: (1 + 1) / (2 + 8) = 0.2, not the mean of 1/2 and 1/8 (0.3125); February 2 / 4.
    // US: 3 / 10, then 0 / 5 = 0. APAC: no rows in January, and 1 / 0 is no value in February.
    expect(regions(sources, '2026-02-28')).toEqual([
      [
        'APAC',
        [
          ['2026-01', null, false],
          ['2026-02', null, false],
        ],
      ],
      [
        'EU',
        [
          ['2026-01', 0.2, false],
          ['2026-02', 0.5, false],
        ],
      ],
      [
        'US',
        [
          ['2026-01', 0.3, false],
          ['2026-02', 0, false],
        ],
      ],
    ]);
  });

  it('count a month without a group’s rows as 0 when the source fills zeros', () => {
    const source = inMemorySource(rows, amounts({ fill: 'zero' }));
    // The KPI runs January to March; each region with no rows in one of them gets 0 there.
    // March is to date: the file's daily rows stop on the 3rd.
    expect(regions({ kind: 'single', source }, '2026-03-31')).toEqual([
      [
        'APAC',
        [
          ['2026-01', 0, false],
          ['2026-02', 0, false],
          ['2026-03', 5, true],
        ],
      ],
      [
        'EU',
        [
          ['2026-01', 120, false],
          ['2026-02', 0, false],
          ['2026-03', 70, true],
        ],
      ],
      [
        'US',
        [
          ['2026-01', 50, false],
          ['2026-02', 0, false],
          ['2026-03', 0, true],
        ],
      ],
    ]);
  });

  it('mark a group’s period partial by where the whole file’s rows stop, not the group’s', () => {
    const source = inMemorySource(rows, amounts());
    // The file's daily rows stop on 3 March, before March ends: March is to date in every
    // region, even US with no rows in it, while US's February, which the file runs past, is a
    // complete month without data.
    expect(regions({ kind: 'single', source }, '2026-03-31')).toEqual([
      [
        'APAC',
        [
          ['2026-01', null, false],
          ['2026-02', null, false],
          ['2026-03', 5, true],
        ],
      ],
      [
        'EU',
        [
          ['2026-01', 120, false],
          ['2026-02', null, false],
          ['2026-03', 70, true],
        ],
      ],
      [
        'US',
        [
          ['2026-01', 50, false],
          ['2026-02', null, false],
          ['2026-03', null, true],
        ],
      ],
    ]);
  });

  it('report each group’s latest value to date and its value in the KPI’s judged period', () => {
    const kpi = computedKpi({ source: amounts(), breakdown: ['region'] }, rows, '2026-03-15');
    // The whole KPI: January 170, February no rows, March 75 to date, so January is judged.
    expect(kpi.current).toEqual({ period: '2026-01', value: 170, partial: false });
    expect(
      kpi.breakdowns[0]!.groups.map((group) => [group.value, group.latest, group.current]),
    ).toEqual([
      [
        'APAC',
        { period: '2026-03', value: 5, partial: true },
        { period: '2026-01', value: null, partial: false },
      ],
      [
        'EU',
        { period: '2026-03', value: 70, partial: true },
        { period: '2026-01', value: 120, partial: false },
      ],
      [
        'US',
        { period: '2026-01', value: 50, partial: false },
        { period: '2026-01', value: 50, partial: false },
      ],
    ]);
  });
});
