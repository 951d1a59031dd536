import { describe, expect, it } from 'vitest';
import { ISO_CALENDAR } from '../../../src/engine/calendar/grain.ts';
import { parsePeriodKey } from '../../../src/engine/calendar/period.ts';
import { timeTicks } from '../../../src/engine/charts/time-axis.ts';

function ticks(first: string, last: string, width: number, locale = 'en-US') {
  const from = parsePeriodKey(first, ISO_CALENDAR)!;
  const to = parsePeriodKey(last, ISO_CALENDAR)!;
  return timeTicks(from, to, ISO_CALENDAR, locale, width);
}

describe('timeTicks', () => {
  it('puts each tick at UTC midnight of its period’s last day', () => {
    expect(ticks('2026-01', '2026-03', 600)).toEqual([
      { t: Date.UTC(2026, 0, 31), label: 'January 2026' },
      { t: Date.UTC(2026, 1, 28), label: 'February 2026' },
      { t: Date.UTC(2026, 2, 31), label: 'March 2026' },
    ]);
  });

  it('thins ticks until the labels fit, on round months', () => {
    expect(ticks('2014-01', '2015-12', 560).map((tick) => tick.label)).toEqual([
      'January 2014',
      'July 2014',
      'January 2015',
      'July 2015',
    ]);
  });

  it('labels yearly ticks with the year alone', () => {
    expect(ticks('2010-01', '2015-12', 300).map((tick) => tick.label)).toEqual([
      '2010',
      '2011',
      '2012',
      '2013',
      '2014',
      '2015',
    ]);
    expect(ticks('2024-Q1', '2026-Q4', 200).map((tick) => tick.label)).toEqual([
      '2024',
      '2025',
      '2026',
    ]);
  });

  it('writes labels in the locale', () => {
    expect(ticks('2026-03', '2026-03', 600, 'de-DE')[0]!.label).toBe('März 2026');
  });

  it('ticks long daily series on the first of months', () => {
    const labels = ticks('2026-01-01', '2026-06-30', 600).map((tick) => tick.label);
    expect(labels).toEqual([
      'Jan 1, 2026',
      'Feb 1, 2026',
      'Mar 1, 2026',
      'Apr 1, 2026',
      'May 1, 2026',
      'Jun 1, 2026',
    ]);
  });
});
