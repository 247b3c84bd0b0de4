/**
 * How every benchmark prints: dataset, metric, value and time, one line each. The numbers are
 * copied into bench/RESULTS.md when they move, so that a change of a number is reviewed.
 */

/** Prints one result line. */
export function report(dataset: string, metric: string, value: number | string, extra = ''): void {
  const v = typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(4)) : value;
  process.stdout.write(`${dataset.padEnd(28)} ${metric.padEnd(28)} ${v}${extra ? '  ' + extra : ''}\n`);
}

/** Percentile of sorted numbers (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}
