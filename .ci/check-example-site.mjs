// Fails unless the built example site has a page, JSON and CSV for every KPI
// definition in kpis/, plus the overview and every review.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ids = readdirSync('kpis')
  .filter((name) => /\.mdx?$/.test(name))
  .map((name) => name.replace(/\.mdx?$/, ''));
const reviews = existsSync('kpis/reviews')
  ? readdirSync('kpis/reviews')
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => name.replace(/\.mdx?$/, ''))
  : [];
const expected = [
  'dist/index.html',
  'dist/api/report.json',
  ...ids.flatMap((id) => [
    `dist/kpis/${id}/index.html`,
    `dist/api/kpis/${id}.json`,
    `dist/kpis/${id}.csv`,
  ]),
  ...reviews.map((slug) => join('dist/reviews', slug, 'index.html')),
];
const missing = expected.filter((file) => !existsSync(file));
if (ids.length === 0) {
  console.error('no KPI definitions found in kpis/');
  process.exit(1);
}
if (missing.length > 0) {
  console.error(`missing from the built site:\n${missing.join('\n')}`);
  process.exit(1);
}
console.log(`${ids.length} KPI pages, ${reviews.length} reviews and the overview were built`);
