/**
 * A setting outside the repository's files (an environment variable such as
 * `PACER_AS_OF`) that cannot be used: a mistake the user fixes, not a bug, so
 * the CLI prints it as one line with its hint and exits 1.
 */
export class SettingError extends Error {
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(message);
    this.name = 'SettingError';
    this.hint = hint;
  }
}
