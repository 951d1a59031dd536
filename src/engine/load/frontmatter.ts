/** Splits a Markdown or MDX file into its YAML frontmatter and its body. */

export interface FrontmatterSplit {
  /** The YAML between the fences, or null when the file has none. */
  yaml: string | null;
  /** The file opens a frontmatter block that no `---` line closes. */
  unclosed: boolean;
  /** Lines before the YAML starts, to turn YAML positions into file positions. */
  lineOffset: number;
  body: string;
  /** The line of the file the body starts on, to turn body positions into file positions. */
  bodyLine: number;
}

const FENCE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;
const OPENING = /^\uFEFF?---[ \t]*\r?\n/;

export function splitFrontmatter(source: string): FrontmatterSplit {
  const match = FENCE.exec(source);
  if (!match || match.index !== 0) {
    return { yaml: null, unclosed: OPENING.test(source), lineOffset: 0, body: source, bodyLine: 1 };
  }
  return {
    yaml: match[1] ?? '',
    unclosed: false,
    lineOffset: 1,
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}
