/**
 * Checks the MDX bodies of KPIs and reviews as the build will compile them:
 * syntax errors, and components that name a KPI the body cannot show. Each
 * problem is placed at its line and column in the file, frontmatter included.
 */
import { extname, join } from 'node:path';
import type { Problem } from '../errors/problem.ts';
import { embeddedKpiProblem, namedKpis } from './embedded-kpis.ts';
import type { DocumentBody, Repo } from './load-repo.ts';
import { definedKpiIds } from './kpi-ids.ts';
import { createMdxCompiler } from './mdx-compiler.ts';
import type { MdxSyntaxError } from './mdx-compiler.ts';

/** Astro's `srcDir`: the project's `src/`, which this file is in. */
const SRC_DIRECTORY = new URL('../../', import.meta.url);

/** Turns places in a body into places in its file; columns in characters (code points). */
class BodyPlaces {
  readonly #document: DocumentBody;
  readonly #lines: string[];
  readonly #lineStarts: number[] = [0];

  constructor(document: DocumentBody) {
    this.#document = document;
    this.#lines = document.body.split('\n');
    for (const line of this.#lines)
      this.#lineStarts.push(this.#lineStarts.at(-1)! + line.length + 1);
  }

  /** A 1-based line and UTF-16 column of the body (as the MDX compiler counts them). */
  atLineColumn(line: number, column: number): { line: number; column: number } {
    const text = this.#lines[line - 1] ?? '';
    return {
      line: this.#document.line + line - 1,
      column: [...text.slice(0, Math.max(0, column - 1))].length + 1,
    };
  }

  /** An offset into the body, in UTF-16 code units. */
  atOffset(offset: number): { line: number; column: number } {
    const index = this.#lineStarts.findLastIndex((start) => start <= offset);
    const line = Math.max(0, index);
    return this.atLineColumn(line + 1, offset - this.#lineStarts[line]! + 1);
  }
}

function syntaxHint(message: string): string {
  if (/closing tag/i.test(message))
    return 'Close the tags in the reverse order they were opened; write a `<` that starts no tag as `&lt;`.';
  if (/brace|expression/i.test(message))
    return 'Close the `{` with `}`; write a brace that starts no expression as `\\{`.';
  return 'MDX reads `<` as the start of a tag and `{` as the start of an expression: close them, or write them as `&lt;` and `\\{` in text.';
}

function syntaxProblem(file: string, error: MdxSyntaxError, places: BodyPlaces): Problem {
  // The compiler's message may name another place of the body, such as where a tag opened.
  const message = error.message.replace(/\((\d+):(\d+)\)/g, (_, line: string, column: string) => {
    const place = places.atLineColumn(Number(line), Number(column));
    return `(line ${place.line}, column ${place.column})`;
  });
  return {
    severity: 'error',
    code: 'mdx-syntax',
    file,
    ...places.atLineColumn(error.line, error.column),
    message: `MDX syntax: ${message}`,
    hint: syntaxHint(error.message),
  };
}

/** Every problem of the `.mdx` bodies; `.md` bodies are plain Markdown and always compile. */
export async function checkBodies(repo: Repo): Promise<Problem[]> {
  const documents = repo.bodies.filter((document) => extname(document.file) === '.mdx');
  if (documents.length === 0) return [];
  const compiler = await createMdxCompiler(SRC_DIRECTORY);
  const kpiIds = definedKpiIds(repo);

  const problems: Problem[] = [];
  for (const document of documents) {
    const places = new BodyPlaces(document);
    const result = await compiler.compile(document.body, join(repo.root, document.file));
    if (!result.ok) {
      problems.push(syntaxProblem(document.file, result.error, places));
      continue;
    }
    const review =
      document.kind === 'review'
        ? repo.reviews.find((candidate) => candidate.file === document.file)
        : undefined;
    const context = {
      kpiIds,
      listed: review?.kpis ?? null,
      placeAt: (offset: number) => places.atOffset(offset),
      file: document.file,
    };
    for (const element of result.elements) {
      for (const named of namedKpis(element, document.body)) {
        const problem = embeddedKpiProblem(named, context);
        if (problem) problems.push(problem);
      }
    }
  }
  return problems;
}
