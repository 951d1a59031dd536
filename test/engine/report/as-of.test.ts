import { describe, expect, it } from 'vitest';
import { dateInZone, resolveAsOf } from '../../../src/engine/report/as-of.ts';
import { siteConfigSchema } from '../../../src/engine/schema/site.ts';
import { day } from '../support/in-memory-source.ts';

const config = (fields: Record<string, string>) => siteConfigSchema.parse(fields);
const instant = new Date('2026-11-04T07:30:00Z');

describe('the as-of date', () => {
  it('is the build’s date in the site’s time zone', () => {
    expect(dateInZone(instant, 'UTC')).toBe('2026-11-04');
    expect(dateInZone(instant, 'America/Los_Angeles')).toBe('2026-11-03');
    expect(dateInZone(new Date('2026-11-03T10:30:00Z'), 'Pacific/Kiritimati')).toBe('2026-11-04');
    expect(resolveAsOf(config({ timeZone: 'America/Los_Angeles' }), undefined, instant)).toEqual({
      day: day('2026-11-03'),
      origin: 'build date',
    });
  });

  it('is pinned by the site config, and PACER_AS_OF wins over both', () => {
    const pinned = config({ asOf: '2015-12-31' });
    expect(resolveAsOf(pinned, undefined, instant)).toEqual({
      day: day('2015-12-31'),
      origin: 'site config',
    });
    expect(resolveAsOf(pinned, '2016-01-15', instant)).toEqual({
      day: day('2016-01-15'),
      origin: 'PACER_AS_OF',
    });
  });

  it('refuses a date that does not exist instead of falling back to the clock', () => {
    expect(() => resolveAsOf(config({}), '2026-02-30', instant)).toThrow(/PACER_AS_OF/);
    expect(() => resolveAsOf(config({ asOf: '2026-02-30' }), undefined, instant)).toThrow(
      /not a date/,
    );
  });
});
