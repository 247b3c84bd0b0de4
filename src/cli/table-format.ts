/**
 * Plain-text tables for terminal output: columns padded to their widest cell, long cells cut
 * with an ellipsis so a row stays on one line.
 */

/** A column: its header and the widest it may grow. */
export interface Column {
  header: string;
  max?: number;
  align?: 'left' | 'right';
}

function cut(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? one.slice(0, Math.max(1, max - 1)) + '…' : one;
}

/** Formats rows as a table with a header line. */
export function formatTable(columns: Column[], rows: string[][]): string {
  const cells = rows.map((r) => columns.map((c, i) => cut(r[i] ?? '', c.max ?? 40)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((v, i) => (columns[i]!.align === 'right' ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n') + '\n';
}
