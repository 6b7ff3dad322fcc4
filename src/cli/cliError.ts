/** A failure the user must see as one Chinese line on stderr, with the exit code SPEC §6 gives. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
  }
}
