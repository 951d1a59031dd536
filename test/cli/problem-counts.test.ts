/** Problems counted beyond those listed: shown after the last one listed, and in every summary. */
import { describe, expect, test } from 'vitest';
import { OVERFLOW_FILES } from '../engine/csv/support/overflow-files.ts';
import { tempRepo } from '../engine/load/support/temp-repo.ts';
import { maskTime, runCli } from './support/run-cli.ts';

describe('problems not listed', () => {
  test('prints the count after the last problem listed, and counts every error in the summary', async () => {
    const root = await tempRepo(OVERFLOW_FILES);
    const text = await runCli(['check', '--root', root]);
    const lines = maskTime(text.stdout).trimEnd().split('\n');
    expect(lines.slice(-5)).toEqual([
      'data/sales.csv:22:12 error "12,5" in column "amount" is not a number (invalid-number)',
      '  hint: This looks like a decimal comma; declare `decimal: ","` on the source or the data file.',
      '  more: 1,279 more invalid-number problems in data/sales.csv are not listed; fix the ones listed and run `npx pacer check` again.',
      '',
      'check failed: 1,300 errors, 0 warnings in 1 KPI and 1 data file (… ms)',
    ]);

    const json = await runCli(['check', '--root', root, '--format', 'json']);
    const document = JSON.parse(json.stdout) as {
      summary: { errors: number };
      problems: { line: number; hidden: number }[];
    };
    expect(document.summary.errors).toBe(1300);
    expect(document.problems.at(-1)).toMatchObject({ line: 22, hidden: 1279 });

    const github = await runCli(['check', '--root', root, '--format', 'github']);
    const annotations = github.stdout.trimEnd().split('\n');
    expect(annotations.at(-2)).toBe(
      '::error file=data/sales.csv,line=22,col=12,title=Pacer invalid-number::"12,5" in column "amount" is not a number%0AHint: This looks like a decimal comma; declare `decimal: ","` on the source or the data file.%0A1,279 more invalid-number problems in data/sales.csv are not listed.',
    );
    expect(maskTime(annotations.at(-1)!)).toBe(
      'check failed: 1,300 errors, 0 warnings in 1 KPI and 1 data file (… ms)',
    );

    const markdown = await runCli(['report', '--format', 'markdown', '--root', root]);
    expect(markdown.stdout.split('\n')[0]).toBe('### Pacer found 1,300 errors and 0 warnings');
    expect(markdown.stdout).toContain(
      '(1,279 more invalid-number problems in data/sales.csv are not listed)',
    );
  });
});
