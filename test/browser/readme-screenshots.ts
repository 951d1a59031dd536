/**
 * `npm run screenshots`: takes the README's pictures of the example site
 * from the built `dist/` (run `npm run build` first), so that they show
 * the site as it is rather than as it once was.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../site/support/build-site.ts';
import { launchBrowser } from './support/browser.ts';
import { serveSite } from './support/static-server.ts';

const DIST = join(PROJECT_ROOT, 'dist');
const OUT = join(PROJECT_ROOT, '.github', 'readme');

/** Each picture: the page, and a desktop window tall enough for its first screen of content. */
const SHOTS = [
  { file: 'overview.png', path: '', height: 1100 },
  { file: 'kpi-page.png', path: 'kpis/revenue/', height: 1250 },
] as const;

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error(`No built site in ${DIST}: run \`npm run build\` first.`);
}
const server = await serveSite(DIST);
const browser = await launchBrowser();
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: 1200, height: shot.height } });
    await page.goto(`${server.url}${shot.path}`, { waitUntil: 'networkidle' });
    await page.screenshot({ path: join(OUT, shot.file) });
    await page.close();
    console.log(`wrote ${join('.github', 'readme', shot.file)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
