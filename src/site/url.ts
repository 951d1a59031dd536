/**
 * Every internal link and asset URL, built under the site's base path. Pages
 * never write a root-absolute URL themselves, so the site works from a
 * sub-folder (`/my-kpis/`) as well as from the root.
 */

/** Joins a base path and a site-relative path with exactly one slash between them. */
export function joinBase(base: string, path: string): string {
  const head = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const tail = path.replace(/^\/+/, '');
  return head + tail;
}

/** A site-relative path (`kpis/revenue/`) as a URL under the base path. */
export function url(path = ''): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

// Ids and slugs are file names; encoding keeps any unusual character a valid URL.
const segment = encodeURIComponent;

export const homeUrl = (): string => url();
/** The overview filtered (`?owner=Growth&status=off-track`); see scripts/filters.ts. */
export const filteredUrl = (filters: Record<string, string>): string => {
  const query = new URLSearchParams(filters).toString();
  return query ? `${url()}?${query}` : url();
};
export const kpiUrl = (id: string): string => url(`kpis/${segment(id)}/`);
export const kpiCsvUrl = (id: string): string => url(`kpis/${segment(id)}.csv`);
export const kpiJsonUrl = (id: string): string => url(`api/kpis/${segment(id)}.json`);
export const reviewUrl = (slug: string): string => url(`reviews/${segment(slug)}/`);
export const ownerUrl = (slug: string): string => url(`owners/${segment(slug)}/`);
export const goalUrl = (id: string): string => url(`goals/#goal-${segment(id)}`);
