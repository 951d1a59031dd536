/**
 * The site served from a sub-folder: built with PACER_BASE=/my-kpis/, every
 * link and asset is under the base, no path has a double slash, and every
 * internal link points at a file the build wrote.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from './support/build-site.ts';
import { attributeValues } from './support/html.ts';

const BASE = '/my-kpis/';
let site: BuiltSite;

beforeAll(async () => {
  site = await buildSite('test/fixtures/site-hostile', { PACER_BASE: BASE });
});

afterAll(() => site?.remove());

const isExternal = (link: string) => /^(https?:|mailto:)/.test(link);

/** The file a static host serves for an internal URL. */
function fileFor(link: string): string {
  const path = decodeURIComponent(link.replace(/[?#].*$/, '')).slice(BASE.length);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

describe('a site under a base path', () => {
  it('puts every href and src under the base, without double slashes', () => {
    const pages = site.files().filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(8);
    for (const page of pages) {
      for (const link of attributeValues(site.read(page), ['href', 'src', 'action', 'srcset'])) {
        if (isExternal(link) || link.startsWith('#')) continue;
        expect(link.startsWith(BASE), `${page}: ${link}`).toBe(true);
        expect(link.replace(/[?#].*$/, ''), `${page}: ${link}`).not.toContain('//');
      }
    }
  });

  it('links only to files the build wrote', () => {
    for (const page of site.files().filter((file) => file.endsWith('.html'))) {
      for (const link of attributeValues(site.read(page), ['href', 'src'])) {
        if (isExternal(link) || link.startsWith('#')) continue;
        expect(site.exists(fileFor(link)), `${page}: ${link}`).toBe(true);
      }
    }
  });

  it('writes absolute feed and sitemap URLs with the base', () => {
    expect(site.read('rss.xml')).toContain(
      '<link>https://example.org/my-kpis/reviews/2026-02-february/</link>',
    );
    expect(site.read('alerts.xml')).toContain(
      '<link>https://example.org/my-kpis/kpis/sales/#alert-threshold-2026-02</link>',
    );
    const sitemap = site.read('sitemap-0.xml');
    expect(sitemap).toContain('<loc>https://example.org/my-kpis/kpis/sales/</loc>');
    expect(sitemap).not.toContain('404');
    expect(site.read('sitemap-index.xml')).toContain('https://example.org/my-kpis/sitemap-0.xml');
  });
});
