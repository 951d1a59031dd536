/** Vega-Lite to Vega, with warnings collected rather than printed. */
import type { Spec as VegaSpec } from 'vega';
import { compile } from 'vega-lite';
import type { ChartSpec } from './embeddable-spec.ts';
import type { TopLevelSpec } from './vega-lite-types.ts';
import { warningLogger } from './warning-logger.ts';

export interface CompiledSpec {
  vega: VegaSpec;
  warnings: string[];
}

export function compileSpec(spec: ChartSpec): CompiledSpec {
  const warnings: string[] = [];
  const logger = warningLogger((message) => warnings.push(message));
  // Our specs are typed where they are written; here they arrive as plain JSON.
  const { spec: vega } = compile(spec as unknown as TopLevelSpec, { logger });
  return { vega, warnings };
}
