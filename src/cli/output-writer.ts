/**
 * Writing records to standard output with back-pressure, so a batch of millions of records
 * streams instead of piling up in memory.
 */

/** Writes a string to stdout, waiting when the pipe is full. */
export async function writeOut(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) {
    await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}
