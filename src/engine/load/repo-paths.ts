/** Where a Pacer repository keeps its definitions, relative to its root. */
export const SITE_CONFIG_FILE = 'kpis/site.yaml';
export const KPI_DIRECTORY = 'kpis';
export const REVIEW_DIRECTORY = 'kpis/reviews';
export const DATA_DIRECTORY = 'data';
