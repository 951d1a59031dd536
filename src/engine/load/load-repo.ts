/**
 * Reads a Pacer repository's definitions: the site config (`kpis/site.yaml`),
 * every KPI (`kpis/<id>.md|mdx`) and every review (`kpis/reviews/*.mdx`).
 * Every file is read and every problem collected, so one run reports all.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { CalendarOptions } from '../calendar/grain.ts';
import type { Problem } from '../errors/problem.ts';
import { kpiSchema } from '../schema/kpi.ts';
import type { Kpi } from '../schema/kpi.ts';
import { reviewSchema } from '../schema/review.ts';
import type { Review } from '../schema/review.ts';
import { siteConfigSchema, weekStartNumber } from '../schema/site.ts';
import type { SiteConfig } from '../schema/site.ts';
import { parseYamlWith } from '../schema/validate.ts';
import type { Locator } from '../schema/validate.ts';
import { readDataSchemas } from './data-schemas.ts';
import type { DeclaredSchema } from './data-schemas.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { KPI_DIRECTORY, REVIEW_DIRECTORY, SITE_CONFIG_FILE } from './repo-paths.ts';
import { validateRepo } from './validate-repo.ts';

export { KPI_DIRECTORY, REVIEW_DIRECTORY, SITE_CONFIG_FILE } from './repo-paths.ts';
const DOCUMENT_EXTENSIONS = new Set(['.md', '.mdx']);

export interface Repo {
  /** Absolute path of the repository. */
  root: string;
  config: SiteConfig;
  calendar: CalendarOptions;
  kpis: Kpi[];
  reviews: Review[];
  /** Every KPI definition file found, valid or not. */
  kpiFiles: string[];
  /** The schema of each data file that has one, by the data file's repository-relative path. */
  dataSchemas: Map<string, DeclaredSchema>;
  /** Where each value sits in its file, by repository-relative file path. */
  locators: Map<string, Locator>;
  /** The body of every KPI and review file with frontmatter, valid or not, for checking MDX. */
  bodies: DocumentBody[];
  problems: Problem[];
}

export interface DocumentBody {
  /** Repository-relative path. */
  file: string;
  kind: 'kpi' | 'review';
  body: string;
  /** The line of the file the body starts on. */
  line: number;
}

async function listDocuments(root: string, directory: string): Promise<string[]> {
  const entries = await readdir(join(root, directory), { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && DOCUMENT_EXTENSIONS.has(extname(entry.name)))
    .map((entry) => `${directory}/${entry.name}`)
    .sort();
}

async function readConfig(
  root: string,
  problems: Problem[],
  locators: Map<string, Locator>,
): Promise<SiteConfig> {
  const text = await readFile(join(root, SITE_CONFIG_FILE), 'utf8').catch(() => null);
  const parsed = parseYamlWith(siteConfigSchema, text ?? '', SITE_CONFIG_FILE);
  locators.set(SITE_CONFIG_FILE, parsed.locate);
  problems.push(...parsed.problems);
  return parsed.value ?? siteConfigSchema.parse({});
}

interface Document<T> {
  file: string;
  name: string;
  value: T;
  body: string;
}

async function readDocuments<T>(
  root: string,
  directory: string,
  parse: (
    yaml: string,
    file: string,
    lineOffset: number,
  ) => { value: T | null; problems: Problem[]; locate: Locator },
  problems: Problem[],
  locators: Map<string, Locator>,
  bodies: DocumentBody[],
  kind: DocumentBody['kind'],
): Promise<Document<T>[]> {
  const files = await listDocuments(root, directory);
  const documents = await Promise.all(
    files.map(async (file): Promise<Document<T> | null> => {
      const source = await readFile(join(root, file), 'utf8');
      const { yaml, unclosed, lineOffset, body, bodyLine } = splitFrontmatter(source);
      const name = basename(file, extname(file));
      if (yaml === null) {
        problems.push({
          severity: 'error',
          code: 'missing-frontmatter',
          file,
          line: 1,
          column: 1,
          message: unclosed
            ? 'the frontmatter opened on line 1 is never closed'
            : 'the file has no frontmatter',
          hint: unclosed
            ? 'End the YAML block with a line holding only `---`.'
            : 'Start the file with a YAML block between two `---` lines.',
        });
        return null;
      }
      bodies.push({ file, kind, body, line: bodyLine });
      const parsed = parse(yaml, file, lineOffset);
      locators.set(file, parsed.locate);
      problems.push(...parsed.problems);
      return parsed.value === null ? null : { file, name, value: parsed.value, body };
    }),
  );
  return documents.filter((document): document is Document<T> => document !== null);
}

/** A root without `kpis/` is almost always the wrong directory, not an empty site. */
async function missingKpiDirectory(root: string): Promise<Problem | null> {
  const found = await stat(join(root, KPI_DIRECTORY)).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (found) return null;
  return {
    severity: 'error',
    code: 'missing-directory',
    file: `${KPI_DIRECTORY}/`,
    message: `there is no ${KPI_DIRECTORY}/ directory in ${root}`,
    hint: 'Run pacer in the repository root, or pass it with --root.',
  };
}

export async function loadRepo(root: string): Promise<Repo> {
  const problems: Problem[] = [];
  const missing = await missingKpiDirectory(root);
  if (missing) problems.push(missing);
  const locators = new Map<string, Locator>();
  const bodies: DocumentBody[] = [];
  const config = await readConfig(root, problems, locators);
  const dataSchemas = await readDataSchemas(root, config, problems, locators);
  const calendar: CalendarOptions = {
    fiscalYearStart: config.fiscalYearStart,
    weekStart: weekStartNumber(config),
  };

  const kpiDocuments = await readDocuments(
    root,
    KPI_DIRECTORY,
    (yaml, file, offset) => parseYamlWith(kpiSchema, yaml, file, offset),
    problems,
    locators,
    bodies,
    'kpi',
  );
  const reviewDocuments = await readDocuments(
    root,
    REVIEW_DIRECTORY,
    (yaml, file, offset) => parseYamlWith(reviewSchema, yaml, file, offset),
    problems,
    locators,
    bodies,
    'review',
  );
  bodies.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const kpis: Kpi[] = kpiDocuments.map(({ file, name, value, body }) => ({
    ...value,
    id: name,
    file,
    body,
  }));
  const reviews: Review[] = reviewDocuments.map(({ file, name, value, body }) => ({
    ...value,
    slug: name,
    file,
    body,
  }));

  const kpiFiles = await listDocuments(root, KPI_DIRECTORY);
  const repo: Repo = {
    root,
    config,
    calendar,
    kpis,
    reviews,
    kpiFiles,
    dataSchemas,
    locators,
    bodies,
    problems,
  };
  problems.push(...validateRepo(repo));
  return repo;
}
