/** Text from CSV cells and frontmatter never becomes markup in the CLI's Markdown. */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { escapeMarkdown, markdownTable } from '../../src/cli/reporters/markdown-escape.ts';
import { escapeMdx } from '../../src/cli/scaffold/mdx-escape.ts';
import { terminalSafe } from '../../src/cli/reporters/terminal-safe.ts';
import { FIXTURES } from '../engine/load/support/temp-repo.ts';
import { runCli } from './support/run-cli.ts';

const XSS = join(FIXTURES, 'xss');

describe('escapeMarkdown', () => {
  test('HTML-escapes tags and ampersands', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(escapeMarkdown('"><img src=x onerror=alert(1)>')).toBe(
      '"&gt;&lt;img src=x onerror=alert(1)&gt;',
    );
    expect(escapeMarkdown('R&D')).toBe('R&amp;D');
  });

  test('backslashes Markdown syntax, so pipes cannot split a table cell and backticks open no code', () => {
    expect(escapeMarkdown('a|b `c` *d* [e](f) ![g](h)')).toBe(
      'a\\|b \\`c\\` \\*d\\* \\[e\\](f) \\!\\[g\\](h)',
    );
  });

  test('keeps a cell on one line', () => {
    expect(escapeMarkdown('one\r\ntwo\nthree')).toBe('one two three');
  });

  test('builds tables whose rows have as many cells as the header', () => {
    const table = markdownTable(['a', 'b'], [[escapeMarkdown('x|y'), '2']]);
    expect(table).toBe('| a | b |\n| --- | --- |\n| x\\|y | 2 |\n');
  });
});

describe('escapeMdx', () => {
  test('turns braces and angle brackets into character references', () => {
    expect(escapeMdx('{alert(1)} <Kpi />')).toBe('&#123;alert(1)&#125; &lt;Kpi /&gt;');
  });
});

describe('terminalSafe', () => {
  test('replaces control characters so that text cannot drive the terminal', () => {
    expect(terminalSafe('a\u001b[2Jb\tc\u0007')).toBe('a\ufffd[2Jb c\ufffd');
  });
});

describe('hostile text in command output', () => {
  /** Every line of a Markdown table has the same number of unescaped pipes. */
  function cellCounts(markdown: string): number[] {
    return markdown
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) => line.replace(/\\\|/g, '').split('|').length);
  }

  test('report --format markdown escapes titles, and its table keeps its shape', async () => {
    const run = await runCli(['report', '--root', XSS, '--format', 'markdown']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/<(script|img)/i);
    expect(run.stdout).toContain(
      '## KPIs as of 2026-11-15 — Hostile &lt;script&gt;alert("site")&lt;/script&gt; \\| site',
    );
    expect(run.stdout).toContain(
      '| 🔴 off-track | &lt;script&gt;alert(1)&lt;/script&gt; \\| \\`code\\` \\*bold\\* (hostile) | 40 | 2026-10 | -80 (-66.7%) | — |',
    );
    expect(new Set(cellCounts(run.stdout))).toEqual(new Set([8]));
  });

  test('the report JSON keeps the text as data, unchanged', async () => {
    const run = await runCli(['report', '--root', XSS, '--json']);
    const report = JSON.parse(run.stdout) as { kpis: { title: string; owner: string }[] };
    expect(report.kpis[0]).toMatchObject({
      title: '<script>alert(1)</script> | `code` *bold*',
      owner: '"><img src=x onerror=alert(1)>',
    });
  });
});
