import { describe, expect, it } from 'vitest';
import { anomalyBand } from '../../../src/engine/alerts/anomaly.ts';
import { evaluateAlerts } from '../../../src/engine/alerts/evaluate-alerts.ts';
import { seriesFrom } from '../support/series-points.ts';
import { alertInput } from './alert-input.ts';

// Sorted: 10 10 11 11 11 11 | 12 12 12 12 13 13 → median 11.5.
// Distances: 0.5 ×8, 1.5 ×4 → MAD 0.5; 3 × 1.4826 × 0.5 = 2.2239.
const history = [10, 12, 11, 13, 12, 11, 10, 12, 13, 11, 12, 11];

function anomalyAlerts(values: number[]) {
  return evaluateAlerts(alertInput(seriesFrom('2025-01', values), { rules: { anomaly: true } }));
}

describe('the anomaly band', () => {
  it('is the trailing median ± 3 scaled MADs', () => {
    const band = anomalyBand(history)!;
    expect(band.median).toBe(11.5);
    expect(band.low).toBeCloseTo(11.5 - 2.2239, 12);
    expect(band.high).toBeCloseTo(11.5 + 2.2239, 12);
  });

  it('uses only the last twelve values', () => {
    // With the eight old 1000s included, the median would be 12.5 and the MAD 2.
    const band = anomalyBand([...Array.from({ length: 8 }, () => 1000), ...history])!;
    expect(band.median).toBe(11.5);
  });

  it('needs six earlier values that vary', () => {
    expect(anomalyBand([10, 12, 11, 13, 12])).toBeNull();
    expect(anomalyBand([10, 10, 10, 10, 10, 10, 10])).toBeNull();
  });
});

describe('anomaly alerts', () => {
  it('fire above the band', () => {
    expect(anomalyAlerts([...history, 14])).toEqual([
      {
        rule: 'anomaly',
        severity: 'warning',
        period: '2026-01',
        message:
          'Unusually high: 14 is outside the usual range of 9.28 to 13.7 (median ± 3 scaled MAD of the last 12 periods).',
      },
    ]);
  });

  it('fire below the band', () => {
    expect(anomalyAlerts([...history, 9])[0]?.message).toMatch(/^Unusually low: 9 is outside/);
  });

  it('stay quiet inside the band, which the 1.4826 scale widens', () => {
    // 13.5 would fall outside an unscaled band of 11.5 ± 1.5.
    expect(anomalyAlerts([...history, 13.5])).toEqual([]);
    expect(anomalyAlerts([...history, 13.72])).toEqual([]);
    expect(anomalyAlerts([...history, 9.28])).toEqual([]);
  });

  it('ignore old values outside the trailing window', () => {
    expect(
      anomalyAlerts([1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, ...history, 14]),
    ).toHaveLength(1);
  });
});
