/** Owners (people or teams) with a stable URL slug each, and their KPIs rolled up. */
import type { KpiReport, OwnerReport } from './types.ts';
import { sortByStatus, statusCounts, worstStatus } from './status-rollup.ts';

/** A URL-safe slug from any text: `Sales & Ops` → `sales-ops`; `owner` when nothing is left. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'owner';
}

/** One slug per owner name; names that slug alike get `-2`, `-3` in name order. */
export function ownerSlugs(kpis: readonly Pick<KpiReport, 'owner'>[]): Map<string, string> {
  const names = [...new Set(kpis.map((kpi) => kpi.owner))].sort((a, b) => a.localeCompare(b, 'en'));
  const taken = new Set<string>();
  const slugs = new Map<string, string>();
  for (const name of names) {
    const base = slugify(name);
    let slug = base;
    for (let suffix = 2; taken.has(slug); suffix += 1) slug = `${base}-${suffix}`;
    taken.add(slug);
    slugs.set(name, slug);
  }
  return slugs;
}

/** Every owner in name order, with their KPIs worst status first. */
export function ownerReports(
  kpis: readonly Pick<KpiReport, 'id' | 'title' | 'owner' | 'status'>[],
  slugs: ReadonlyMap<string, string> = ownerSlugs(kpis),
): OwnerReport[] {
  return [...slugs].map(([name, slug]) => {
    const owned = sortByStatus(kpis.filter((kpi) => kpi.owner === name));
    const statuses = owned.map((kpi) => kpi.status);
    return {
      name,
      slug,
      kpis: owned.map((kpi) => kpi.id),
      status: worstStatus(statuses),
      counts: statusCounts(statuses),
    };
  });
}
