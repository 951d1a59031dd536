/** A status as a word with a symbol, so it reads without colour and in Markdown. */
import type { Status } from '../../engine/progress/status.ts';
import type { Colors } from '../colors.ts';

const TERMINAL: Record<Status, string> = {
  achieved: '✔',
  'on-track': '●',
  'at-risk': '▲',
  'off-track': '✖',
  missed: '✖',
  'no-target': '○',
  'no-data': '·',
};

const MARKDOWN: Record<Status, string> = {
  achieved: '✅',
  'on-track': '🟢',
  'at-risk': '🟡',
  'off-track': '🔴',
  missed: '⛔',
  'no-target': '⚪',
  'no-data': '➖',
};

export function terminalStatus(status: Status, colors: Colors): string {
  const text = `${TERMINAL[status]} ${status}`;
  switch (status) {
    case 'achieved':
    case 'on-track':
      return colors.green(text);
    case 'at-risk':
      return colors.yellow(text);
    case 'off-track':
    case 'missed':
      return colors.red(text);
    default:
      return colors.dim(text);
  }
}

export function markdownStatus(status: Status): string {
  return `${MARKDOWN[status]} ${status}`;
}
