import { describe, expect, it } from 'vitest';
import { ratio } from '../../../src/engine/aggregate/kpi-series.ts';
import type { Source } from '../../../src/engine/schema/source.ts';
import { inMemorySource, ratioSeriesOf, table } from '../support/in-memory-source.ts';
import type { Row } from '../support/in-memory-source.ts';

const web: Row[] = [
  { day: '2026-01-01', signups: 1, visits: 2 },
  { day: '2026-01-02', signups: 1, visits: 8 },
  { day: '2026-02-01', signups: 3, visits: 0 },
  { day: '2026-04-01', signups: 2, visits: 40 },
  { day: '2026-04-30', signups: 0, visits: 10 },
];

const side = (value: string, more: Partial<Source> = {}): Source => ({
  file: 'data/web.csv',
  date: 'day',
  value,
  ...more,
});

function signupRate(numerator: Partial<Source> = {}) {
  return table(
    ratioSeriesOf(
      {
        kind: 'ratio',
        numerator: inMemorySource(web, side('signups', numerator)),
        denominator: inMemorySource(web, side('visits')),
      },
      'month',
      '2026-04-30',
    ),
  ).map(([period, value]) => [period, value]);
}

describe('ratio KPIs', () => {
  it('divide the period sums, not the mean of daily ratios', () => {
    // January: (1 + 1) / (2 + 8) = 0.2, where the mean of 1/2 and 1/8 would be 0.3125.
    // April: (2 + 0) / (40 + 10) = 0.04.
    expect(signupRate()).toEqual([
      ['2026-01', 0.2],
      ['2026-02', null],
      ['2026-03', null],
      ['2026-04', 0.04],
    ]);
  });

  it('give no value, never Infinity, when the denominator is zero', () => {
    expect(signupRate()[1]).toEqual(['2026-02', null]);
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(null, 5)).toBeNull();
    expect(ratio(0, 5)).toBe(0);
  });

  it('divide a zero-filled numerator where the denominator has data', () => {
    const numerator = inMemorySource(
      web.filter((row) => row.day !== '2026-04-01' && row.day !== '2026-04-30'),
      side('signups', { fill: 'zero' }),
    );
    const denominator = inMemorySource(web, side('visits'));
    const series = ratioSeriesOf({ kind: 'ratio', numerator, denominator }, 'month', '2026-04-30');
    // April has no signup rows: 0 / 50 = 0. March has neither: 0 / nothing is no value.
    expect(series.map((point) => point.value)).toEqual([0.2, null, null, 0]);
  });
});
