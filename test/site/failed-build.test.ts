/**
 * Builds that fail. Invalid inputs end the build before any page, with the
 * list of problems, one summary line and exit code 1, and no crash report. A
 * build that fails later (a review whose MDX throws while rendering) leaves
 * the previous site in place and no staging folder behind.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, PROJECT_ROOT, runBuild } from './support/build-site.ts';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'pacer-failed-build-'));
});

afterAll(() => rm(work, { recursive: true, force: true }));

/** The log without the time stamps and colours Astro adds to each line. */
const plain = (log: string) =>
  log
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;]*m/g, '')
    .replace(/^\d\d:\d\d:\d\d /gm, '')
    .trim();

describe('a build with invalid inputs', () => {
  it(
    'lists the problems, ends with one summary line and exit code 1, and shows no stack trace',
    async () => {
      const outDir = join(work, 'broken', 'dist');
      const { code, log } = await runBuild('test/fixtures/broken', outDir);
      const lines = plain(log).split('\n');

      expect(code).toBe(1);
      expect(lines).toContain(
        '[ERROR] [pacer] kpis/revenue.md:4:11 error — category "salse" is not defined Hint: Did you mean "sales"?',
      );
      // Errors go to stderr, warnings to stdout: only the errors' order is certain.
      const errors = lines.filter((line) => line.startsWith('[ERROR] [pacer] '));
      expect(errors).toHaveLength(10);
      expect(errors.at(-1)).toBe(
        '[ERROR] [pacer] Pacer found 9 problems in kpis/ or data/; no page was written.',
      );
      expect(log).not.toMatch(/unhandled error|Stack trace|pacer-integration|\n\s+at /);
      // Nothing was written, not even a staging folder.
      expect(await readdir(join(work, 'broken')).catch(() => [])).toEqual([]);
    },
    BUILD_TIMEOUT,
  );
});

describe('a build that fails while rendering', () => {
  it(
    'keeps the previous site and leaves no staging folder',
    async () => {
      const repo = join(work, 'repo');
      await cp(join(PROJECT_ROOT, 'test/fixtures/site-full'), repo, { recursive: true });
      // Valid for `pacer check` (the MDX compiles); it throws only when the page renders.
      await writeFile(
        join(repo, 'kpis/reviews/2026-11-throws.mdx'),
        [
          '---',
          'title: A review that throws',
          'period: 2026-11',
          'author: Ana Lyst',
          'kpis: [revenue]',
          '---',
          '',
          "{(() => { throw new Error('thrown while rendering'); })()}",
          '',
        ].join('\n'),
      );
      const site = join(work, 'site');
      await mkdir(join(site, 'dist'), { recursive: true });
      await writeFile(join(site, 'dist', 'index.html'), 'the previous site');

      const { code, log } = await runBuild(repo, join(site, 'dist'));

      expect(code).not.toBe(0);
      expect(log).toContain('thrown while rendering');
      expect(await readdir(site)).toEqual(['dist']);
      expect(await readdir(join(site, 'dist'))).toEqual(['index.html']);
      expect(await readFile(join(site, 'dist', 'index.html'), 'utf8')).toBe('the previous site');
    },
    BUILD_TIMEOUT,
  );
});
