/**
 * The example site at the repository root (kpis/ and data/), as a reader sees
 * it: every page on a phone and a desktop with no console error, no failed
 * request and no sideways scrolling, a screenshot of each in
 * test/artifacts/example/, no serious axe violation on any page type in light
 * or dark mode (every result in axe.json there), and every page under 100 KB
 * gzipped (each page's weight in page-weights.json there).
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite, PROJECT_ROOT } from '../site/support/build-site.ts';
import { recordPageWeights } from '../site/support/page-weight.ts';
import { AxeLog, seriousViolationsOn } from './support/axe-log.ts';
import {
  ARTIFACTS,
  launchBrowser,
  scrollThrough,
  TOUR_TIMEOUT,
  watchProblems,
} from './support/browser.ts';
import { serveSite, type StaticServer } from './support/static-server.ts';

const SHOTS = join(ARTIFACTS, 'example');
let site: BuiltSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildSite('.');
  server = await serveSite(site.outDir);
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.remove();
});

const MISSING = 'no-such-page/';

function pagePaths(): string[] {
  return site
    .files()
    .filter((file) => file.endsWith('.html'))
    .map((file) => (file === '404.html' ? MISSING : file.replace(/index\.html$/, '')));
}

/** One page of each kind: the first KPI, review and owner stand for the rest. */
function pageTypes(): string[] {
  const paths = pagePaths();
  const first = (prefix: string) =>
    paths.find((path) => path.startsWith(prefix) && path !== prefix);
  return [
    '',
    first('kpis/'),
    'reviews/',
    first('reviews/'),
    'alerts/',
    'goals/',
    'owners/',
    first('owners/'),
    MISSING,
  ].filter((path): path is string => path !== undefined);
}

describe('the example site', () => {
  for (const width of [390, 1280]) {
    it(
      `shows every page without errors at ${width} px`,
      async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        const problems = watchProblems(page);
        for (const path of pagePaths()) {
          problems.console.length = 0;
          problems.failed.length = 0;
          await page.goto(`${server.url}${path}`);
          await scrollThrough(page);
          if (path === MISSING) {
            problems.failed = problems.failed.filter((failure) => !failure.includes(MISSING));
            problems.console = problems.console.filter((message) => !message.includes('404'));
          }
          // No sideways scrolling of the page itself, on a phone or a desktop.
          const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(pageWidth, `${path} is wider than the screen`).toBeLessThanOrEqual(width);
          const name = path.replace(/\/$/, '').replace(/\//g, '_') || 'overview';
          await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
          expect(problems, path).toEqual({ console: [], failed: [] });
        }
        await context.close();
      },
      TOUR_TIMEOUT,
    );
  }

  // Every result, minor ones included, goes to test/artifacts/example/axe.json.
  const axe = new AxeLog('example');
  for (const colorScheme of ['light', 'dark'] as const) {
    it(
      `has no serious or critical axe violation on any page type (${colorScheme})`,
      async () => {
        expect(
          await seriousViolationsOn(browser, server.url, pageTypes(), colorScheme, axe),
        ).toEqual({});
      },
      TOUR_TIMEOUT,
    );
  }

  it('keeps every page, its CSS and its scripts under 100 KB before charts are enhanced', () => {
    const weights = recordPageWeights(site, 'example');
    // Every KPI defined in kpis/ has its page among those weighed.
    const kpiPages = weights.filter((weight) => /^kpis\/[^/]+\/index\.html$/.test(weight.page));
    const definitions = readdirSync(join(PROJECT_ROOT, 'kpis')).filter((file) =>
      /\.mdx?$/.test(file),
    );
    expect(kpiPages).toHaveLength(definitions.length);
    expect(definitions.length).toBeGreaterThan(0);
    for (const weight of weights) {
      expect(weight.total, weight.page).toBeLessThan(100_000);
      // vega-embed is imported on demand, never linked from the page itself.
      expect(weight.assets.join(' '), weight.page).not.toMatch(/embed/);
    }
  });
});
