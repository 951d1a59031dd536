/** The values the overview can be filtered by, in a stable order, only those in use. */
import type { Status } from '../../engine/progress/status.ts';
import type { KpiReport, SiteReport } from '../../engine/report/types.ts';
import { STATUS_ORDER } from '../status.ts';

export interface Facets {
  categories: { id: string; title: string }[];
  types: string[];
  owners: string[];
  statuses: Status[];
}

/** The values a KPI is filtered by, as the data attributes the filter script reads. */
export function filterAttributes(
  kpi: Pick<KpiReport, 'id' | 'category' | 'types' | 'owner' | 'status'>,
): Record<string, string> {
  return {
    'data-filter-item': '',
    'data-kpi': kpi.id,
    'data-category': kpi.category,
    'data-types': kpi.types.join(' '),
    'data-owner': kpi.owner,
    'data-status': kpi.status,
  };
}

/** A category's title from the site config, or its id when the config does not name it. */
export function categoryTitle(site: Pick<SiteReport, 'categories'>, id: string): string {
  return site.categories.find((category) => category.id === id)?.title ?? id;
}

export function facets(kpis: readonly KpiReport[], site: Pick<SiteReport, 'categories'>): Facets {
  const used = new Set(kpis.map((kpi) => kpi.category));
  const configured = site.categories.map((category) => category.id).filter((id) => used.has(id));
  const extra = [...used].filter((id) => !configured.includes(id)).sort();
  return {
    categories: [...configured, ...extra].map((id) => ({ id, title: categoryTitle(site, id) })),
    types: [...new Set(kpis.flatMap((kpi) => kpi.types))].sort(),
    owners: [...new Set(kpis.map((kpi) => kpi.owner))].sort((a, b) => a.localeCompare(b, 'en')),
    statuses: STATUS_ORDER.filter((status) => kpis.some((kpi) => kpi.status === status)),
  };
}
