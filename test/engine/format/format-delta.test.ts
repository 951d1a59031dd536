import { describe, expect, it } from 'vitest';
import { formatDelta, formatDifference } from '../../../src/engine/format/format-value.ts';
import type { ValueStyle } from '../../../src/engine/format/format-value.ts';
import type { Unit } from '../../../src/engine/schema/kpi.ts';

const style = (locale: string, unit: Unit): ValueStyle => ({ locale, unit, currency: 'USD' });

describe('absolute changes', () => {
  it('carry a sign in the KPI’s unit', () => {
    expect(formatDelta(12000, style('en-US', 'currency'))).toBe('+$12,000');
    expect(formatDelta(-12000, style('en-US', 'currency'))).toBe('-$12,000');
    expect(formatDelta(-3.25, style('en-US', 'number'))).toBe('-3.25');
    expect(formatDelta(-3.25, style('de-DE', 'number'))).toBe('-3,25');
  });

  it('show no sign on no change', () => {
    expect(formatDelta(0, style('en-US', 'number'))).toBe('0');
    expect(formatDelta(0, style('en-US', 'duration'))).toBe('0s');
  });

  it('keep the sign of a change that rounds to zero, as relative changes do', () => {
    expect(formatDelta(0.004, style('en-US', 'currency'))).toBe('+$0.00');
    expect(formatDelta(-0.0004, style('en-US', 'percent'))).toBe('-0.0 pp');
    expect(formatDelta(-0, style('en-US', 'number'))).toBe('0');
  });

  it('leave the sign off a difference, also one that rounds to zero', () => {
    expect(formatDifference(-0.0004, style('en-US', 'percent'))).toBe('0.0 pp');
    expect(formatDifference(-118, style('en-US', 'currency'))).toBe('$118.00');
  });

  it('are in percentage points between two percentages', () => {
    // 42.0% → 45.1%: +0.031 as a fraction is +3.1 points, not +3.1%.
    expect(formatDelta(0.031, style('en-US', 'percent'))).toBe('+3.1 pp');
    expect(formatDelta(-0.031, style('de-DE', 'percent'))).toBe('-3,1 pp');
  });

  it('sign durations', () => {
    expect(formatDelta(90, style('en-US', 'duration'))).toBe('+1m 30s');
    expect(formatDelta(-90, style('en-US', 'duration'))).toBe('-1m 30s');
  });

  it('print a missing change as a dash', () => {
    expect(formatDelta(null, style('en-US', 'number'))).toBe('—');
  });
});
