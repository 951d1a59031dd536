import { describe, expect, it } from 'vitest';
import { SettingError } from '../../../src/engine/errors/setting-error.ts';
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
    const thrown = (() => {
      try {
        resolveAsOf(config({}), '2026-02-30', instant);
      } catch (error) {
        return error;
      }
      return null;
    })();
    // A user's mistake with a hint, which the CLI prints as such (exit 1), not a crash.
    expect(thrown).toBeInstanceOf(SettingError);
    expect(thrown).toMatchObject({
      message: 'PACER_AS_OF="2026-02-30" is not a date',
      hint: 'Write it as 2026-11-30, or unset PACER_AS_OF to use `asOf` in kpis/site.yaml or the build date.',
    });
    // The schema rejects such a date in kpis/site.yaml; should one get through, it is refused too.
    expect(siteConfigSchema.safeParse({ asOf: '2026-02-30' }).success).toBe(false);
    const unchecked = { ...config({}), asOf: '2026-02-30' };
    expect(() => resolveAsOf(unchecked, undefined, instant)).toThrow(SettingError);
  });
});
