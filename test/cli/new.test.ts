/** `pacer new kpi` and `pacer new review`: starting files that pass `pacer check`. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { yamlString } from '../../src/cli/scaffold/yaml-text.ts';
import { copyFixture, kpi, sumKpi, tempRepo } from '../engine/load/support/temp-repo.ts';
import { maskTime, REPO, runCli, spawnPacer } from './support/run-cli.ts';

/**
 * `text` as Prettier, with the project's own config, formats a file of that
 * name in the repository: `npm run lint` must pass on scaffolded files as written.
 */
async function prettierFormatted(file: string, text: string): Promise<string> {
  const filepath = join(REPO, file);
  const config = await prettier.resolveConfig(filepath);
  return prettier.format(text, { ...config, filepath });
}

describe('pacer new kpi', () => {
  test('writes a commented definition that passes check once its source is edited', async () => {
    const root = await copyFixture('basic');
    const created = await spawnPacer(['new', 'kpi', 'paid-orders'], { cwd: root });
    expect(created.code).toBe(0);
    expect(created.stdout).toBe(
      'Wrote kpis/paid-orders.md. Point its source at your data, then run `npx pacer check`.\n',
    );

    const path = join(root, 'kpis/paid-orders.md');
    const text = await readFile(path, 'utf8');
    expect(text).toContain('title: Paid orders\n');
    expect(text).toContain(
      '  file: data/paid-orders.csv # the CSV file, relative to the repository root\n',
    );

    // Until the source points at real data, check names the one thing to edit.
    const before = await runCli(['check', '--root', root]);
    expect(before.code).toBe(1);
    expect(before.stdout.split('\n')[0]).toBe(
      'kpis/paid-orders.md:14:9 error source.file "data/paid-orders.csv" does not exist (file-not-found)',
    );

    await writeFile(
      path,
      text
        .replace('file: data/paid-orders.csv', 'file: data/orders.csv')
        .replace('date: date', 'date: order_date')
        .replace('value: value', 'value: amount'),
    );
    const after = await runCli(['check', '--root', root]);
    expect(maskTime(after.stdout)).toBe(
      'check passed: 0 errors, 0 warnings in 2 KPIs and 1 data file (… ms)\n',
    );
  });

  test('writes a file that Prettier leaves as it is, ending in one newline', async () => {
    const root = await copyFixture('basic');
    const run = await runCli(['new', 'kpi', 'weekly-signups', '--root', root]);
    expect(run.stdout).toBe(
      'Wrote kpis/weekly-signups.md. Point its source at your data, then run `npx pacer check`.\n',
    );
    const text = await readFile(join(root, 'kpis/weekly-signups.md'), 'utf8');
    expect(text.endsWith('\nWhy this KPI matters, and how to read it.\n')).toBe(true);
    expect(text.split('\n')[1]).toBe(
      '# The definition of this KPI. Run `npx pacer check` after editing it.',
    );
    expect(await prettierFormatted('kpis/weekly-signups.md', text)).toBe(text);
  });

  test('refuses to overwrite a definition, as .md or as .mdx', async () => {
    const root = await copyFixture('basic');
    const again = await runCli(['new', 'kpi', 'revenue', '--root', root]);
    expect(again.code).toBe(1);
    expect(again.logs[0]).toBe('error: kpis/revenue.md already exists; not overwriting it');
    expect(await readFile(join(root, 'kpis/revenue.md'), 'utf8')).toContain('title: Revenue');

    await writeFile(join(root, 'kpis/churn.mdx'), '---\n---\n');
    const mdx = await runCli(['new', 'kpi', 'churn', '--root', root]);
    expect(mdx.code).toBe(1);
    expect(mdx.logs[0]).toBe('error: kpis/churn.mdx already defines the KPI "churn"');
  });

  test('rejects an id that cannot be a file name and a URL', async () => {
    const run = await runCli(['new', 'kpi', 'Paid Orders', '--root', await copyFixture('basic')]);
    expect(run.code).toBe(1);
    expect(run.logs).toEqual([
      'error: "Paid Orders" is not a KPI id',
      'info:   hint: Use lower-case letters, digits and dashes, such as monthly-revenue.',
    ]);
  });
});

/** Git with no user.name anywhere, whatever the machine's configuration. */
const NO_GIT_NAME = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

describe('pacer new review', () => {
  // September's rows stop on the 9th, so as of its end the latest complete month is August.
  test('writes a review prefilled with each KPI’s numbers as of the period’s end', async () => {
    const root = await copyFixture('basic');
    const run = await runCli(['new', 'review', '2026-09', '--author', 'Ana', '--root', root]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Wrote kpis/reviews/2026-09-review.mdx with 1 KPI as of 2026-09-30.\n');
    expect(await readFile(join(root, 'kpis/reviews/2026-09-review.mdx'), 'utf8')).toBe(`---
title: 'September 2026 review'
period: 2026-09
author: 'Ana'
kpis: [revenue]
# summary: One sentence for the review index and the feed.
---

{/* The numbers under each heading were computed as of 2026-09-30 when this file was written; the components show them for this period on every build. */}

## Revenue

<KpiStatus id="revenue" />
<KpiValue id="revenue" />

€180.00 in September 2026 to date; status and change are judged on the latest complete period: €170.00 in August 2026; change against July 2026 +€30.00 (+21.4%); progress 20%; status off track.

What happened, and why:
`);
    const written = await readFile(join(root, 'kpis/reviews/2026-09-review.mdx'), 'utf8');
    expect(await prettierFormatted('kpis/reviews/2026-09-review.mdx', written)).toBe(written);
    const check = await runCli(['check', '--root', root]);
    expect(check.code).toBe(0);
  });

  test('names the file with --slug and covers only the KPIs given with --kpis', async () => {
    const root = await copyFixture('basic');
    const run = await runCli(
      ['new', 'review', '2026-Q3', '--slug', 'qbr', '--kpis', 'revenue', '--root', root],
      { env: NO_GIT_NAME },
    );
    expect(run.code).toBe(0);
    const text = await readFile(join(root, 'kpis/reviews/2026-Q3-qbr.mdx'), 'utf8');
    expect(text.split('\n').slice(0, 5)).toEqual([
      '---',
      "title: 'Q3 2026 review'",
      'period: 2026-Q3',
      "author: 'Your name'",
      'kpis: [revenue]',
    ]);
    // Without --author or a git user.name, the placeholder comes with a warning to replace it.
    expect(run.logs).toEqual([
      'warn: no --author given and no git user.name set: the review\'s author is "Your name"; replace it before publishing.',
    ]);
  });

  test('takes the author from git’s user.name when --author is not given', async () => {
    const root = await copyFixture('basic');
    const config = join(root, 'gitconfig');
    await writeFile(config, '[user]\n\tname = Grace Hopper\n');
    const env = { GIT_CONFIG_GLOBAL: config, GIT_CONFIG_NOSYSTEM: '1' };
    const run = await runCli(['new', 'review', '2026-10', '--root', root], { env });
    expect(run.code).toBe(0);
    expect(run.logs).toEqual([]);
    const text = await readFile(join(root, 'kpis/reviews/2026-10-review.mdx'), 'utf8');
    expect(text.split('\n')[3]).toBe("author: 'Grace Hopper'");

    const given = await runCli(
      ['new', 'review', '2026-10', '--slug', 'ana', '--author', 'Ana', '--root', root],
      { env },
    );
    expect(given.code).toBe(0);
    const byAna = await readFile(join(root, 'kpis/reviews/2026-10-ana.mdx'), 'utf8');
    expect(byAna.split('\n')[3]).toBe("author: 'Ana'");
  });

  test('states the value <KpiValue> shows once, when its period is complete', async () => {
    // Rows dated by month cover their whole month: August is complete as of its end.
    const root = await tempRepo({
      'kpis/revenue.md': sumKpi('data/sales.csv', 'target: { value: 200, by: 2026-12 }'),
      'data/sales.csv': 'date,amount\n2026-06,100\n2026-07,120\n2026-08,150\n',
    });
    const run = await runCli(['new', 'review', '2026-08', '--author', 'Ana', '--root', root]);
    expect(run.code).toBe(0);
    const text = await readFile(join(root, 'kpis/reviews/2026-08-review.mdx'), 'utf8');
    expect(text.split('\n\n')[4]).toBe(
      '150 in August 2026; change against July 2026 +30 (+25.0%); progress 50%; status on track.',
    );
  });

  test('writes a review that Prettier leaves as it is, however long its KPI list', async () => {
    const ids = [
      'revenue-europe',
      'revenue-americas',
      'revenue-asia-pacific',
      'revenue-middle-east',
    ];
    const files = Object.fromEntries(
      ids.map((id) => [
        `kpis/${id}.md`,
        kpi(
          `title: Revenue ${id.slice('revenue-'.length)}`,
          'owner: Sales',
          'category: sales',
          'source: { file: data/sales.csv, date: date, value: amount }',
        ),
      ]),
    );
    const root = await tempRepo({
      ...files,
      'data/sales.csv': 'date,amount\n2026-07,120\n2026-08,150\n',
    });
    const run = await runCli([
      'new',
      'review',
      '2026-08',
      '--author',
      "Siobhán O'Brien",
      '--root',
      root,
    ]);
    expect(run.stdout).toBe(
      'Wrote kpis/reviews/2026-08-review.mdx with 4 KPIs as of 2026-08-31.\n',
    );
    const text = await readFile(join(root, 'kpis/reviews/2026-08-review.mdx'), 'utf8');
    // `kpis: [...]` would pass 80 columns, where Prettier breaks a flow list; a block list it keeps.
    expect(text.split('\n').slice(0, 10)).toEqual([
      '---',
      "title: 'August 2026 review'",
      'period: 2026-08',
      `author: "Siobhán O'Brien"`,
      'kpis:',
      '  - revenue-americas',
      '  - revenue-asia-pacific',
      '  - revenue-europe',
      '  - revenue-middle-east',
      '# summary: One sentence for the review index and the feed.',
    ]);
    expect(text).toContain(
      '<KpiStatus id="revenue-asia-pacific" />\n<KpiValue id="revenue-asia-pacific" />\n',
    );
    expect(await prettierFormatted('kpis/reviews/2026-08-review.mdx', text)).toBe(text);
    expect((await runCli(['check', '--root', root])).code).toBe(0);
  });

  test('rejects an unknown KPI, a period that is not one, and a period not started yet', async () => {
    const root = await copyFixture('basic');
    const unknown = await runCli(['new', 'review', '2026-10', '--kpis', 'revenu', '--root', root]);
    expect(unknown.logs).toEqual([
      'error: "revenu" is not a KPI',
      'info:   hint: Did you mean "revenue"?',
    ]);
    const bad = await runCli(['new', 'review', '2026-13', '--root', root]);
    expect(bad.logs[0]).toBe('error: "2026-13" is not a period');
    const future = await runCli(['new', 'review', '2027-01', '--root', root]);
    expect(future.logs[0]).toBe('error: 2027-01 has not started as of 2026-11-15');
    expect([unknown.code, bad.code, future.code]).toEqual([1, 1, 1]);
  });

  test('refuses to overwrite a review, and says how to name another', async () => {
    const root = await copyFixture('basic');
    await runCli(['new', 'review', '2026-10', '--author', 'Ana', '--root', root]);
    const again = await runCli(['new', 'review', '2026-10', '--root', root], { env: NO_GIT_NAME });
    expect(again.code).toBe(1);
    expect(again.logs).toEqual([
      'error: kpis/reviews/2026-10-review.mdx already exists; not overwriting it',
      'info:   hint: Name the new review with --slug (such as --slug qbr), or edit the existing file.',
    ]);
  });

  test('escapes KPI titles so that they cannot become MDX', async () => {
    const root = await copyFixture('xss');
    const run = await runCli(['new', 'review', '2026-10', '--root', root]);
    expect(run.code).toBe(0);
    const text = await readFile(join(root, 'kpis/reviews/2026-10-review.mdx'), 'utf8');
    expect(text).toContain('## &lt;script&gt;alert(1)&lt;/script&gt; \\| \\`code\\` \\*bold\\*\n');
    expect(text).not.toMatch(/<script|\{alert/);
    expect(await prettierFormatted('kpis/reviews/2026-10-review.mdx', text)).toBe(text);
  });
});

describe('frontmatter strings', () => {
  test.each([`Ana`, `O'Brien`, `"Ana" O'Brien`, `C:\\Users\\ana`, `it's C:\\`, `# not: a comment`])(
    'quote %s as Prettier would, reading back the same',
    async (text) => {
      const frontmatter = `---\nauthor: ${yamlString(text)}\n---\n`;
      expect(await prettierFormatted('kpis/reviews/x.mdx', frontmatter)).toBe(frontmatter);
      expect(parse(frontmatter.split('---')[1]!)).toEqual({ author: text });
    },
  );
});
