/** Problems as a Markdown table, for job summaries and pull-request comments. */
import { countProblems, formatPlace, hiddenNote } from '../../engine/errors/problem.ts';
import type { Problem } from '../../engine/errors/problem.ts';
import { escapeMarkdown, markdownTable } from './markdown-escape.ts';
import { plural } from '../../engine/format/plural.ts';

export function renderProblemsMarkdown(problems: readonly Problem[]): string {
  const errors = countProblems(problems, 'error');
  const warnings = countProblems(problems, 'warning');
  const rows = problems.map((problem) => {
    const hidden = hiddenNote(problem);
    return [
      problem.severity === 'error' ? '❌ error' : '⚠️ warning',
      escapeMarkdown(formatPlace(problem)),
      escapeMarkdown(hidden ? `${problem.message} (${hidden})` : problem.message),
      escapeMarkdown(problem.hint ?? ''),
    ];
  });
  return (
    `### Pacer found ${plural(errors, 'error')} and ${plural(warnings, 'warning')}\n\n` +
    markdownTable(['', 'Where', 'Problem', 'Hint'], rows)
  );
}
