/** `pacer diff <ref>`: how the working tree moves each KPI against a git ref, and which rows changed. */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ReportDiff } from '../../src/cli/diff/report-diff.ts';
import { kpi } from '../engine/load/support/temp-repo.ts';
import { committedFixture, committedRepo, git, maskCommit } from './support/git-repo.ts';
import { runCli, spawnPacer } from './support/run-cli.ts';

async function edit(root: string, file: string, change: (text: string) => string): Promise<void> {
  const path = join(root, file);
  await writeFile(path, change(await readFile(path, 'utf8')));
}

const ONE_ROW = (text: string) =>
  text.replace('12,2026-10-10,EU,paid,190', '12,2026-10-10,EU,paid,215');

/**
 * Orders judged by thresholds (at risk at 100 or less, off track at 50 or
 * less), with rows dated by month so that October is complete on 2026-11-15.
 * August to October fall 140, 90, 80: at risk in September and October, a
 * warning threshold alert and a two-period streak.
 */
const THRESHOLD_REPO = {
  'kpis/orders.md': kpi(
    'title: Orders',
    'owner: Sales',
    'category: sales',
    'decimals: 0',
    'source: { file: data/orders.csv, date: month, value: amount }',
    'thresholds: { warning: 100, critical: 50 }',
    'alerts: { drop: 0.5, streak: 2, anomaly: false, stale: 2 }',
  ),
  'data/orders.csv': 'month,amount\n2026-08,140\n2026-09,90\n2026-10,80\n',
};

/** October down from 80 to 40: past the critical threshold, and 55.6% below September's 90. */
const OCTOBER_HALVED = (text: string) => text.replace('2026-10,80', '2026-10,40');

describe('pacer diff', () => {
  test('shows a one-row data change: the KPI it moves, the period, and the row', async () => {
    const root = await committedFixture('basic');
    await edit(root, 'data/orders.csv', ONE_ROW);
    const run = await spawnPacer(['diff', 'main'], { cwd: root });
    expect(run.code).toBe(0);
    expect(maskCommit(run.stdout)).toBe(`## Pacer: KPI changes against main

Both sides as of 2026-11-15; main is commit <commit>.

| KPI | Value before | Value after | Progress | Status |
| --- | ---: | ---: | ---: | --- |
| Revenue (revenue) | €190.00 in 2026-10 | €215.00 in 2026-10 | 40% → 65% | 🔴 off-track |

### Revenue (revenue)

- Periods changed: 2026-10: €190.00 → €215.00

### Data files

| File | Rows added | Rows changed | Rows removed |
| --- | ---: | ---: | ---: |
| data/orders.csv | 0 | 1 | 0 |

<details><summary>data/orders.csv</summary>

| Line | Change | Cells | Row |
| ---: | --- | --- | --- |
| 13 | changed | amount: 190 → 215 | 12, 2026-10-10, EU, paid, 215 |

</details>
`);
  });

  test('prints the comparison as JSON with --json', async () => {
    const root = await committedFixture('basic');
    await edit(root, 'data/orders.csv', ONE_ROW);
    const run = await runCli(['diff', 'main', '--json', '--root', root]);
    const diff = JSON.parse(run.stdout) as ReportDiff;
    expect(diff.asOf).toBe('2026-11-15');
    expect(diff.kpis).toHaveLength(1);
    expect(diff.kpis[0]).toMatchObject({
      id: 'revenue',
      change: 'changed',
      current: {
        before: { period: '2026-10', value: 190, partial: false },
        after: { period: '2026-10', value: 215, partial: false },
      },
      status: { before: 'off-track', after: 'off-track' },
      periods: [{ period: '2026-10', before: 190, after: 215 }],
      newAlerts: [],
      clearedAlerts: [],
    });
    expect(diff.dataFiles).toEqual([
      expect.objectContaining({
        file: 'data/orders.csv',
        change: 'modified',
        added: 0,
        changed: 1,
        removed: 0,
        rows: [
          {
            change: 'changed',
            oldLine: 13,
            newLine: 13,
            fields: ['12', '2026-10-10', 'EU', 'paid', '215'],
            cells: [{ column: 'amount', before: '190', after: '215' }],
          },
        ],
      }),
    ]);
  });

  test('reports a status change with the alerts it raises and the alert it clears, as JSON', async () => {
    const root = await committedRepo(THRESHOLD_REPO);
    await edit(root, 'data/orders.csv', OCTOBER_HALVED);
    const run = await runCli(['diff', 'main', '--json', '--root', root]);
    expect(run.code).toBe(0);
    const diff = JSON.parse(run.stdout) as ReportDiff;
    const october = (value: number) => ({ period: '2026-10', value, partial: false });
    // The streak (September and October each below the month before) fired on both sides: not listed.
    expect(diff.kpis).toEqual([
      {
        id: 'orders',
        title: 'Orders',
        change: 'changed',
        latest: { before: october(80), after: october(40) },
        current: { before: october(80), after: october(40) },
        status: { before: 'at-risk', after: 'off-track' },
        progress: { before: null, after: null },
        newAlerts: [
          {
            rule: 'threshold',
            severity: 'critical',
            period: '2026-10',
            message: '40 is at or below the critical threshold of 50.',
          },
          {
            rule: 'status',
            severity: 'critical',
            period: '2026-10',
            message: 'Status went from at risk to off track.',
          },
          {
            rule: 'drop',
            severity: 'warning',
            period: '2026-10',
            message: 'Fell 55.6% against September 2026, beyond the 50.0% limit.',
          },
        ],
        clearedAlerts: [
          {
            rule: 'threshold',
            severity: 'warning',
            period: '2026-10',
            message: '80 is at or below the warning threshold of 100.',
          },
        ],
        periods: [{ period: '2026-10', before: 80, after: 40 }],
      },
    ]);
    expect(diff.unchangedKpis).toBe(0);
  });

  test('reports a status change with the alerts it raises and the alert it clears, as Markdown', async () => {
    const root = await committedRepo(THRESHOLD_REPO);
    await edit(root, 'data/orders.csv', OCTOBER_HALVED);
    const run = await runCli(['diff', 'main', '--root', root]);
    expect(run.code).toBe(0);
    expect(maskCommit(run.stdout)).toBe(`## Pacer: KPI changes against main

Both sides as of 2026-11-15; main is commit <commit>.

| KPI | Value before | Value after | Progress | Status |
| --- | ---: | ---: | ---: | --- |
| Orders (orders) | 80 in 2026-10 | 40 in 2026-10 | — | 🟡 at-risk → 🔴 off-track |

### Orders (orders)

- Periods changed: 2026-10: 80 → 40
- New alert: critical threshold (2026-10): 40 is at or below the critical threshold of 50.
- New alert: critical status (2026-10): Status went from at risk to off track.
- New alert: warning drop (2026-10): Fell 55.6% against September 2026, beyond the 50.0% limit.
- Cleared alert: warning threshold (2026-10): 80 is at or below the warning threshold of 100.

### Data files

| File | Rows added | Rows changed | Rows removed |
| --- | ---: | ---: | ---: |
| data/orders.csv | 0 | 1 | 0 |

<details><summary>data/orders.csv</summary>

| Line | Change | Cells | Row |
| ---: | --- | --- | --- |
| 4 | changed | amount: 80 → 40 | 2026-10, 40 |

</details>
`);
  });

  test('shows the KPIs a new data file schema moves, with no CSV row changed', async () => {
    const root = await committedFixture('basic');
    // The schema makes "190" a "no value" marker: October's only paid order has no amount left.
    await writeFile(join(root, 'data/orders.schema.yaml'), 'missing: ["190"]\n');
    const run = await runCli(['diff', 'main', '--json', '--root', root]);
    const diff = JSON.parse(run.stdout) as ReportDiff;
    expect(diff.kpis.map((moved) => [moved.id, moved.periods])).toEqual([
      ['revenue', [{ period: '2026-10', before: 190, after: null }]],
    ]);
    expect(diff.dataFiles).toEqual([]);
  });

  test('computes both sides as of the working tree’s date', async () => {
    const root = await committedFixture('basic');
    // The ref pins an earlier date; the change moves the pin. Only the working tree's date counts.
    await edit(root, 'kpis/site.yaml', (text) =>
      text.replace('asOf: 2026-11-15', 'asOf: 2026-08-31'),
    );
    const diff = JSON.parse(
      (await runCli(['diff', 'main', '--json', '--root', root])).stdout,
    ) as ReportDiff;
    expect(diff.asOf).toBe('2026-08-31');
    expect(diff.kpis).toEqual([]);
  });

  test('lists KPIs added and removed, and rows added and removed', async () => {
    const root = await committedFixture('basic');
    await rename(join(root, 'kpis/revenue.md'), join(root, 'kpis/sales.md'));
    await edit(root, 'data/orders.csv', (text) =>
      text.replace('4,2026-02-14,EU,refunded,30\n', '').concat('14,2026-11-05,EU,paid,60\n'),
    );
    const diff = JSON.parse(
      (await runCli(['diff', 'main', '--json', '--root', root])).stdout,
    ) as ReportDiff;
    expect(diff.kpis.map((entry) => [entry.id, entry.change])).toEqual([
      ['sales', 'added'],
      ['revenue', 'removed'],
    ]);
    expect(diff.dataFiles[0]).toMatchObject({ added: 1, changed: 0, removed: 1 });
    expect(diff.dataFiles[0]!.rows.map((row) => [row.change, row.oldLine, row.newLine])).toEqual([
      ['removed', 5, null],
      ['added', null, 14],
    ]);
  });

  test('sums up a KPI added or removed, and lists only the first 12 periods a change moves', async () => {
    // 22 months, 2025-01 to 2026-10, of 10 to 31; the working tree adds 100 to each.
    const months = Array.from({ length: 22 }, (_, index) => {
      const month = `${2025 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
      return `${month},${10 + index}`;
    });
    const monthly = (title: string) =>
      kpi(
        `title: ${title}`,
        'owner: Sales',
        'category: sales',
        'decimals: 0',
        'source: { file: data/orders.csv, date: month, value: amount }',
      );
    const root = await committedRepo({
      'kpis/orders.md': monthly('Orders'),
      'kpis/old.md': monthly('Old orders'),
      'data/orders.csv': `month,amount\n${months.join('\n')}\n`,
    });
    await rm(join(root, 'kpis/old.md'));
    await writeFile(join(root, 'kpis/new.md'), monthly('New orders'));
    await edit(root, 'data/orders.csv', (text) =>
      text.replace(/,(\d+)$/gm, (_, amount: string) => `,${Number(amount) + 100}`),
    );

    const markdown = (await runCli(['diff', 'main', '--root', root])).stdout;
    expect(markdown).toContain(
      '### Orders (orders)\n\n- Periods changed: 2025-01: 10 → 110; 2025-02: 11 → 111; 2025-03: 12 → 112; 2025-04: 13 → 113; 2025-05: 14 → 114; 2025-06: 15 → 115; 2025-07: 16 → 116; 2025-08: 17 → 117; 2025-09: 18 → 118; 2025-10: 19 → 119; 2025-11: 20 → 120; 2025-12: 21 → 121; and 10 more periods\n',
    );
    expect(markdown).toContain(
      '### New orders (new)\n\n- New KPI: 22 periods, 2025-01 to 2026-10\n',
    );
    expect(markdown).toContain(
      '### Old orders (old)\n\n- Removed KPI: 22 periods, 2025-01 to 2026-10\n',
    );

    // The JSON is for machines: every period, uncapped.
    const json = JSON.parse(
      (await runCli(['diff', 'main', '--json', '--root', root])).stdout,
    ) as ReportDiff;
    const orders = json.kpis.find((entry) => entry.id === 'orders');
    expect(orders?.periods).toHaveLength(22);
    expect(orders?.periods.at(-1)).toEqual({ period: '2026-10', before: 31, after: 131 });
  });

  test('works when the Pacer root is a folder inside the git repository', async () => {
    const top = await committedFixture('basic');
    await mkdir(join(top, 'site'));
    for (const entry of ['kpis', 'data']) await rename(join(top, entry), join(top, 'site', entry));
    await git(top, 'add', '-A');
    await git(top, 'commit', '-q', '-m', 'move into site/');
    await edit(top, 'site/data/orders.csv', ONE_ROW);
    const run = await runCli(['diff', 'HEAD', '--json', '--root', join(top, 'site')]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as ReportDiff).kpis[0]!.periods).toEqual([
      { period: '2026-10', before: 190, after: 215 },
    ]);
  });

  test('leaves the index, the working tree and the worktree list as they were', async () => {
    const root = await committedFixture('basic');
    await edit(root, 'data/orders.csv', ONE_ROW);
    const before = [await git(root, 'status', '--porcelain'), await git(root, 'worktree', 'list')];
    await runCli(['diff', 'main', '--root', root]);
    expect([await git(root, 'status', '--porcelain'), await git(root, 'worktree', 'list')]).toEqual(
      before,
    );
  });

  test('rejects a ref that is not a commit, with a hint', async () => {
    const root = await committedFixture('basic');
    const run = await runCli(['diff', 'no-such-branch', '--root', root]);
    expect(run.code).toBe(1);
    expect(run.logs).toEqual([
      `error: "no-such-branch" is not a commit in the repository at ${root}`,
      'info:   hint: Name a branch, tag or commit; in CI, fetch it first (actions/checkout with fetch-depth: 0).',
    ]);
    // A ref that looks like an option is never handed to git as one.
    const option = await runCli(['--root', root, 'diff', '--', '--output=/tmp/x']);
    expect(option.code).toBe(1);
    expect(option.logs[0]).toBe('error: "--output=/tmp/x" is not a git ref');
  });

  test('refuses to compare when the working tree has errors', async () => {
    const root = await committedFixture('basic');
    await edit(root, 'data/orders.csv', (text) => text.replace('215', 'x').replace(',190', ',19O'));
    const run = await runCli(['diff', 'main', '--root', root]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '| ❌ error | data/orders.csv:13:23 | "19O" in column "amount" is not a number |',
    );
  });

  test('still compares when the ref has errors of its own, and says so', async () => {
    const root = await committedFixture('basic');
    await edit(root, 'data/orders.csv', (text) => text.replace(',190', ',19O'));
    await git(root, 'commit', '-q', '-am', 'break');
    await edit(root, 'data/orders.csv', (text) => text.replace(',19O', ',190'));
    const run = await runCli(['diff', 'HEAD', '--root', root]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'HEAD has 1 error of its own, so some of its numbers may be missing.',
    );
    // The broken row left October without a value at the ref: a gap, not zero.
    expect(run.stdout).toContain('- Periods changed: 2026-10: — → €190.00');
  });

  test('escapes text from the data so that it can never become markup', async () => {
    const root = await committedFixture('xss');
    await edit(root, 'data/events.csv', (text) => text.replace(',40', ',45'));
    await writeFile(
      join(root, 'kpis/second.md'),
      kpi(
        'title: "<img src=x onerror=alert(3)>"',
        'owner: O',
        'category: sales',
        'source: { file: data/events.csv, date: date }',
      ),
    );
    const run = await runCli(['diff', 'main', '--root', root]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/<(script|img)/i);
    expect(run.stdout).toContain(
      '| 3 | changed | amount: 40 → 45 | 2026-10-05, "&gt;&lt;img src=x onerror=alert(2)&gt;, 45 |',
    );
    expect(run.stdout).toContain('### &lt;img src=x onerror=alert(3)&gt; (second)');
    await rm(join(root, 'kpis/second.md'));
  });
});
