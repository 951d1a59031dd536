import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatCount,
  formatPercent,
  formatPercentChange,
  formatShare,
  formatValue,
} from '../../../src/engine/format/format-value.ts';
import type { ValueStyle } from '../../../src/engine/format/format-value.ts';
import type { Unit } from '../../../src/engine/schema/kpi.ts';

/** Intl puts no-break spaces between a number and `€`, `%` or `Mio.` in German. */
const NBSP = '\u00a0';

const style = (locale: string, unit: Unit, more: Partial<ValueStyle> = {}): ValueStyle => ({
  locale,
  unit,
  currency: 'EUR',
  ...more,
});

describe('numbers', () => {
  it('show fewer decimals as values grow', () => {
    expect(formatValue(1234567.891, style('en-US', 'number'))).toBe('1,234,568');
    expect(formatValue(12.345, style('en-US', 'number'))).toBe('12.3');
    expect(formatValue(1.5, style('en-US', 'number'))).toBe('1.5');
    expect(formatValue(0.125, style('en-US', 'number'))).toBe('0.13');
    expect(formatValue(1234567.891, style('de-DE', 'number'))).toBe('1.234.568');
    expect(formatValue(12.345, style('de-DE', 'number'))).toBe('12,3');
  });

  it('show exactly the declared decimals', () => {
    expect(formatValue(1234.5, style('en-US', 'number', { decimals: 2 }))).toBe('1,234.50');
    expect(formatValue(1234.5, style('de-DE', 'number', { decimals: 2 }))).toBe('1.234,50');
  });

  it('print a missing value as a dash, never 0', () => {
    expect(formatValue(null, style('en-US', 'number'))).toBe('—');
    expect(formatCompact(null, style('en-US', 'currency'))).toBe('—');
  });
});

describe('currencies', () => {
  it('drop cents from large amounts', () => {
    expect(formatValue(212345, style('en-US', 'currency'))).toBe('€212,345');
    expect(formatValue(212345, style('en-US', 'currency', { currency: 'USD' }))).toBe('$212,345');
    expect(formatValue(212345, style('de-DE', 'currency'))).toBe(`212.345${NBSP}€`);
  });

  it('keep cents on small amounts', () => {
    expect(formatValue(12.5, style('en-US', 'currency'))).toBe('€12.50');
    expect(formatValue(12.5, style('de-DE', 'currency'))).toBe(`12,50${NBSP}€`);
  });
});

describe('percentages and ratios', () => {
  it('show a fraction as a percentage with one decimal', () => {
    expect(formatValue(0.4234, style('en-US', 'percent'))).toBe('42.3%');
    expect(formatValue(0.4234, style('de-DE', 'percent'))).toBe(`42,3${NBSP}%`);
    expect(formatPercent(0.042, 'en-US')).toBe('4.2%');
  });

  it('sign relative changes and show an undefined one as a dash', () => {
    expect(formatPercentChange(0.042, 'en-US')).toBe('+4.2%');
    expect(formatPercentChange(-0.12, 'en-US')).toBe('-12.0%');
    expect(formatPercentChange(0, 'en-US')).toBe('0.0%');
    expect(formatPercentChange(null, 'en-US')).toBe('—');
    expect(formatPercentChange(0.042, 'de-DE')).toBe(`+4,2${NBSP}%`);
  });

  it('show progress below 0% and above 100% as it is', () => {
    expect(formatShare(-0.2, 'en-US')).toBe('-20%');
    expect(formatShare(1.3, 'en-US')).toBe('130%');
  });

  it('show no minus sign on a negative value that rounds to zero', () => {
    expect(formatShare(-0.004, 'en-US')).toBe('0%');
    expect(formatShare(-0.004, 'de-DE')).toBe(`0${NBSP}%`);
    expect(formatShare(-0.006, 'en-US')).toBe('-1%');
    expect(formatValue(-0.0004, style('en-US', 'percent'))).toBe('0.0%');
    expect(formatPercent(-0.0004, 'en-US')).toBe('0.0%');
    expect(formatValue(-0.004, style('en-US', 'ratio'))).toBe('0.00');
    expect(formatValue(-0.004, style('en-US', 'currency'))).toBe('€0.00');
    expect(formatValue(-0.001, style('en-US', 'number'))).toBe('0');
    expect(formatCompact(-0.001, style('en-US', 'number'))).toBe('0');
    expect(formatCount(-0.4, 'en-US')).toBe('0');
  });

  it('sign a relative change that rounds to zero by its direction, and no change not at all', () => {
    // Beside `+6`, `(+0.0%)` says the same direction; `(0.0%)` would read as no change.
    expect(formatPercentChange(0.00004, 'en-US')).toBe('+0.0%');
    expect(formatPercentChange(-0.00004, 'en-US')).toBe('-0.0%');
    expect(formatPercentChange(-0, 'en-US')).toBe('0.0%');
  });

  it('show ratios with two decimals', () => {
    expect(formatValue(1.3456, style('en-US', 'ratio'))).toBe('1.35');
    expect(formatValue(1.3456, style('de-DE', 'ratio'))).toBe('1,35');
  });
});

describe('compact values', () => {
  it('round thousands and millions to two significant digits', () => {
    expect(formatCompact(1234567, style('en-US', 'number'))).toBe('1.2M');
    expect(formatCompact(1500, style('en-US', 'number'))).toBe('1.5K');
    expect(formatCompact(212345, style('en-US', 'currency'))).toBe('€212K');
    expect(formatCompact(1234567, style('en-US', 'currency'))).toBe('€1.2M');
    expect(formatCompact(999, style('en-US', 'number'))).toBe('999');
  });

  it('use the locale’s words for large numbers', () => {
    expect(formatCompact(1234567, style('de-DE', 'number'))).toBe(`1,2${NBSP}Mio.`);
    expect(formatCompact(1234567, style('de-DE', 'currency'))).toBe(`1,2${NBSP}Mio.${NBSP}€`);
  });

  it('follow declared decimals, at most one for plain numbers', () => {
    expect(formatCompact(1234567, style('en-US', 'number', { decimals: 0 }))).toBe('1M');
    expect(formatCompact(1234567, style('en-US', 'number', { decimals: 2 }))).toBe('1.2M');
    expect(formatCompact(1234567, style('en-US', 'currency', { decimals: 2 }))).toBe('€1.23M');
  });
});

describe('durations', () => {
  it('show the two largest units of a number of seconds', () => {
    expect(formatValue(7500, style('en-US', 'duration'))).toBe('2h 5m'); // 2 × 3600 + 5 × 60
    expect(formatValue(45, style('en-US', 'duration'))).toBe('45s');
    expect(formatValue(273600, style('en-US', 'duration'))).toBe('3d 4h'); // 3 × 86400 + 4 × 3600
    expect(formatValue(90061, style('en-US', 'duration'))).toBe('1d 1h'); // 1d 1h 1m 1s
    expect(formatValue(86430, style('en-US', 'duration'))).toBe('1d'); // 1d 0h 0m 30s
  });

  it('show zero as zero seconds, not as nothing', () => {
    expect(formatValue(0, style('en-US', 'duration'))).toBe('0s');
    expect(formatValue(0.4, style('en-US', 'duration'))).toBe('0s');
    expect(formatValue(0, style('de-DE', 'duration'))).toBe('0 Sek.');
  });

  it('sign negative durations', () => {
    expect(formatValue(-3600, style('en-US', 'duration'))).toBe('-1h');
  });

  it('use the locale’s unit names', () => {
    expect(formatValue(45, style('de-DE', 'duration'))).toBe('45 Sek.');
    expect(formatValue(7500, style('de-DE', 'duration'))).toBe('2h, 5 Min.');
  });
});

describe('counts', () => {
  it('group digits the locale’s way', () => {
    expect(formatCount(1204, 'en-US')).toBe('1,204');
    expect(formatCount(1204, 'de-DE')).toBe('1.204');
  });
});
