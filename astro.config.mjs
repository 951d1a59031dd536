// @ts-check
import mdx from '@astrojs/mdx';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { pacer } from './src/integration/pacer-integration.ts';

// Each KPI repository (PACER_ROOT) keeps its own content cache, so building
// one repository never sees entries cached from another.
const root = process.env['PACER_ROOT'];
const cacheDir = root
  ? `./node_modules/.astro/roots/${createHash('sha256').update(resolve(root)).digest('hex').slice(0, 12)}/`
  : undefined;

export default defineConfig({
  integrations: [pacer(), mdx()],
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // vega-embed (about 850 kB) is one lazily imported chunk, loaded only when a chart is visible.
  vite: { build: { chunkSizeWarningLimit: 1024 } },
  ...(cacheDir ? { cacheDir } : {}),
});
