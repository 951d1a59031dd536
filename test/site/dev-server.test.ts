/**
 * `astro dev` recomputes the report when kpis/ or data/ change: a CSV edit
 * shows on the next request without a restart, invalid data turns every page
 * into the list of problems, and fixing it brings the numbers back.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, PROJECT_ROOT, withLock } from './support/build-site.ts';
import { startDevServer } from './support/dev-server.ts';
import { element, textOf } from './support/html.ts';

let repo: string;
const orders = () => join(repo, 'data', 'orders.csv');

beforeAll(async () => {
  repo = join(await mkdtemp(join(tmpdir(), 'pacer-dev-')), 'repo');
  await cp(join(PROJECT_ROOT, 'test/fixtures/site-full'), repo, { recursive: true });
});

afterAll(() => rm(join(repo, '..'), { recursive: true, force: true }));

/** Replaces the amount of November's one order (40, the revenue to date). */
async function setNovemberAmount(amount: string): Promise<void> {
  const text = await readFile(orders(), 'utf8');
  const changed = text.replace(/^(13,2026-11-02,US,paid,).*$/m, `$1${amount}`);
  expect(changed).not.toBe(text);
  await writeFile(orders(), changed);
}

async function toDate(url: string): Promise<string> {
  const response = await fetch(`${url}kpis/revenue/`);
  expect(response.status).toBe(200);
  const line = textOf(element(await response.text(), /<p class="to-date"/));
  return line.replace(' not judged until the period is complete', '');
}

describe('astro dev', () => {
  it(
    'shows new numbers after a data change, and the problems while the data are invalid',
    async () => {
      await withLock(async () => {
        const server = await startDevServer(repo);
        try {
          expect(await toDate(server.url)).toBe('November 2026 to date: €40.00');

          let since = server.log().length;
          await setNovemberAmount('47');
          await server.waitForLog(/5 KPIs recomputed/, since);
          expect(await toDate(server.url)).toBe('November 2026 to date: €47.00');

          since = server.log().length;
          await setNovemberAmount('4x7');
          await server.waitForLog(/pages show them until they are fixed/, since);
          expect(server.log().slice(since)).toContain(
            'data/orders.csv:14:23 error — "4x7" in column "amount" is not a number',
          );
          const broken = await fetch(`${server.url}kpis/revenue/`);
          expect(broken.status).toBe(500);
          expect(await broken.text()).toContain('InvalidInputError');

          since = server.log().length;
          await setNovemberAmount('52');
          await server.waitForLog(/5 KPIs recomputed/, since);
          expect(await toDate(server.url)).toBe('November 2026 to date: €52.00');
        } finally {
          await server.stop();
        }
      });
    },
    BUILD_TIMEOUT,
  );
});
