/** The site config's locale and time zone: checked against Intl where they are written. */
import { describe, expect, test } from 'vitest';
import { siteConfigSchema } from '../../../src/engine/schema/site.ts';
import { check, describeProblem, sumKpi } from '../load/support/temp-repo.ts';

const FILES = {
  'kpis/revenue.md': sumKpi('data/sales.csv'),
  'data/sales.csv': 'date,amount\n2026-01-05,10\n',
};

/** The site config's problems as `place severity message`, each with its hint. */
async function siteProblems(site: string): Promise<[string, string | undefined][]> {
  const result = await check({ ...FILES, 'kpis/site.yaml': site });
  return result.problems.map((problem) => [describeProblem(problem), problem.hint]);
}

describe('site config time zone', () => {
  test('rejects a time zone Intl does not know, at its value, with the nearest name', async () => {
    expect(await siteProblems('title: T\nasOf: 2026-11-15\ntimeZone: Europe/Parise\n')).toEqual([
      [
        'kpis/site.yaml:3:11 error timeZone: "Europe/Parise" is not a time zone',
        'Did you mean "Europe/Paris"?',
      ],
    ]);
    expect(await siteProblems('title: T\ntimeZone: Mars/Olympus\n')).toEqual([
      [
        'kpis/site.yaml:2:11 error timeZone: "Mars/Olympus" is not a time zone',
        'Use an IANA time zone name such as Europe/Paris, America/New_York or UTC.',
      ],
    ]);
  });

  test('reports the time zone instead of crashing when the build date needs it', async () => {
    // Without asOf the date comes from the clock in the site's time zone.
    const result = await check({ ...FILES, 'kpis/site.yaml': 'timeZone: Europe/Parise\n' });
    expect(result.problems.map(describeProblem)).toEqual([
      'kpis/site.yaml:1:11 error timeZone: "Europe/Parise" is not a time zone',
    ]);
    expect(result.loaded.asOf).toMatchObject({ origin: 'build date' });
  });

  test('accepts what Intl accepts: IANA names, UTC and offsets', () => {
    for (const timeZone of ['Europe/Paris', 'UTC', 'America/Argentina/Buenos_Aires', '+01:00'])
      expect(siteConfigSchema.parse({ timeZone }).timeZone).toBe(timeZone);
  });
});

describe('site config locale', () => {
  test('rejects a language name, and gives its tag', async () => {
    expect(await siteProblems('title: T\nasOf: 2026-11-15\nlocale: english\n')).toEqual([
      [
        'kpis/site.yaml:3:9 error locale: "english" is not a locale that number and date formatting support',
        'Write the language as a BCP 47 tag: "en", or "en-US" with a region.',
      ],
    ]);
  });

  test('rejects a tag Intl cannot format, and one that is not a tag at all', async () => {
    expect(await siteProblems('asOf: 2026-11-15\nlocale: xx-YY\n')).toEqual([
      [
        'kpis/site.yaml:2:9 error locale: "xx-YY" is not a locale that number and date formatting support',
        'Use a BCP 47 tag that Intl supports, such as en-US, en-GB, de-DE, fr-FR or ja-JP.',
      ],
    ]);
    expect(await siteProblems('asOf: 2026-11-15\nlocale: en_GB\n')).toEqual([
      [
        'kpis/site.yaml:2:9 error locale: "en_GB" is not a well-formed BCP 47 locale tag',
        'Separate the parts with a dash: "en-GB".',
      ],
    ]);
  });

  test('keeps a supported tag in its canonical form', () => {
    expect(siteConfigSchema.parse({ locale: 'de-ch' }).locale).toBe('de-CH');
    expect(siteConfigSchema.parse({}).locale).toBe('en-US');
  });
});

describe('site config asOf', () => {
  test('rejects a date that is not in the calendar, at its value', async () => {
    expect(await siteProblems('asOf: 2026-02-30\n')).toEqual([
      [
        'kpis/site.yaml:1:7 error asOf: "2026-02-30" is not a day of the calendar',
        'Write the date as 2026-11-30.',
      ],
    ]);
  });
});
