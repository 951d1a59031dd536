/**
 * Frontmatter values written as Prettier (with the project's `singleQuote`)
 * would write them, so that a scaffolded file passes `prettier --check` as is.
 */

/**
 * A quoted YAML string: single quotes, unless the text holds a `'` and no `"`
 * or `\` (then Prettier prefers double quotes, which need no escape here).
 * Whitespace runs become one space: a frontmatter value is one line.
 */
export function yamlString(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  if (line.includes("'") && !line.includes('"') && !line.includes('\\')) return `"${line}"`;
  return `'${line.replaceAll("'", "''")}'`;
}

/** Prettier's print width for Markdown and MDX in .prettierrc.json. */
const PRINT_WIDTH = 80;

/**
 * `key: [a, b]` while it fits on a line; past that Prettier would break the
 * flow list over lines, so a block list (which it keeps as is) is written instead.
 */
export function yamlList(key: string, items: readonly string[]): string {
  const flow = `${key}: [${items.join(', ')}]`;
  if (flow.length <= PRINT_WIDTH) return flow;
  return [`${key}:`, ...items.map((item) => `  - ${item}`)].join('\n');
}
