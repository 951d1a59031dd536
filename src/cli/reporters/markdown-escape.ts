/**
 * Markdown for pull-request comments, job summaries and issues. Text from
 * CSV cells and frontmatter is escaped so that it can never become markup:
 * `<script>` prints as text, and a `|` cannot break a table.
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Plain text made inert: HTML escaped, Markdown syntax characters backslashed, one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[&<>\\`*_[\]|~#!]/g, (char) => HTML[char] ?? `\\${char}`)
    .replace(/\r\n|\r|\n/g, ' ');
}

/** A GitHub-flavoured Markdown table; cells must already be escaped. */
export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('left' | 'right')[] = [],
): string {
  const rule = headers.map((_, index) => (align[index] === 'right' ? '---:' : '---'));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(rule), ...rows.map(line)].join('\n') + '\n';
}
