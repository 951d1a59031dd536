import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./render-in-zone.ts', import.meta.url));

interface ZoneRender {
  offset: number;
  svgs: string[];
  control: string;
}

async function renderIn(zone: string): Promise<ZoneRender> {
  const { stdout } = await promisify(execFile)(process.execPath, [script], {
    env: { ...process.env, TZ: zone },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as ZoneRender;
}

describe('charts in any time zone', () => {
  it('render byte for byte the same SVG in UTC, Los Angeles, Tokyo, Kiritimati and Pago Pago', async () => {
    const [utc, ...others] = await Promise.all(
      ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'].map(
        renderIn,
      ),
    );

    // The zones really applied: UTC, −8 h, +9 h, +14 h, −11 h in January.
    expect([utc!, ...others].map((render) => render.offset)).toEqual([0, 480, -540, -840, 660]);
    // The check can see a shifted date: a naive local-time chart puts 1 March in February west of UTC.
    expect(others[0]!.control).toContain('Feb 2026');
    expect(others[1]!.control).toContain('Mar 2026');

    expect(utc!.svgs.length).toBeGreaterThan(10);
    for (const render of others) expect(render.svgs).toEqual(utc!.svgs);
  });
});
