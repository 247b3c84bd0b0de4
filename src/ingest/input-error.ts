/**
 * The one error type for bad input. Its message names the input and the problem in one line;
 * the CLI prints it as is, without a stack trace, and batch jobs turn it into an error record.
 */
export class InputError extends Error {
  override name = 'InputError';
  /** The file, `-`, or `file:line` the problem is in. */
  readonly input: string;
  /** What is wrong, without the input's name. */
  readonly problem: string;

  constructor(input: string, problem: string) {
    super(`${input}: ${problem}`);
    this.input = input;
    this.problem = problem;
  }
}
