/** An error a user can fix (a missing file, an unknown git ref): printed as one line, no stack. */
import { EXIT_FAILED } from './cli-context.ts';

export class CliError extends Error {
  readonly exitCode: number;
  readonly hint: string | undefined;

  constructor(message: string, options: { hint?: string; exitCode?: number } = {}) {
    super(message);
    this.name = 'CliError';
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? EXIT_FAILED;
  }
}
