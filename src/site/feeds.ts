/**
 * Absolute URLs for feeds, which (unlike pages) need them. They come from the
 * site config's `url`; without one, feeds point at http://localhost/ and the
 * build warns.
 */
import type { SiteReport } from '../engine/report/types.ts';
import { url } from './url.ts';

export const FALLBACK_ORIGIN = 'http://localhost/';

/** A site path (already under the base, from url.ts) as an absolute URL. */
export function absoluteUrl(site: Pick<SiteReport, 'url'>, path: string): string {
  return new URL(path, site.url ?? FALLBACK_ORIGIN).href;
}

/** The site's home page as an absolute URL, base path included. */
export function feedSite(site: Pick<SiteReport, 'url'>): string {
  return absoluteUrl(site, url());
}

/** A calendar date as the UTC midnight that feeds print as the item's date. */
export function feedDate(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}
