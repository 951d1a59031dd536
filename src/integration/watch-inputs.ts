/**
 * `astro dev` with live inputs: Vite watches kpis/ and data/, and a change
 * recomputes the shared report and reloads the browser. Invalid inputs are
 * logged as `pacer check` logs them, and every page shows them (getReport
 * throws with the whole list) until they are fixed.
 */
import { join, relative, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatCount } from '../engine/format/format-value.ts';
import { loadSharedReport, resetSharedReport } from '../site/get-report.ts';
import { blockingProblems, checkInputs, problemCount } from './check-inputs.ts';

type ServerSetup = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0];
type DevServer = ServerSetup['server'];

/** Editors write a file in several steps; changes this close together reload once. */
const SETTLE_MS = 150;

/** kpis/site.yaml restarts the dev server (it sets the base path), so it is left to Astro. */
function isInput(root: string, path: string): boolean {
  const name = relative(root, path);
  if (name.startsWith('..') || name === join('kpis', 'site.yaml')) return false;
  return name.startsWith(`kpis${sep}`) || name.startsWith(`data${sep}`);
}

/** Recomputes the report in the slot every page reads, and says how it went. */
async function recompute(root: string, logger: AstroIntegrationLogger): Promise<void> {
  resetSharedReport();
  const loaded = await loadSharedReport(root, () => checkInputs(root, logger));
  const blocking = blockingProblems(loaded);
  if (blocking > 0)
    logger.error(`${problemCount(blocking)}; pages show them until they are fixed.`);
  else if (loaded.report) {
    const kpis = formatCount(loaded.report.kpis.length, 'en-US');
    logger.info(`kpis/ or data/ changed: ${kpis} KPIs recomputed; reloading the page.`);
  }
}

/** Makes every server environment forget its getStaticPaths() results, then reloads the browser. */
function reload(server: DevServer): void {
  for (const [name, environment] of Object.entries(server.environments)) {
    // Astro clears its route cache on this event (new or removed KPIs and reviews change the routes).
    if (name !== 'client') environment.hot.send('astro:content-changed', {});
  }
  server.environments['client']?.hot.send({ type: 'full-reload', path: '*' });
}

/** Watches kpis/ and data/ under `root` for the life of the dev server. */
export function watchInputs(server: DevServer, root: string, logger: AstroIntegrationLogger): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  const settle = () => {
    running = running
      .then(() => recompute(root, logger))
      .then(() => reload(server))
      .catch((error: unknown) => logger.error(`Could not recompute the report: ${String(error)}`));
  };

  server.watcher.add([join(root, 'kpis'), join(root, 'data')]);
  server.watcher.on('all', (_event, path) => {
    if (!isInput(root, path)) return;
    // Pages asking now must not get the old numbers while the new ones are computed.
    resetSharedReport();
    clearTimeout(timer);
    timer = setTimeout(settle, SETTLE_MS);
  });
}
