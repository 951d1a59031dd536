import { describe, expect, it } from 'vitest';
import { fixtureReport, kpiOf } from '../support/fixture.ts';

// Every fixture holds the same four timestamps:
//   a 2026-11-03T23:30:00-08:00   = 2026-11-04 07:30 UTC
//   b 2026-11-03T10:00:00Z
//   c 2026-11-04 08:00            (no offset: read in the site's zone)
//   d 2026-11-04T07:59:00+00:00
async function eventsPerDay(fixture: string) {
  const kpi = kpiOf(await fixtureReport(fixture, '2026-11-30'), 'events');
  return kpi.series.map((point) => [point.period, point.value]);
}

describe('timestamps with offsets land on the site’s calendar day', () => {
  it('in UTC', async () => {
    // a → 11-04, b → 11-03, c → 11-04, d → 11-04
    expect(await eventsPerDay('timestamps-utc')).toEqual([
      ['2026-11-03', 1],
      ['2026-11-04', 3],
    ]);
  });

  it('in America/Los_Angeles (UTC−8 in November)', async () => {
    // a → 11-03 23:30, b → 11-03 02:00, c → 11-04 08:00, d → 11-03 23:59
    expect(await eventsPerDay('timestamps-los-angeles')).toEqual([
      ['2026-11-03', 3],
      ['2026-11-04', 1],
    ]);
  });

  it('in Pacific/Kiritimati (UTC+14)', async () => {
    // a → 11-04 21:30, b → 11-04 00:00, c → 11-04 08:00, d → 11-04 21:59
    expect(await eventsPerDay('timestamps-kiritimati')).toEqual([['2026-11-04', 4]]);
  });
});
