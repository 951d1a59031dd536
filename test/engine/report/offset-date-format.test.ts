/**
 * A declared `dateFormat` whose timestamps carry an offset: each one is moved
 * to the site's time zone before its date is taken, so a row written late in
 * the evening somewhere else can land on the next or the previous day.
 */
import { describe, expect, it } from 'vitest';
import { SITE, check, kpi } from '../load/support/temp-repo.ts';
import { kpiOf } from '../support/fixture.ts';

// In UTC: a 11-04 07:30, b 11-04 07:59, c 11-04 08:00, d 11-03 09:59, e 11-03 10:00.
// Taken as written, without the offsets, the dates would be 11-03 three times and 11-04 twice.
const EVENTS = [
  'at,kind',
  '2026-11-03T23:30-08:00,a',
  '2026-11-04T07:59+00:00,b',
  '2026-11-04T08:00+00:00,c',
  '2026-11-03T09:59+00:00,d',
  '2026-11-03T10:00+00:00,e',
].join('\n');

const EVENTS_KPI = kpi(
  'title: Events',
  'owner: Operations',
  'category: operational',
  'grain: day',
  'source:',
  '  file: data/events.csv',
  '  date: at',
  `  dateFormat: "yyyy-MM-dd'T'HH:mmZZ"`,
  'alerts: false',
);

async function eventsPerDay(timeZone: string) {
  const result = await check({
    'kpis/site.yaml': `${SITE}timeZone: ${timeZone}\n`,
    'kpis/events.md': EVENTS_KPI,
    'data/events.csv': EVENTS,
  });
  expect(result.problems).toEqual([]);
  return kpiOf(result.loaded.report!, 'events').series.map((point) => [point.period, point.value]);
}

describe('a declared date format with an offset', () => {
  it('takes the date in UTC', async () => {
    // a, b, c → 11-04; d, e → 11-03.
    expect(await eventsPerDay('UTC')).toEqual([
      ['2026-11-03', 2],
      ['2026-11-04', 3],
    ]);
  });

  it('takes the date in America/Los_Angeles (UTC−8 after 1 November)', async () => {
    // a 11-03 23:30, b 11-03 23:59, c 11-04 00:00, d 11-03 01:59, e 11-03 02:00.
    expect(await eventsPerDay('America/Los_Angeles')).toEqual([
      ['2026-11-03', 4],
      ['2026-11-04', 1],
    ]);
  });

  it('takes the date in Pacific/Kiritimati (UTC+14)', async () => {
    // a 11-04 21:30, b 11-04 21:59, c 11-04 22:00, d 11-03 23:59, e 11-04 00:00.
    expect(await eventsPerDay('Pacific/Kiritimati')).toEqual([
      ['2026-11-03', 1],
      ['2026-11-04', 4],
    ]);
  });
});
