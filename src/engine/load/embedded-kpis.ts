/**
 * The KPIs named by the components a body embeds: `<KpiValue id="…" />`,
 * `<KpiStatus id="…" />`, `<KpiSummary id="…" />`, `<KpiChart id="…" />` and
 * `<KpiTable ids={[…]} />`.
 * In a review they show the KPI as of the review's period, from the numbers
 * computed for the KPIs it lists, so each id must be one of those; in a KPI's
 * own body, any KPI will do.
 */
import { didYouMean } from '../errors/nearest-name.ts';
import type { Problem } from '../errors/problem.ts';
import type { MdxElement } from './mdx-compiler.ts';

const SINGLE = new Set(['KpiValue', 'KpiStatus', 'KpiSummary', 'KpiChart']);
const TABLE = 'KpiTable';

/** A KPI id named by a component, and where its text starts in the body. */
export interface NamedKpi {
  component: string;
  id: string;
  /** Offset in the body of the quote that opens the id. */
  offset: number;
}

export interface EmbedRules {
  /** Ids of every KPI definition file. */
  kpiIds: ReadonlySet<string>;
  /** The ids a review lists in `kpis:`; null outside a review, or when its frontmatter is invalid. */
  listed: readonly string[] | null;
  /** Turns a body offset into the place in the file. */
  placeAt: (offset: number) => { line: number; column: number };
  file: string;
}

/** String literals of a JavaScript expression: `['a', "b"]` → a and b, with their offsets. */
function stringLiterals(source: string): { text: string; offset: number }[] {
  const literals: { text: string; offset: number }[] = [];
  for (const match of source.matchAll(/(["'])((?:\\.|(?!\1)[^\\\n])*)\1/g))
    literals.push({ text: match[2]!.replace(/\\(.)/g, '$1'), offset: match.index });
  return literals;
}

/**
 * The ids an element names, placed in the body. Only literal ids can be
 * checked: an id computed by an expression is left to the build.
 */
export function namedKpis(element: MdxElement, body: string): NamedKpi[] {
  const name = element.name;
  const wanted = SINGLE.has(name) ? 'id' : name === TABLE ? 'ids' : null;
  if (wanted === null) return [];
  const attribute = element.attributes.find((candidate) => candidate.name === wanted);
  if (!attribute || attribute.value === null) return [];
  const source = body.slice(element.start, element.end);
  // The attribute's value in the element's text: after `id=` (or `ids=`) and an optional `{`.
  const at = new RegExp(`\\s${wanted}\\s*=\\s*`).exec(source);
  const valueStart = element.start + (at ? at.index + at[0].length : 0);

  if (!attribute.expression) return [{ component: name, id: attribute.value, offset: valueStart }];
  const literals = stringLiterals(attribute.value);
  const isList = /^\s*\[[\s\S]*\]\s*$/.test(attribute.value);
  const isString = literals.length === 1 && /^\s*(["']).*\1\s*$/.test(attribute.value);
  if (wanted === 'ids' ? !isList : !isString) return [];
  // Offsets in the expression are found again in the file's text, after the `{`.
  const expressionStart = body.indexOf(attribute.value, valueStart);
  const base = expressionStart === -1 ? valueStart : expressionStart;
  return literals.map((literal) => ({
    component: name,
    id: literal.text,
    offset: base + literal.offset,
  }));
}

function tag(named: NamedKpi): string {
  return named.component === TABLE
    ? `<${TABLE} ids={[…]} />`
    : `<${named.component} id="${named.id}" />`;
}

/** The problem with one id, or null when it names a KPI the body may show. */
export function embeddedKpiProblem(named: NamedKpi, context: EmbedRules): Problem | null {
  const { kpiIds, listed } = context;
  const isKpi = kpiIds.has(named.id);
  if (isKpi && (listed === null || listed.includes(named.id))) return null;
  const place = context.placeAt(named.offset);

  if (isKpi) {
    return {
      severity: 'error',
      code: 'unlisted-kpi',
      file: context.file,
      ...place,
      message: `${tag(named)}: the review does not list "${named.id}" in its kpis`,
      hint: `Add "${named.id}" to \`kpis:\` in the frontmatter: a review shows the KPIs it lists, as of its period.`,
    };
  }
  return {
    severity: 'error',
    code: 'unknown-kpi',
    file: context.file,
    ...place,
    message: `${tag(named)}: "${named.id}" is not a KPI`,
    hint: unknownHint(named.id, context),
  };
}

/** Did you mean a listed KPI, or another KPI (that must then be listed too)? */
function unknownHint(id: string, context: EmbedRules): string {
  const { kpiIds, listed } = context;
  if (listed !== null) {
    const nearListed = didYouMean(id, listed);
    if (nearListed) return nearListed;
    const nearOther = didYouMean(id, kpiIds);
    if (nearOther) return `${nearOther} Add it to \`kpis:\` in the frontmatter too.`;
    return `Name a KPI the review lists in \`kpis:\`: ${listed.join(', ')}.`;
  }
  return didYouMean(id, kpiIds) ?? 'Name the id (file name) of a KPI.';
}
