import { describe, expect, it } from 'vitest';
import { evaluateAlerts, periodsWithoutData } from '../../../src/engine/alerts/evaluate-alerts.ts';
import { ISO_CALENDAR } from '../../../src/engine/calendar/grain.ts';
import { day } from '../support/in-memory-source.ts';
import { seriesFrom } from '../support/series-points.ts';
import { alertInput } from './alert-input.ts';

// Data for July to September 2026, then nothing.
const series = seriesFrom('2026-07', [5, 6, 7]);

function staleAlerts(asOf: string, stale: number) {
  return evaluateAlerts(alertInput(series, { asOf: day(asOf), rules: { stale } }));
}

describe('stale data', () => {
  it('counts complete periods since the last one with data', () => {
    const missing = (asOf: string) => periodsWithoutData(series, day(asOf), 'month', ISO_CALENDAR);
    expect(missing('2026-09-30')).toBe(0);
    expect(missing('2026-10-15')).toBe(0); // October is not over
    expect(missing('2026-10-31')).toBe(1);
    expect(missing('2026-11-29')).toBe(1);
    expect(missing('2026-11-30')).toBe(2);
    expect(missing('2026-12-15')).toBe(2);
    expect(missing('2027-01-31')).toBe(4);
  });

  it('warns after the set number of periods without data', () => {
    expect(staleAlerts('2026-12-15', 2)).toEqual([
      {
        rule: 'stale',
        severity: 'warning',
        period: '2026-09',
        message: 'No data for 2 complete periods since September 2026.',
      },
    ]);
    expect(staleAlerts('2026-11-29', 2)).toEqual([]);
  });

  it('is critical at twice the limit', () => {
    expect(staleAlerts('2027-01-31', 2)[0]).toMatchObject({
      severity: 'critical',
      message: 'No data for 4 complete periods since September 2026.',
    });
  });

  it('speaks of one period in the singular', () => {
    expect(staleAlerts('2026-10-31', 1)[0]?.message).toBe(
      'No data for 1 complete period since September 2026.',
    );
  });
});
