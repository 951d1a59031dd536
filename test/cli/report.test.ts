/** `pacer report`: a status table, a Markdown job summary, or the report model as JSON. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadReport } from '../../src/engine/report/load-report.ts';
import { copyFixture, FIXTURES, kpi, tempRepo } from '../engine/load/support/temp-repo.ts';
import { EPOCH, runCli, spawnPacer } from './support/run-cli.ts';

const BASIC = join(FIXTURES, 'basic');
const BROKEN = join(FIXTURES, 'broken');

/** Two KPIs judged by thresholds: one at risk with a warning alert, one off track with a critical one. */
async function thresholdRepo(): Promise<string> {
  const source =
    'source: { file: data/orders.csv, date: order_date, value: amount, aggregate: mean }';
  return tempRepo({
    'kpis/average.md': kpi(
      'title: Average order',
      'owner: Sales',
      'category: sales',
      'unit: currency',
      source,
      'thresholds: { warning: 200 }',
    ),
    'kpis/orders.md': kpi(
      'title: Paid orders',
      'owner: Sales',
      'category: sales',
      'source: { file: data/orders.csv, date: order_date, where: { status: paid } }',
      'thresholds: { warning: 2, critical: 1 }',
    ),
    'data/orders.csv':
      'order_id,order_date,status,amount\n1,2026-09-03,paid,180\n2,2026-09-20,paid,180\n3,2026-10-10,paid,190\n4,2026-10-31,refunded,190\n',
  });
}

describe('pacer report', () => {
  test('prints a status table with formatted values, change, progress and status', async () => {
    const run = await runCli(['report', '--root', BASIC]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'Basic fixture as of 2026-11-15',
        '',
        '  STATUS       KPI      TITLE      VALUE  PERIOD            CHANGE  PROGRESS',
        '  ✖ off-track  revenue  Revenue  €190.00  2026-10  +€10.00 (+5.6%)       40%',
        '',
        '1 KPI: 1 off-track',
        '',
      ].join('\n'),
    );
  });

  test('lists alerts under the table and colours statuses on a terminal only', async () => {
    const root = await thresholdRepo();
    const plain = await runCli(['report', '--root', root]);
    expect(plain.stdout).toBe(
      [
        'Test site as of 2026-11-15',
        '',
        '  STATUS       KPI      TITLE            VALUE  PERIOD            CHANGE  PROGRESS',
        '  ▲ at-risk    average  Average order  €190.00  2026-10  +€10.00 (+5.6%)         —',
        '  ✖ off-track  orders   Paid orders          1  2026-10      -1 (-50.0%)         —',
        '',
        '  ALERT    SEVERITY  RULE       MESSAGE',
        '  average  warning   threshold  €190.00 is at or below the warning threshold of €200.00.',
        '  orders   critical  threshold  1 is at or below the critical threshold of 1.',
        '  orders   critical  status     Status went from at risk to off track.',
        '  orders   critical  drop       Fell 50.0% against September 2026, beyond the 10.0% limit.',
        '',
        '2 KPIs: 1 off-track, 1 at-risk',
        '',
      ].join('\n'),
    );
    const tty = await runCli(['report', '--root', root], { isTTY: true });
    expect(tty.stdout).toContain('\u001b[33m▲ at-risk\u001b[39m');
    const noColor = await runCli(['report', '--root', root], {
      isTTY: true,
      env: { NO_COLOR: '1' },
    });
    expect(noColor.stdout).toBe(plain.stdout);
  });

  test('prints a Markdown job summary with --format markdown', async () => {
    const run = await runCli(['report', '--root', BASIC, '--format', 'markdown']);
    expect(run.stdout).toBe(
      [
        '## KPIs as of 2026-11-15 — Basic fixture',
        '',
        '| Status | KPI | Value | Period | Change | Progress |',
        '| --- | --- | ---: | --- | ---: | ---: |',
        '| 🔴 off-track | Revenue (revenue) | €190.00 | 2026-10 | +€10.00 (+5.6%) | 40% |',
        '',
      ].join('\n'),
    );
  });

  test('heads the Markdown summary so that a title with a colon of its own reads well', async () => {
    const root = await copyFixture('basic');
    const site = join(root, 'kpis/site.yaml');
    const yaml = await readFile(site, 'utf8');
    await writeFile(site, yaml.replace('title: Basic fixture', "title: 'Acme: the shop'"));
    const run = await runCli(['report', '--root', root, '--format', 'markdown']);
    expect(run.stdout.split('\n')[0]).toBe('## KPIs as of 2026-11-15 — Acme: the shop');
  });

  test('prints exactly the report model with --json', async () => {
    const run = await spawnPacer(['report', '--json'], { cwd: BASIC });
    expect(run.code).toBe(0);
    const expected = await loadReport(BASIC, { env: {}, now: new Date(Number(EPOCH) * 1000) });
    expect(run.stdout).toBe(`${JSON.stringify(expected.report, null, 2)}\n`);
    const parsed = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(
      expect.arrayContaining(['generated', 'site', 'kpis', 'reviews']),
    );
    expect(parsed['generated']).toBe('2026-11-20T12:00:00.000Z');
  });

  test('prints the same numbers in every time zone', async () => {
    const runs = await Promise.all(
      ['Pacific/Kiritimati', 'America/Anchorage', 'UTC'].map((zone) =>
        spawnPacer(['report', '--json', '--root', BASIC], { env: { TZ: zone } }),
      ),
    );
    expect(runs.map((run) => run.code)).toEqual([0, 0, 0]);
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
    expect(runs[2]!.stdout).toBe(runs[0]!.stdout);
  });

  test('--fail-on judges status levels and critical alerts', async () => {
    const root = await thresholdRepo();
    const codes = async (args: string[]) =>
      (await runCli(['report', '--root', root, ...args])).code;
    expect(await codes(['--fail-on', 'at-risk'])).toBe(1);
    expect(await codes(['--fail-on', 'off-track'])).toBe(1);
    expect(await codes(['--fail-on', 'critical-alert'])).toBe(1);
    const basic = async (level: string) =>
      (await runCli(['report', '--root', BASIC, '--fail-on', level])).code;
    // Revenue is off track without alerts.
    expect(await basic('off-track')).toBe(1);
    expect(await basic('critical-alert')).toBe(0);
  });

  test('names the KPIs that fail --fail-on', async () => {
    const run = await runCli(['report', '--root', await thresholdRepo(), '--fail-on', 'at-risk']);
    expect(run.logs).toEqual([
      'error: average is at-risk (--fail-on at-risk)',
      'error: orders is off-track (--fail-on at-risk)',
    ]);
  });

  test('--fail-on at-risk passes a KPI that is only at risk under off-track', async () => {
    const root = await tempRepo({
      'kpis/average.md': kpi(
        'title: Average order',
        'owner: Sales',
        'category: sales',
        'source: { file: data/orders.csv, date: order_date, value: amount, aggregate: mean }',
        'thresholds: { warning: 200 }',
      ),
      'data/orders.csv': 'order_date,amount\n2026-09-03,180\n2026-10-31,190\n',
    });
    expect((await runCli(['report', '--root', root, '--fail-on', 'off-track'])).code).toBe(0);
    expect((await runCli(['report', '--root', root, '--fail-on', 'critical-alert'])).code).toBe(0);
    expect((await runCli(['report', '--root', root, '--fail-on', 'at-risk'])).code).toBe(1);
  });

  test('refuses to print a report when check finds errors, printing the problems instead', async () => {
    const run = await spawnPacer(['report', '--root', BROKEN]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'kpis/signups.md:8:18 error target.value: expected a number, found "12%"',
    );
    expect(run.stdout).not.toContain('STATUS');
    expect(run.stderr).toBe('error no report: fix the errors above first.\n');
  });

  test('keeps stdout empty when --json is refused, with the problems on stderr', async () => {
    const run = await spawnPacer(['report', '--json', '--root', BROKEN]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'error kpis/signups.md:8:18 error — target.value: expected a number, found "12%"',
    );
  });

  test('prints problems as a Markdown table when a job summary is refused', async () => {
    const run = await runCli(['report', '--root', BROKEN, '--format', 'markdown']);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').slice(0, 5)).toEqual([
      '### Pacer found 9 errors and 1 warning',
      '',
      '|  | Where | Problem | Hint |',
      '| --- | --- | --- | --- |',
      '| ❌ error | data/orders.csv:6:22 | "n/a" in column "amount" is not a number | Write plain numbers such as 1234.5; declare values like "n/a" under \\`missing\\` if they mean "no value". |',
    ]);
  });
});
