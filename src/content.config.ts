/**
 * Content collections give Astro the KPI and review bodies to render
 * (Markdown and MDX). Their frontmatter is validated by the engine's own
 * schemas when the report is built, with file, line and column for every
 * problem, so the collections here accept it as is: Astro's YAML reading
 * differs (it turns unquoted dates into timestamps and `no` into false).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { repoRoot } from './site/repo-root.ts';

const root = repoRoot();

/** The entry id is the file name without its extension, exactly as the engine names KPIs and reviews. */
const fileName = ({ entry }: { entry: string }): string => entry.replace(/\.mdx?$/, '');

export const collections = {
  kpis: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: join(root, 'kpis'), generateId: fileName }),
  }),
  reviews: defineCollection({
    loader: glob({
      pattern: '*.{md,mdx}',
      base: join(root, 'kpis', 'reviews'),
      generateId: fileName,
    }),
  }),
};
