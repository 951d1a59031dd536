/**
 * The MDX bodies of reviews and KPIs, checked as the build compiles them:
 * syntax errors and components naming KPIs, each at its line and column.
 */
import { describe, expect, test } from 'vitest';
import { check, describeProblem, kpi, sumKpi } from './support/temp-repo.ts';

const DATA = 'date,amount\n2026-01-05,10\n2026-02-05,20\n';

/** A repository with the KPIs revenue, orders and refunds, and the given extra files. */
async function problemsWith(
  files: Record<string, string>,
): Promise<[string, string | undefined][]> {
  const result = await check({
    'kpis/revenue.md': sumKpi('data/sales.csv'),
    'kpis/orders.md': sumKpi('data/sales.csv'),
    'kpis/refunds.md': sumKpi('data/sales.csv'),
    'data/sales.csv': DATA,
    ...files,
  });
  return result.problems.map((problem) => [describeProblem(problem), problem.hint]);
}

/** A review of 2026-01 covering `kpis`, with `body` after its frontmatter (which ends on line 6). */
function review(kpis: string, body: string): string {
  return `---\ntitle: January\nperiod: 2026-01\nauthor: Ana\nkpis: [${kpis}]\n---\n${body}`;
}

describe('components in a review', () => {
  test('passes components naming KPIs the review lists', async () => {
    const body =
      '\nRevenue was <KpiValue id="revenue" />.\n\n<KpiStatus id="orders" />\n\n' +
      '<KpiChart id={"revenue"} />\n\n<KpiTable ids={[\'revenue\', "orders"]} />\n';
    expect(
      await problemsWith({ 'kpis/reviews/2026-01-jan.mdx': review('revenue, orders', body) }),
    ).toEqual([]);
  });

  test('rejects an id that is not a KPI, at the id, with the nearest listed KPI', async () => {
    const body = '\nRevenue was <KpiValue id="revnue" /> in January.\n';
    expect(await problemsWith({ 'kpis/reviews/2026-01-jan.mdx': review('revenue', body) })).toEqual(
      [
        [
          'kpis/reviews/2026-01-jan.mdx:8:26 error <KpiValue id="revnue" />: "revnue" is not a KPI',
          'Did you mean "revenue"?',
        ],
      ],
    );
  });

  test('says to list a real KPI the review does not list', async () => {
    const body = '\n<KpiStatus id="orders" />\n';
    expect(await problemsWith({ 'kpis/reviews/2026-01-jan.mdx': review('revenue', body) })).toEqual(
      [
        [
          'kpis/reviews/2026-01-jan.mdx:8:15 error <KpiStatus id="orders" />: the review does not list "orders" in its kpis',
          'Add "orders" to `kpis:` in the frontmatter: a review shows the KPIs it lists, as of its period.',
        ],
      ],
    );
  });

  test('suggests an unlisted KPI for a typo, and says to list it too', async () => {
    const body = '\n<KpiChart id="refunds-" />\n';
    expect(await problemsWith({ 'kpis/reviews/2026-01-jan.mdx': review('revenue', body) })).toEqual(
      [
        [
          'kpis/reviews/2026-01-jan.mdx:8:14 error <KpiChart id="refunds-" />: "refunds-" is not a KPI',
          'Did you mean "refunds"? Add it to `kpis:` in the frontmatter too.',
        ],
      ],
    );
  });

  test('lists the review’s KPIs when no id is close', async () => {
    const body = '\n<KpiValue id="churn" />\n';
    expect(
      await problemsWith({ 'kpis/reviews/2026-01-jan.mdx': review('revenue, orders', body) }),
    ).toEqual([
      [
        'kpis/reviews/2026-01-jan.mdx:8:14 error <KpiValue id="churn" />: "churn" is not a KPI',
        'Name a KPI the review lists in `kpis:`: revenue, orders.',
      ],
    ]);
  });

  test('checks each id of a KpiTable at its own place, counting characters not code units', async () => {
    const body = "\nÉté 😀 <KpiTable ids={['revenue', 'refunds', \"ordrs\"]} />\n";
    expect(
      await problemsWith({ 'kpis/reviews/2026-01-jan.mdx': review('revenue, orders', body) }),
    ).toEqual([
      [
        'kpis/reviews/2026-01-jan.mdx:8:34 error <KpiTable ids={[…]} />: the review does not list "refunds" in its kpis',
        'Add "refunds" to `kpis:` in the frontmatter: a review shows the KPIs it lists, as of its period.',
      ],
      [
        'kpis/reviews/2026-01-jan.mdx:8:45 error <KpiTable ids={[…]} />: "ordrs" is not a KPI',
        'Did you mean "orders"?',
      ],
    ]);
  });

  test('ignores components shown as code, and ids computed by an expression', async () => {
    const body =
      '\n`<KpiValue id="nope" />`\n\n```mdx\n<KpiStatus id="nope" />\n```\n\n' +
      '<KpiTable ids={ids} />\n\nexport const ids = ["revenue"];\n';
    expect(await problemsWith({ 'kpis/reviews/2026-01-jan.mdx': review('revenue', body) })).toEqual(
      [],
    );
  });
});

describe('components in a KPI’s own body', () => {
  test('may show any KPI, and must name one', async () => {
    const definition = kpi(
      'title: Paid orders',
      'owner: Sales',
      'category: sales',
      'source: { file: data/sales.csv, date: date }',
    );
    const body = 'See also <KpiValue id="revenue" /> and <KpiValue id="refund" />.\n';
    expect(await problemsWith({ 'kpis/paid-orders.mdx': `${definition}${body}` })).toEqual([
      [
        'kpis/paid-orders.mdx:9:53 error <KpiValue id="refund" />: "refund" is not a KPI',
        'Did you mean "refunds"?',
      ],
    ]);
  });
});

describe('MDX syntax', () => {
  test('reports a tag closed out of order at its line and column in the file', async () => {
    const body = '\nIntro.\n\nÉté 😀 <div><span>unclosed </div>\n';
    expect(await problemsWith({ 'kpis/reviews/2026-01-jan.mdx': review('revenue', body) })).toEqual(
      [
        [
          'kpis/reviews/2026-01-jan.mdx:10:27 error MDX syntax: Unexpected closing tag `</div>`, expected corresponding closing tag for `<span>` (line 10, column 12)',
          'Close the tags in the reverse order they were opened; write a `<` that starts no tag as `&lt;`.',
        ],
      ],
    );
  });

  test('reports an unclosed expression in a KPI’s MDX body, after its frontmatter', async () => {
    const definition = kpi(
      'title: Returns',
      'owner: Sales',
      'category: sales',
      'source: { file: data/sales.csv, date: date }',
    );
    expect(await problemsWith({ 'kpis/returns.mdx': `${definition}Costs {about 5%.\n` })).toEqual([
      [
        'kpis/returns.mdx:9:7 error MDX syntax: Unexpected end of file in expression, expected a corresponding closing brace for `{`',
        'Close the `{` with `}`; write a brace that starts no expression as `\\{`.',
      ],
    ]);
  });

  test('leaves plain Markdown bodies alone: only .mdx files are MDX', async () => {
    const definition = kpi(
      'title: Returns',
      'owner: Sales',
      'category: sales',
      'source: { file: data/sales.csv, date: date }',
    );
    expect(await problemsWith({ 'kpis/returns.md': `${definition}Costs {about 5% <b.\n` })).toEqual(
      [],
    );
  });
});
