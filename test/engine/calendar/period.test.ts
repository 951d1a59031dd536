import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../src/engine/calendar/civil-date.ts';
import { ISO_CALENDAR } from '../../../src/engine/calendar/grain.ts';
import type { Grain } from '../../../src/engine/calendar/grain.ts';
import {
  parsePeriodKey,
  periodFromOrdinal,
  periodOf,
} from '../../../src/engine/calendar/period.ts';
import { day } from '../support/in-memory-source.ts';

function span(key: string) {
  const period = parsePeriodKey(key, ISO_CALENDAR);
  return period && [period.grain, formatIsoDate(period.start), formatIsoDate(period.end)];
}

describe('period keys', () => {
  it('spans months, quarters and years', () => {
    expect(span('2026-11')).toEqual(['month', '2026-11-01', '2026-11-30']);
    expect(span('2024-02')).toEqual(['month', '2024-02-01', '2024-02-29']);
    expect(span('2026-02')).toEqual(['month', '2026-02-01', '2026-02-28']);
    expect(span('2026-Q1')).toEqual(['quarter', '2026-01-01', '2026-03-31']);
    expect(span('2026-Q4')).toEqual(['quarter', '2026-10-01', '2026-12-31']);
    expect(span('2026')).toEqual(['year', '2026-01-01', '2026-12-31']);
    expect(span('2026-11-03')).toEqual(['day', '2026-11-03', '2026-11-03']);
  });

  it('names the period holding a date at every calendar grain', () => {
    const date = day('2026-11-03');
    const keys = (['day', 'week', 'month', 'quarter', 'year'] as Grain[]).map(
      (grain) => periodOf(date, grain, ISO_CALENDAR).key,
    );
    expect(keys).toEqual(['2026-11-03', '2026-W45', '2026-11', '2026-Q4', '2026']);
  });

  it('prints the key it parsed', () => {
    for (const key of [
      '2026-11-03',
      '2026-W45',
      '2026-11',
      '2026-Q4',
      '2026',
      'FY2027',
      'FY2027-Q1',
    ])
      expect(parsePeriodKey(key, ISO_CALENDAR)?.key).toBe(key);
  });

  it('rejects keys of periods that do not exist', () => {
    for (const key of [
      '2026-13',
      '2026-00',
      '2021-W53',
      '2026-02-30',
      '2026-Q5',
      '2026-Q0',
      'FY2027-Q5',
      '26-11',
      '2026-1',
      ' 2026-11',
      'FY27',
      '',
    ])
      expect(parsePeriodKey(key, ISO_CALENDAR), key).toBeNull();
  });

  it('steps from a period to the next by its ordinal, across year ends', () => {
    const next = (key: string) => {
      const period = parsePeriodKey(key, ISO_CALENDAR)!;
      return periodFromOrdinal(period.ordinal + 1, period.grain, ISO_CALENDAR).key;
    };
    expect(next('2026-12')).toBe('2027-01');
    expect(next('2026-Q4')).toBe('2027-Q1');
    expect(next('2026-W52')).toBe('2026-W53');
    expect(next('2026-W53')).toBe('2027-W01');
    expect(next('2025-W52')).toBe('2026-W01');
    expect(next('2024-02-28')).toBe('2024-02-29');
    expect(next('2026-12-31')).toBe('2027-01-01');
  });
});
