/** `pacer check`: every problem in one pass, as text, GitHub annotations or JSON. */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES, tempRepo, sumKpi } from '../engine/load/support/temp-repo.ts';
import { maskTime, runCli, spawnPacer } from './support/run-cli.ts';

const BROKEN = join(FIXTURES, 'broken');
const BASIC = join(FIXTURES, 'basic');

const BROKEN_TEXT = `data/orders.csv:6:22 error "n/a" in column "amount" is not a number (invalid-number)
  hint: Write plain numbers such as 1234.5; declare values like "n/a" under \`missing\` if they mean "no value".
data/orders.csv:7:3 error "2026-13-02" in column "order_date" is not a date; expected an ISO date (2026-11-03) or period (2026-11, 2026-W45, 2026-Q4, 2026) (invalid-date)
  hint: Write dates as 2026-11-03, or declare \`dateFormat\` on the source.
data/orders.csv:8:21 error row has 4 fields, the header has 5 (field-count)
  hint: Quote fields that contain the delimiter, and check for missing or extra delimiters.
kpis/revenue.md:4:11 error category "salse" is not defined (unknown-category)
  hint: Did you mean "sales"?
kpis/revenue.md:11:20 warning no row of data/orders.csv has status "payed" (unmatched-filter)
  hint: Its values include paid, refunded.
kpis/revenue.md:12:13 error column "regin" is not in data/orders.csv (its columns: order_id, order_date, region, status, amount) (unknown-column)
  hint: Did you mean "region"?
kpis/revenue.md:13:21 error baseline.period 2026-01 has no data in the KPI's month series (baseline-without-data)
  hint: Pick a period with data, or give the starting value: baseline: { period: …, value: … }.
kpis/reviews/2026-10-monthly.mdx:5:8 error the review covers "revnue", which is not a KPI (unknown-kpi)
  hint: Did you mean "revenue"?
kpis/signups.md:6:9 error source.file "data/signup.csv" does not exist (file-not-found)
  hint: Add the CSV file, or correct the path (relative to the repository root).
kpis/signups.md:8:18 error target.value: expected a number, found "12%" (invalid-field)
  hint: Write the target as a plain number, such as 200000 or 0.42.

check failed: 9 errors, 1 warning in 2 KPIs and 1 data file (… ms)
`;

describe('pacer check', () => {
  test('prints every problem of a broken repository with its hint, then a summary, and exits 1', async () => {
    const run = await spawnPacer(['check', '--root', BROKEN]);
    expect(run.code).toBe(1);
    expect(maskTime(run.stdout)).toBe(BROKEN_TEXT);
    expect(run.stderr).toBe('');
  });

  test('passes a valid repository with exit code 0', async () => {
    const run = await spawnPacer(['check'], { cwd: BASIC });
    expect(run.code).toBe(0);
    expect(maskTime(run.stdout)).toBe(
      'check passed: 0 errors, 0 warnings in 1 KPI and 1 data file (… ms)\n',
    );
  });

  test('exits 0 when there are only warnings', async () => {
    const root = await tempRepo({
      'kpis/revenue.md': sumKpi('data/sales.csv'),
      'data/sales.csv': 'date,amount\n',
    });
    const run = await runCli(['check', '--root', root]);
    expect(run.code).toBe(0);
    expect(maskTime(run.stdout)).toBe(
      'data/sales.csv:1:1 warning the file has a header but no data rows; KPIs reading it show no data (header-only)\n' +
        '  hint: Add rows below the header; until then the KPIs reading it show "no data".\n\n' +
        'check passed: 0 errors, 1 warning in 1 KPI and 1 data file (… ms)\n',
    );
  });

  test('shows a no-break space in a number as its escape, with the declaration that reads it', async () => {
    const root = await tempRepo({
      'kpis/revenue.md': sumKpi('data/sales.csv'),
      'data/sales.csv': 'date,amount\n2026-01-05,1\u00a0234\n',
    });
    const run = await runCli(['check', '--root', root]);
    expect(run.code).toBe(1);
    expect(maskTime(run.stdout)).toBe(
      'data/sales.csv:2:12 error "1\\u00a0234" in column "amount" is not a number; it holds a no-break space (U+00A0) (invalid-number)\n' +
        '  hint: The no-break space (U+00A0) separates thousands: declare `thousands: " "` on the source or the data file (a declared space also accepts no-break and thin spaces).\n\n' +
        'check failed: 1 error, 0 warnings in 1 KPI and 1 data file (… ms)\n',
    );
  });

  test('prints GitHub Actions annotations, escaping % and newlines, warnings as ::warning', async () => {
    const run = await runCli(['check', '--root', BROKEN, '--format', 'github']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe(
      '::error file=data/orders.csv,line=6,col=22,title=Pacer invalid-number::"n/a" in column "amount" is not a number%0AHint: Write plain numbers such as 1234.5; declare values like "n/a" under `missing` if they mean "no value".',
    );
    expect(lines[4]).toBe(
      '::warning file=kpis/revenue.md,line=11,col=20,title=Pacer unmatched-filter::no row of data/orders.csv has status "payed"%0AHint: Its values include paid, refunded.',
    );
    expect(lines[9]).toBe(
      '::error file=kpis/signups.md,line=8,col=18,title=Pacer invalid-field::target.value: expected a number, found "12%25"%0AHint: Write the target as a plain number, such as 200000 or 0.42.',
    );
    expect(maskTime(lines[10]!)).toBe(
      'check failed: 9 errors, 1 warning in 2 KPIs and 1 data file (… ms)',
    );
  });

  test('prints the problems as data with --format json', async () => {
    const run = await runCli(['check', '--root', BROKEN, '--format', 'json']);
    expect(run.code).toBe(1);
    const document = JSON.parse(run.stdout) as {
      summary: Record<string, number>;
      problems: Record<string, unknown>[];
    };
    // data/signup.csv does not exist: it is reported, not counted as a data file read.
    expect(document.summary).toMatchObject({ errors: 9, warnings: 1, kpis: 2, dataFiles: 1 });
    expect(document.problems[0]).toEqual({
      severity: 'error',
      code: 'invalid-number',
      file: 'data/orders.csv',
      line: 6,
      column: 22,
      message: '"n/a" in column "amount" is not a number',
      hint: 'Write plain numbers such as 1234.5; declare values like "n/a" under `missing` if they mean "no value".',
      hidden: 0,
    });
    expect(document.problems).toHaveLength(10);
  });

  test('colours the output only on a terminal without NO_COLOR', async () => {
    const tty = await runCli(['check', '--root', BROKEN], { isTTY: true });
    expect(tty.stdout).toContain('\u001b[31merror\u001b[39m');
    const noColor = await runCli(['check', '--root', BROKEN], {
      isTTY: true,
      env: { NO_COLOR: '1' },
    });
    expect(noColor.stdout).not.toContain('\u001b[');
    const piped = await runCli(['check', '--root', BROKEN]);
    expect(piped.stdout).not.toContain('\u001b[');
  });

  test('logs one line per data file read with --verbose', async () => {
    const run = await runCli(['--verbose', 'check', '--root', BASIC]);
    expect(run.logs.map((line) => line.replace(/\d+ ms/, '… ms'))).toEqual([
      'debug: data/orders.csv: 13 rows in … ms',
    ]);
  });

  test('reports the problems of a data file schema at their file, line and column', async () => {
    const root = await tempRepo({
      'kpis/revenue.md': sumKpi('data/sales.csv'),
      'data/sales.csv': 'date,amount\n2026-11-02,1.5\n',
      'data/sales.schema.yaml': 'columns:\n  amount: integer\n  dat: date\n',
    });
    const run = await runCli(['check', '--root', root]);
    expect(run.code).toBe(1);
    expect(maskTime(run.stdout)).toBe(
      'data/sales.csv:2:12 error "1.5" in column "amount" is not a whole number (invalid-number)\n' +
        '  hint: The schema of data/sales.csv declares "amount" an integer: write whole numbers, or declare it `number`.\n' +
        'data/sales.schema.yaml:3:8 error the schema declares column "dat", which is not in data/sales.csv (its columns: date, amount) (unknown-column)\n' +
        '  hint: Did you mean "date"?\n\n' +
        'check failed: 2 errors, 0 warnings in 1 KPI and 1 data file (… ms)\n',
    );
  });

  test('rejects an unknown format as a usage error', async () => {
    const run = await spawnPacer(['check', '--format', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "option '--format <format>' argument 'xml' is invalid. Allowed choices are text, github, json.",
    );
  });

  test('takes an invalid PACER_AS_OF as the user’s mistake: one line, a hint, exit 1', async () => {
    const run = await spawnPacer(['check', '--root', BASIC], {
      env: { PACER_AS_OF: '2026-13-01' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'error PACER_AS_OF="2026-13-01" is not a date\n' +
        '  hint: Write it as 2026-11-30, or unset PACER_AS_OF to use `asOf` in kpis/site.yaml or the build date.\n',
    );
  });

  test('points at the wrong directory when there is no kpis/', async () => {
    const run = await spawnPacer(['check', '--root', join(FIXTURES, 'basic', 'data')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `kpis/ error there is no kpis/ directory in ${join(FIXTURES, 'basic', 'data')}`,
    );
  });
});
