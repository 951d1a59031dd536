import { describe, expect, it } from 'vitest';
import { valueTicks } from '../../../src/engine/charts/value-axis.ts';
import type { ValueStyle } from '../../../src/engine/format/format-value.ts';

const euros: ValueStyle = { locale: 'en-US', unit: 'currency', currency: 'EUR' };
const plain: ValueStyle = { locale: 'en-US', unit: 'number', currency: 'EUR' };

describe('valueTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten, from zero when zero is near', () => {
    expect(valueTicks([120_000, 250_000], euros, 200)).toEqual([
      { y: 0, label: '€0' },
      { y: 100_000, label: '€100K' },
      { y: 200_000, label: '€200K' },
      { y: 300_000, label: '€300K' },
    ]);
  });

  it('leaves zero out when the values are far from it', () => {
    expect(valueTicks([342, 530], plain, 240).map((tick) => tick.y)).toEqual([
      300, 350, 400, 450, 500, 550,
    ]);
  });

  it('writes fractional steps without float noise', () => {
    expect(valueTicks([0.1, 0.3], plain, 240).map((tick) => tick.y)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(
      valueTicks([0.03, 0.05], { ...plain, unit: 'percent' }, 228).map((tick) => tick.label),
    ).toEqual(['3.0%', '3.5%', '4.0%', '4.5%', '5.0%']);
  });

  it('keeps compact labels exact, or falls back to full values', () => {
    expect(valueTicks([1000, 2000], euros, 240).map((tick) => tick.label)).toEqual([
      '€1K',
      '€1.2K',
      '€1.4K',
      '€1.6K',
      '€1.8K',
      '€2K',
    ]);
    // Steps of 50 around 1,000 would need "1.05K", beyond compact's one decimal for plain numbers.
    expect(valueTicks([1000, 1200], plain, 240).map((tick) => tick.label)).toEqual([
      '1,000',
      '1,050',
      '1,100',
      '1,150',
      '1,200',
    ]);
  });

  it('spreads a single value around itself, and has nothing for no values', () => {
    expect(valueTicks([5], plain, 100).map((tick) => tick.y)).toEqual([4.5, 5, 5.5]);
    expect(valueTicks([], plain, 100)).toEqual([]);
  });
});
