/** The Vega-Lite types specs are checked against, from its one public type. */
import type { TopLevelSpec } from 'vega-lite';

export type { TopLevelSpec };
export type LayeredSpec = Extract<TopLevelSpec, { layer: unknown }>;
export type Layer = LayeredSpec['layer'][number];
export type Config = NonNullable<TopLevelSpec['config']>;
