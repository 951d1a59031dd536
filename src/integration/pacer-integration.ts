/**
 * The Astro integration that turns a Pacer repository into a site. Before
 * Astro builds a single page it validates every definition and data file and
 * computes the report. A build with any invalid input stops there, listing
 * every problem, with exit code 1 and nothing written; `astro dev` keeps
 * serving, and its pages show the problems until they are fixed. Pages are
 * written to a staging folder that replaces the output folder only once the
 * whole site is built (see publish.ts).
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { cacheDirectory } from '../engine/cache/cache-directory.ts';
import { formatIsoDate } from '../engine/calendar/civil-date.ts';
import { chartCacheDirectory } from '../engine/charts/chart-cache.ts';
import { plural } from '../engine/format/plural.ts';
import type { LoadedReport } from '../engine/report/load-report.ts';
import { drawKpiChartsAhead } from '../site/chart-prerender.ts';
import type { KpiChartsAhead } from '../site/chart-prerender.ts';
import { loadSharedReport, resetSharedReport } from '../site/get-report.ts';
import { repoRoot } from '../site/repo-root.ts';
import { blockingProblems, checkInputs, problemCount } from './check-inputs.ts';
import { publish, startStaging, stagingFor } from './publish.ts';
import { watchInputs } from './watch-inputs.ts';

/** Base path with exactly one slash at each end, as Astro and GitHub Pages expect. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The base path and public URL: the report's, or the config's when no report could be computed. */
function siteAddress(loaded: LoadedReport): { base: string; url: string | null } {
  if (loaded.report) return { base: loaded.report.site.base, url: loaded.report.site.url };
  const env = process.env;
  return {
    base: env['PACER_BASE'] || loaded.repo.config.base,
    url: env['PACER_SITE_URL'] || (loaded.repo.config.url ?? null),
  };
}

function logReport(loaded: LoadedReport, logger: AstroIntegrationLogger): void {
  const { report, asOf } = loaded;
  if (!report) return;
  const origin = loaded.cached ? 'reused from the cache' : 'computed';
  logger.info(
    `${plural(report.kpis.length, 'KPI')} and ${plural(report.reviews.length, 'review')} as of ${formatIsoDate(asOf.day)} (${asOf.origin}), ${origin} in ${Math.round(loaded.milliseconds)} ms`,
  );
}

/**
 * Ends a build whose inputs are invalid. The problems are already listed; a
 * thrown error would add Astro's "unhandled error" banner and a stack trace
 * into this file, so the process exits the way Astro itself does on an
 * invalid config.
 */
function failBuild(blocking: number, logger: AstroIntegrationLogger): never {
  logger.error(`${problemCount(blocking)}; no page was written.`);
  process.exit(1);
}

export function pacer(): AstroIntegration {
  let root = repoRoot();
  let chartsAhead: KpiChartsAhead | null = null;
  return {
    name: 'pacer',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, addWatchFile, logger }) => {
        root = repoRoot(fileURLToPath(config.root));
        resetSharedReport();
        // A preview serves the last build in dist/; it reads kpis/ only for the base path and URL.
        const previewing = command === 'preview';
        const loaded = await loadSharedReport(root, () => checkInputs(root, logger, previewing));
        // kpis/site.yaml sets the base path: a change restarts the dev server.
        addWatchFile(join(root, 'kpis', 'site.yaml'));

        const blocking = blockingProblems(loaded);
        if (blocking > 0 && command === 'build') failBuild(blocking, logger);
        if (previewing) {
          logger.info(
            blocking > 0
              ? 'Serving the last build; kpis/ or data/ now have problems that would stop the next build (npx pacer check lists them).'
              : 'Serving the last build; npm run build updates it from kpis/ and data/.',
          );
        } else if (blocking > 0) {
          logger.error(`${problemCount(blocking)}; pages show them until they are fixed.`);
        } else {
          logReport(loaded, logger);
        }

        const { base, url } = siteAddress(loaded);
        // A sitemap needs absolute URLs, so only a site with a public `url` gets one.
        const integrations = url ? [sitemap({ filter: (page) => !/\/404\/?$/.test(page) })] : [];
        if (!url) {
          logger.warn(
            'No site URL (`url` in kpis/site.yaml, or PACER_SITE_URL): no sitemap, and feed links point at http://localhost/.',
          );
        }
        const address = { base: normaliseBase(base), ...(url ? { site: url } : {}) };
        if (command !== 'build') {
          updateConfig({ ...address, integrations });
          return;
        }

        // The KPI pages' charts are drawn on other threads while Astro bundles and renders, unless
        // the report came from the cache: the build that kept it kept its charts too, and starting
        // threads to read them back would only slow a rebuild down.
        if (loaded.report && !loaded.cached) {
          chartsAhead = drawKpiChartsAhead(loaded.report, {
            chartCache: chartCacheDirectory(),
            cacheDirectory: cacheDirectory(process.env),
          });
        }
        const staging = stagingFor(fileURLToPath(config.outDir).replace(/[\\/]+$/, ''));
        await startStaging(staging);
        updateConfig({
          ...address,
          // Publishing runs last, after other integrations (the sitemap) wrote their files.
          integrations: [...integrations, publish(staging)],
          outDir: pathToFileURL(`${staging.stagingDir}/`),
        });
      },
      'astro:build:done': async () => {
        await chartsAhead?.close();
        chartsAhead = null;
      },
      'astro:server:setup': ({ server, logger }) => {
        watchInputs(server, root, logger);
      },
    },
  };
}
