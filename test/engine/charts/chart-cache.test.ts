/**
 * Rendered charts kept on disk by the content of their spec: the same spec
 * is drawn once across builds, a changed spec is drawn anew, and a damaged
 * entry is drawn again rather than shown.
 */
import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cachedSvg, useChartCache } from '../../../src/engine/charts/chart-cache.ts';
import { tempDirectory } from '../load/support/temp-repo.ts';

async function entries(directory: string): Promise<string[]> {
  const names = await readdir(join(directory, 'charts'), { recursive: true }).catch(() => []);
  return names
    .filter((name) => name.endsWith('.svg'))
    .map((name) => join(directory, 'charts', name));
}

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 100 && !(await check()); tries++)
    await new Promise((done) => setTimeout(done, 20));
}

describe('the chart cache', () => {
  test('draws a spec once, draws a changed spec, and redraws a damaged entry', async () => {
    const directory = await tempDirectory();
    useChartCache(directory);
    let drawn = 0;
    const draw = (label: string) => () => {
      drawn++;
      return Promise.resolve(`<svg data-label="${label}"></svg>`);
    };
    const spec = { description: 'Revenue', datasets: { actual: [{ value: 1 }] } };

    expect(await cachedSvg(spec, draw('a'))).toBe('<svg data-label="a"></svg>');
    await until(async () => (await entries(directory)).length === 1);
    expect(await cachedSvg(structuredClone(spec), draw('b'))).toBe('<svg data-label="a"></svg>');
    expect(drawn).toBe(1);

    const changed = { ...spec, datasets: { actual: [{ value: 2 }] } };
    expect(await cachedSvg(changed, draw('c'))).toBe('<svg data-label="c"></svg>');
    expect(drawn).toBe(2);

    const kept = await entries(directory);
    for (const entry of kept) await writeFile(entry, '<svg data-label="a"');
    expect(await cachedSvg(spec, draw('d'))).toBe('<svg data-label="d"></svg>');
    expect(drawn).toBe(3);
    expect(kept.every((entry) => existsSync(entry))).toBe(true);
  });
});
