/** Problems as a Markdown table, for job summaries and pull-request comments. */
import { formatPlace } from '../../engine/errors/problem.ts';
import type { Problem } from '../../engine/errors/problem.ts';
import { escapeMarkdown, markdownTable } from './markdown-escape.ts';
import { plural } from './plural.ts';

export function renderProblemsMarkdown(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const rows = problems.map((problem) => [
    problem.severity === 'error' ? '❌ error' : '⚠️ warning',
    escapeMarkdown(formatPlace(problem)),
    escapeMarkdown(problem.message),
    escapeMarkdown(problem.hint ?? ''),
  ]);
  return (
    `### Pacer found ${plural(errors, 'error')} and ${plural(warnings, 'warning')}\n\n` +
    markdownTable(['', 'Where', 'Problem', 'Hint'], rows)
  );
}
