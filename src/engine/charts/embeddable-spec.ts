/**
 * A chart spec is a shape (layers, encodings, size: shared by many charts)
 * plus its data (named datasets) and its description (this chart's text
 * alternative). The renderer caches compiled views by shape; the browser gets
 * the whole, which renders standalone without fetching anything.
 */
import type { Datasets } from './chart-datasets.ts';

export type ChartSpec = Record<string, unknown>;

export interface SpecParts {
  /** The spec without its data and description: equal for charts that can share a view. */
  shape: ChartSpec;
  datasets: Datasets;
  description: string | null;
}

/** A shape with its datasets inlined under `datasets`, as vega-embed (or any Vega-Lite tool) takes it. */
export function embeddableSpec(
  shape: ChartSpec,
  datasets: Datasets,
  description?: string,
): ChartSpec {
  return description === undefined ? { ...shape, datasets } : { ...shape, description, datasets };
}

export function splitSpec(spec: ChartSpec): SpecParts {
  const { datasets, description, ...shape } = spec;
  return {
    shape,
    datasets: (datasets ?? {}) as Datasets,
    description: typeof description === 'string' ? description : null,
  };
}
