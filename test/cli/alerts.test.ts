/** `pacer alerts --since`: new alerts, worse statuses and recoveries, with the issue action for each. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { kpi, tempDirectory, tempRepo } from '../engine/load/support/temp-repo.ts';
import { runCli, spawnPacer } from './support/run-cli.ts';

interface AlertsJson {
  since: { asOf: string };
  now: { asOf: string };
  kpis: {
    id: string;
    action: string;
    status: { before: string | null; after: string | null };
    worse: boolean;
    recovered: boolean;
    newAlerts: { rule: string; severity: string }[];
    clearedAlerts: { rule: string }[];
    issue: { key: string; title: string; body: string };
  }[];
}

/**
 * Monthly rows (dated by month keys, so each month is complete): paid orders fall
 * from 3 to 1 in October and recover in November; the average order stays below
 * its warning threshold until November.
 */
async function alertRepo(): Promise<string> {
  const rows = [
    ...['2026-08', '2026-09'].flatMap((month) =>
      Array.from({ length: 3 }, () => `${month},paid,180`),
    ),
    '2026-10,paid,150',
    ...Array.from({ length: 3 }, () => '2026-11,paid,210'),
  ];
  return tempRepo({
    'kpis/site.yaml':
      'title: Alerts site\nlocale: en-US\ncurrency: EUR\nurl: https://kpis.example.com\nbase: /acme\n',
    'kpis/orders.md': kpi(
      'title: Paid orders',
      'owner: Sales',
      'category: sales',
      'source: { file: data/orders.csv, date: month, where: { status: paid } }',
      'thresholds: { warning: 2, critical: 1 }',
    ),
    'kpis/average.md': kpi(
      'title: Average order',
      'owner: Sales',
      'category: sales',
      'unit: currency',
      'source: { file: data/orders.csv, date: month, value: amount, aggregate: mean }',
      'thresholds: { warning: 200 }',
    ),
    'data/orders.csv': `month,status,amount\n${rows.join('\n')}\n`,
  });
}

/** The report as of `asOf`, saved as `pacer report --json` writes it. */
async function savedReport(root: string, asOf: string): Promise<string> {
  const run = await runCli(['report', '--json', '--root', root], { env: { PACER_AS_OF: asOf } });
  const path = join(await tempDirectory(), `report-${asOf}.json`);
  await writeFile(path, run.stdout);
  return path;
}

async function alertsJson(root: string, since: string, asOf: string): Promise<AlertsJson> {
  const run = await runCli(['alerts', '--since', since, '--json', '--root', root], {
    env: { PACER_AS_OF: asOf },
  });
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as AlertsJson;
}

describe('pacer alerts', () => {
  test('opens an issue for a KPI that starts alerting, and updates one that alerts more', async () => {
    const root = await alertRepo();
    const result = await alertsJson(root, await savedReport(root, '2026-09-30'), '2026-10-31');
    expect(result.since.asOf).toBe('2026-09-30');
    expect(
      result.kpis.map((change) => [
        change.id,
        change.action,
        change.status.before,
        change.status.after,
        change.worse,
      ]),
    ).toEqual([
      ['average', 'update', 'at-risk', 'at-risk', false],
      ['orders', 'open', 'on-track', 'off-track', true],
    ]);
    // The threshold alert was firing before: only the drop is new.
    expect(result.kpis[0]!.newAlerts.map((alert) => alert.rule)).toEqual(['drop']);
    expect(result.kpis[1]!.newAlerts.map((alert) => alert.rule)).toEqual([
      'threshold',
      'status',
      'drop',
    ]);
  });

  test('writes an issue title that stays the same and a body with a marker, the numbers and a link', async () => {
    const root = await alertRepo();
    const result = await alertsJson(root, await savedReport(root, '2026-09-30'), '2026-10-31');
    expect(result.kpis[1]!.issue).toEqual({
      key: 'pacer-kpi:orders',
      title: 'KPI alert: Paid orders (orders)',
      body: `<!-- pacer-kpi:orders -->
**Paid orders** is off-track as of 2026-10-31 (was on-track).

Current value: 1 (2026-10), change -2 (-66.7%), progress —.

Alerts now:
- critical threshold (2026-10): 1 is at or below the critical threshold of 1.
- critical status (2026-10): Status went from on track to off track.
- critical drop (2026-10): Fell 66.7% against September 2026, beyond the 10.0% limit.

KPI page: https://kpis.example.com/acme/kpis/orders/
`,
    });
  });

  test('closes the issues of KPIs that recovered', async () => {
    const root = await alertRepo();
    const result = await alertsJson(root, await savedReport(root, '2026-10-31'), '2026-11-30');
    expect(
      result.kpis.map((change) => [
        change.id,
        change.action,
        change.recovered,
        change.clearedAlerts.length,
      ]),
    ).toEqual([
      ['average', 'close', true, 2],
      ['orders', 'close', true, 3],
    ]);
    expect(result.kpis[1]!.issue.body.split('\n')[1]).toBe(
      '**Paid orders** has recovered as of 2026-11-30: on-track, no alerts.',
    );
  });

  test('lists nothing when nothing changed', async () => {
    const root = await alertRepo();
    const since = await savedReport(root, '2026-10-31');
    const run = await runCli(['alerts', '--since', since, '--root', root], {
      env: { PACER_AS_OF: '2026-10-31' },
    });
    expect(run.stdout).toBe(
      '## Pacer alerts: 2026-10-31 against 2026-10-31\n\nNo new alerts, worse statuses or recoveries.\n',
    );
  });

  test('prints a table of actions and each issue as Markdown by default', async () => {
    const root = await alertRepo();
    const since = await savedReport(root, '2026-09-30');
    const run = await runCli(['alerts', '--since', since, '--root', root], {
      env: { PACER_AS_OF: '2026-10-31' },
    });
    expect(run.stdout.split('\n').slice(0, 8)).toEqual([
      '## Pacer alerts: 2026-10-31 against 2026-09-30',
      '',
      '| Action | KPI | Status | New alerts | Cleared alerts |',
      '| --- | --- | --- | ---: | ---: |',
      '| update | Average order (average) | 🟡 at-risk | 1 | 0 |',
      '| open | Paid orders (orders) | 🟢 on-track → 🔴 off-track | 3 | 0 |',
      '',
      '### update: KPI alert: Average order (average)',
    ]);
  });

  test('closes the issue of a KPI that was removed', async () => {
    const root = await alertRepo();
    const since = await savedReport(root, '2026-10-31');
    await rm(join(root, 'kpis/orders.md'));
    const result = await alertsJson(root, since, '2026-10-31');
    expect(result.kpis.map((change) => [change.id, change.action, change.status.after])).toEqual([
      ['orders', 'close', null],
    ]);
    expect(result.kpis[0]!.issue.body.split('\n').slice(0, 4)).toEqual([
      '<!-- pacer-kpi:orders -->',
      '**Paid orders** was removed from the KPIs.',
      '',
      'Cleared since the last report:',
    ]);
    expect(result.kpis[0]!.issue.body).not.toContain('KPI page');
  });

  test('refuses a file that is not a Pacer report, or not there', async () => {
    const directory = await tempDirectory();
    await writeFile(join(directory, 'other.json'), '{"kpis": [{"id": "x"}]}');
    const foreign = await spawnPacer(['alerts', '--since', join(directory, 'other.json')]);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toBe(
      `error ${join(directory, 'other.json')} is not a Pacer report: generated: Invalid input: expected string, received undefined\n  hint: Pass a file written by \`npx pacer report --json\`.\n`,
    );
    const missing = await spawnPacer(['alerts', '--since', join(directory, 'none.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      `error cannot read ${join(directory, 'none.json')}: no such file\n  hint: Pass a file written by \`npx pacer report --json\`.\n`,
    );
    const folder = await spawnPacer(['alerts', '--since', directory]);
    expect(folder.code).toBe(1);
    expect(folder.stderr.split('\n')[0]).toBe(`error cannot read ${directory}: it is a directory`);
    const usage = await spawnPacer(['alerts']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("required option '--since <file>' not specified");
  });

  test('posts one line per changed KPI to a webhook', async () => {
    const received: string[] = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push(`${request.method} ${request.headers['content-type']} ${body}`);
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const root = await alertRepo();
      const since = await savedReport(root, '2026-09-30');
      const run = await runCli(
        ['alerts', '--since', since, '--root', root, '--post', `http://127.0.0.1:${port}/hook`],
        { env: { PACER_AS_OF: '2026-10-31' } },
      );
      expect(run.code).toBe(0);
      const text = [
        'Alerts site: KPI alerts as of 2026-10-31',
        '• Average order: at-risk, 1 new alert',
        '• Paid orders: on-track → off-track, 3 new alerts',
      ].join('\n');
      expect(received).toEqual([`POST application/json ${JSON.stringify({ text })}`]);
    } finally {
      server.close();
    }
  });

  test('fails with a hint when the webhook refuses the post', async () => {
    const server = createServer((_request, response) => {
      response.statusCode = 403;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const root = await alertRepo();
      const since = await savedReport(root, '2026-09-30');
      const run = await runCli(
        ['alerts', '--since', since, '--root', root, '--post', `http://127.0.0.1:${port}/`],
        { env: { PACER_AS_OF: '2026-10-31' } },
      );
      expect(run.code).toBe(1);
      expect(run.logs.join('\n')).toContain(
        'could not post to the webhook: the webhook answered 403 Forbidden',
      );
    } finally {
      server.close();
    }
  });

  test('opens issues for two KPIs that worsen and closes the one of a KPI that recovers', async () => {
    // Monthly counts per kind: orders 3, 3, 1; refunds 1, 1, 3; sign-ups 3, 1, 3.
    const counts: Record<string, number[]> = {
      order: [3, 3, 1],
      refund: [1, 1, 3],
      signup: [3, 1, 3],
    };
    const rows = Object.entries(counts).flatMap(([kind, perMonth]) =>
      perMonth.flatMap((count, index) =>
        Array.from({ length: count }, () => `2026-${String(8 + index).padStart(2, '0')},${kind}`),
      ),
    );
    const root = await tempRepo({
      'kpis/site.yaml': 'title: Shop\nlocale: en-US\n',
      'kpis/orders.md': kpi(
        'title: Orders',
        'owner: Sales',
        'category: sales',
        'source: { file: data/events.csv, date: month, where: { kind: order } }',
        'thresholds: { warning: 2, critical: 1 }',
      ),
      'kpis/refunds.md': kpi(
        'title: Refunds',
        'owner: Support',
        'category: customer',
        'direction: lower',
        'source: { file: data/events.csv, date: month, where: { kind: refund } }',
        'thresholds: { warning: 2, critical: 3 }',
      ),
      'kpis/signups.md': kpi(
        'title: Sign-ups',
        'owner: Marketing',
        'category: marketing',
        'source: { file: data/events.csv, date: month, where: { kind: signup } }',
        'thresholds: { warning: 2 }',
      ),
      'data/events.csv': `month,kind\n${rows.join('\n')}\n`,
    });
    const result = await alertsJson(root, await savedReport(root, '2026-09-30'), '2026-10-31');
    // Orders: 3 > 2 was on track; 1 <= 1 is off track. Refunds (lower is better): 1 was on
    // track; 3 >= 3 is off track. Sign-ups: 1 <= 2 was at risk; 3 is clear of 2 again.
    expect(
      result.kpis.map((change) => [
        change.id,
        change.action,
        change.status.before,
        change.status.after,
        change.worse,
        change.recovered,
      ]),
    ).toEqual([
      ['orders', 'open', 'on-track', 'off-track', true, false],
      ['refunds', 'open', 'on-track', 'off-track', true, false],
      ['signups', 'close', 'at-risk', 'on-track', false, true],
    ]);
    // Orders fell 3 → 1 (−66.7%) and refunds rose 1 → 3 (+200%): both beyond twice the 10% limit.
    expect(result.kpis[0]!.newAlerts.map((alert) => [alert.rule, alert.severity])).toEqual([
      ['threshold', 'critical'],
      ['status', 'critical'],
      ['drop', 'critical'],
    ]);
    expect(result.kpis[1]!.newAlerts.map((alert) => [alert.rule, alert.severity])).toEqual([
      ['threshold', 'critical'],
      ['status', 'critical'],
      ['drop', 'critical'],
    ]);
    expect(result.kpis[2]!.clearedAlerts.map((alert) => alert.rule)).toEqual([
      'threshold',
      'status',
      'drop',
    ]);
  });
});
