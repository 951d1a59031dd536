/**
 * The Astro integration that turns a Pacer repository into a site. Before
 * Astro builds a single page it validates every definition and data file and
 * computes the report; any error stops the build with every problem listed.
 * Pages are written to a staging folder that replaces the output folder only
 * once the whole site is built, so a failed build never leaves a half-written
 * site behind.
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatProblem, hasErrors } from '../engine/errors/problem.ts';
import { formatCount } from '../engine/format/format-value.ts';
import { formatIsoDate } from '../engine/calendar/civil-date.ts';
import { runCheck } from '../engine/load/check-repo.ts';
import type { LoadedReport } from '../engine/report/load-report.ts';
import { loadSharedReport, resetSharedReport } from '../site/get-report.ts';
import { repoRoot } from '../site/repo-root.ts';

function logProblems(loaded: LoadedReport, logger: AstroIntegrationLogger): void {
  for (const problem of loaded.problems) {
    if (problem.severity === 'error') logger.error(formatProblem(problem));
    else logger.warn(formatProblem(problem));
  }
}

/** Base path with exactly one slash at each end, as Astro and GitHub Pages expect. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Swaps the finished site in; the old one goes only once the new one is complete. */
function publish(outDir: string, stagingDir: string): AstroIntegration {
  return {
    name: 'pacer:publish',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        const previous = `${outDir}.previous-${process.pid}`;
        await rm(previous, { recursive: true, force: true });
        await rename(outDir, previous).catch(() => undefined);
        await mkdir(dirname(outDir), { recursive: true });
        await rename(stagingDir, outDir);
        await rm(previous, { recursive: true, force: true });
        logger.info(`site written to ${outDir}`);
      },
    },
  };
}

export function pacer(): AstroIntegration {
  return {
    name: 'pacer',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, addWatchFile, logger }) => {
        const root = repoRoot(fileURLToPath(config.root));
        resetSharedReport();
        // The same check as `pacer check`: sorted problems, each placed in its file.
        const loaded = await loadSharedReport(root, async () => {
          const check = await runCheck(root, {
            // Unchanged kpis/ and data/ reuse the report computed last time (node_modules/.cache).
            cache: true,
            onFile: (file, rows, milliseconds) =>
              logger.info(
                `${file}: ${formatCount(rows, 'en-US')} rows in ${Math.round(milliseconds)} ms`,
              ),
          });
          return { ...check.loaded, problems: check.problems };
        });
        logProblems(loaded, logger);
        if (hasErrors(loaded.problems) || !loaded.report) {
          const count = loaded.problems.filter((problem) => problem.severity === 'error').length;
          throw new Error(
            `Pacer found ${count} problem${count === 1 ? '' : 's'} in kpis/ or data/; no page was written. Run \`npx pacer check\` for the list.`,
          );
        }
        const { report } = loaded;
        logger.info(
          `${report.kpis.length} KPIs and ${report.reviews.length} reviews as of ${formatIsoDate(loaded.asOf.day)} (${loaded.asOf.origin}), ${loaded.cached ? 'reused from the cache' : 'computed'} in ${Math.round(loaded.milliseconds)} ms`,
        );

        addWatchFile(join(root, 'kpis', 'site.yaml'));
        const site = report.site.url ?? undefined;
        const base = normaliseBase(report.site.base);
        // A sitemap needs absolute URLs, so only a site with a public `url` gets one.
        const integrations = site ? [sitemap({ filter: (page) => !/\/404\/?$/.test(page) })] : [];
        if (!site) {
          logger.warn(
            'No site URL (`url` in kpis/site.yaml, or PACER_SITE_URL): no sitemap, and feed links point at http://localhost/.',
          );
        }
        if (command === 'build') {
          const outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
          const stagingDir = join(dirname(outDir), `.pacer-staging-${process.pid}`);
          await rm(stagingDir, { recursive: true, force: true });
          // Publishing runs last, after other integrations (the sitemap) wrote their files.
          const finish = publish(outDir, stagingDir);
          updateConfig({
            base,
            ...(site ? { site } : {}),
            integrations: [...integrations, finish],
            outDir: pathToFileURL(`${stagingDir}/`),
          });
        } else {
          updateConfig({ base, ...(site ? { site } : {}), integrations });
        }
      },
    },
  };
}
