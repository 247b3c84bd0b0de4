/**
 * The shape of a CLI command, and the error a command throws for a usage mistake.
 */

/** One `dateline` sub-command. */
export interface CliCommand {
  readonly name: string;
  /** One line for `dateline --help`. */
  readonly summary: string;
  /** The whole text of `dateline NAME --help`. */
  readonly help: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[]): Promise<number>;
}

/** A mistake in how the command was called: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Exit codes, documented in the README and in `dateline --help`. */
export const EXIT = {
  ok: 0,
  /** The input (or, with --strict, some record of a batch) could not be processed. */
  badInput: 1,
  /** The command line was wrong. */
  usage: 2,
  /** An internal error: a bug, reported with its stack. */
  internal: 70,
} as const;
