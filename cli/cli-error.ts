// A failure the user can act on: printed as one line on stderr, with the exit code it maps to.
// 2 means the file could not be read or the arguments were wrong (nothing was computed).

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Messages may quote user text; a stderr report must stay on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
