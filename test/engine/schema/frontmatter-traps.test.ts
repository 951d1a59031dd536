/**
 * YAML's traps, read as the user meant: Pacer parses with the failsafe
 * schema, so no scalar is turned into a number, boolean or Date behind the
 * user's back, and nothing depends on the host's time zone.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { TRAPS } from './support/frontmatter-traps.ts';
import type { TrapReading } from './support/frontmatter-traps.ts';

const script = fileURLToPath(new URL('./support/read-traps-in-zone.ts', import.meta.url));

interface ZoneReading {
  offset: number;
  control: number;
  readings: TrapReading[];
}

async function readIn(zone: string): Promise<ZoneReading> {
  const { stdout } = await promisify(execFile)(process.execPath, [script], {
    env: { ...process.env, TZ: zone },
  });
  return JSON.parse(stdout) as ZoneReading;
}

describe('frontmatter traps', () => {
  for (const trap of TRAPS) {
    test(trap.name, () => {
      expect(trap.read()).toEqual(trap.expected);
    });
  }

  test('reads every trap the same in Los Angeles and Kiritimati', async () => {
    const zones = await Promise.all(['America/Los_Angeles', 'Pacific/Kiritimati'].map(readIn));

    // The zones really applied: −8 h and +14 h in January, and a naive reading of 1 March moves a day.
    expect(zones.map((zone) => [zone.offset, zone.control])).toEqual([
      [480, 28],
      [-840, 1],
    ]);
    const expected = TRAPS.map((trap) => trap.expected);
    for (const zone of zones) expect(zone.readings).toEqual(expected);
  });
});
