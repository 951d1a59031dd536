import { describe, expect, it } from 'vitest';
import { paceAt } from '../../../src/engine/progress/pace.ts';
import { day } from '../support/in-memory-source.ts';

describe('pace', () => {
  // Baseline period 2025 ends 2025-12-31 at 1000; target 1730 by 2026-12-31:
  // 730 over 365 days, 2 a day.
  const line = [
    { day: day('2025-12-31'), value: 1000 },
    { day: day('2026-12-31'), value: 1730 },
  ];

  it('runs linearly in days from the baseline period’s end to the deadline', () => {
    expect(paceAt(day('2026-01-31'), line)).toBe(1000 + 2 * 31);
    expect(paceAt(day('2026-03-31'), line)).toBe(1000 + 2 * 90);
    expect(paceAt(day('2026-07-02'), line)).toBe(1000 + 2 * 183);
  });

  it('holds the baseline before it starts and the target after the deadline', () => {
    expect(paceAt(day('2025-06-30'), line)).toBe(1000);
    expect(paceAt(day('2025-12-31'), line)).toBe(1000);
    expect(paceAt(day('2026-12-31'), line)).toBe(1730);
    expect(paceAt(day('2027-03-31'), line)).toBe(1730);
  });

  it('goes piecewise through milestones', () => {
    // 0 → 50 over the 100 days to 2026-04-10, then 50 → 315 over the 265 days to 2026-12-31.
    const anchors = [
      { day: day('2025-12-31'), value: 0 },
      { day: day('2026-04-10'), value: 50 },
      { day: day('2026-12-31'), value: 315 },
    ];
    expect(paceAt(day('2026-02-19'), anchors)).toBe(25); // day 50 of 100
    expect(paceAt(day('2026-04-10'), anchors)).toBe(50);
    expect(paceAt(day('2026-07-19'), anchors)).toBe(150); // 100 days after the milestone, 1 a day
  });

  it('falls when lower is better', () => {
    const falling = [
      { day: day('2025-12-31'), value: 365 },
      { day: day('2026-12-31'), value: 0 },
    ];
    expect(paceAt(day('2026-03-31'), falling)).toBe(365 - 90);
  });

  it('has no pace without a plan', () => {
    expect(paceAt(day('2026-03-31'), [])).toBeNull();
  });
});
