import { describe, expect, it } from 'vitest';
import { fixtureReport, kpiOf } from '../support/fixture.ts';

describe('milestones', () => {
  it('bend the pace line, and those outside the target window are left out', async () => {
    const kpi = kpiOf(await fixtureReport('monthly-target', '2026-07-15'), 'revenue-milestones');
    // 100 at 2025-12-31 → 340 at 2026-04-30 (120 days, 2 a day) → 585 at 2026-12-31
    // (245 days, 1 a day). June ends 61 days after the milestone: 340 + 61.
    expect(kpi.pace).toBe(401);
    expect(kpi.milestones).toEqual([
      { by: '2026-04', value: 340, deadline: '2026-04-30' },
      { by: '2025-06', value: 1, deadline: '2025-06-30' },
    ]);
    // May: 251 against 340 + 31 = 371; June: 270 against 401. Both far behind.
    expect(kpi.previousStatus).toBe('off-track');
    expect(kpi.status).toBe('off-track');
  });
});
