/** Owners (people or teams) with a stable URL slug each, and their KPIs rolled up. */
import type { Status } from '../../engine/progress/status.ts';
import { worstStatus } from '../../engine/report/build-report.ts';
import type { KpiReport } from '../../engine/report/types.ts';
import { sortByStatus } from '../status.ts';

export interface OwnerSummary {
  name: string;
  slug: string;
  kpis: KpiReport[];
  /** The worst status among the owner's KPIs. */
  status: Status;
  counts: Partial<Record<Status, number>>;
}

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

export function ownerSummaries(kpis: readonly KpiReport[]): OwnerSummary[] {
  const slugs = ownerSlugs(kpis);
  return [...slugs].map(([name, slug]) => {
    const owned = sortByStatus(kpis.filter((kpi) => kpi.owner === name));
    const counts: Partial<Record<Status, number>> = {};
    for (const kpi of owned) counts[kpi.status] = (counts[kpi.status] ?? 0) + 1;
    return { name, slug, kpis: owned, status: worstStatus(owned.map((kpi) => kpi.status)), counts };
  });
}
