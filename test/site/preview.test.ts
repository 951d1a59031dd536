/**
 * `npm run preview` serves the last build as it is. It reads kpis/ only for
 * the base path, so problems in the current files are one line of notice, not
 * errors that claim the served pages show them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, buildSite, type BuiltSite } from './support/build-site.ts';
import { startPreviewServer, type DevServer } from './support/dev-server.ts';

let site: BuiltSite;
let preview: DevServer;

beforeAll(async () => {
  site = await buildSite('test/fixtures/site-full');
  // The files have since gone bad: test/fixtures/broken has nine problems.
  preview = await startPreviewServer('test/fixtures/broken', site.outDir);
}, BUILD_TIMEOUT);

afterAll(async () => {
  await preview?.stop();
  await site?.remove();
});

describe('astro preview', () => {
  it('serves the built pages unchanged', async () => {
    const response = await fetch(`${preview.url}kpis/revenue/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(site.read('kpis/revenue/index.html'));
  });

  it('says the files now have problems once, without listing them as errors', () => {
    const log = preview.log();
    expect(log).toContain(
      '[pacer] Serving the last build; kpis/ or data/ now have problems that would stop the next build (npx pacer check lists them).',
    );
    expect(log).not.toContain('[ERROR]');
    expect(log).not.toContain('salse');
  });
});
