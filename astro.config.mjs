// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { pacer } from './src/integration/pacer-integration.ts';

export default defineConfig({
  integrations: [pacer(), mdx()],
  trailingSlash: 'ignore',
  build: { format: 'directory' },
});
