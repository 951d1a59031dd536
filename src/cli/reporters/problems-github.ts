/**
 * Problems as GitHub Actions workflow commands, so each shows as an
 * annotation on the line of the pull request's file. Values are escaped per
 * the workflow-command rules: `%`, CR and LF everywhere, and also `:` and `,`
 * in properties, or a message could end the command early or forge another.
 */
import { hiddenNote } from '../../engine/errors/problem.ts';
import type { Problem } from '../../engine/errors/problem.ts';

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Control characters other than line breaks have no place in a log line. */
function withoutControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  return text.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
}

export function renderProblemGithub(problem: Problem): string {
  const properties = [`file=${escapeProperty(problem.file)}`];
  if (problem.line !== undefined) properties.push(`line=${problem.line}`);
  if (problem.line !== undefined && problem.column !== undefined)
    properties.push(`col=${problem.column}`);
  properties.push(`title=${escapeProperty(`Pacer ${problem.code}`)}`);
  const hidden = hiddenNote(problem);
  const message = [
    problem.message,
    ...(problem.hint ? [`Hint: ${problem.hint}`] : []),
    ...(hidden ? [`${hidden}.`] : []),
  ].join('\n');
  return `::${problem.severity} ${properties.join(',')}::${escapeData(withoutControls(message))}\n`;
}

export function renderProblemsGithub(problems: readonly Problem[]): string {
  return problems.map(renderProblemGithub).join('');
}
