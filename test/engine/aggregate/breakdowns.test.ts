import { describe, expect, it } from 'vitest';
import { kpiBreakdowns } from '../../../src/engine/aggregate/kpi-series.ts';
import type { BoundSource } from '../../../src/engine/aggregate/bound-source.ts';
import { ISO_CALENDAR } from '../../../src/engine/calendar/grain.ts';
import type { TextColumn } from '../../../src/engine/csv/table.ts';
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
});
