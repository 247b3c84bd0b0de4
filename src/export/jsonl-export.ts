/**
 * JSON Lines: one canonical event per line with every report of it (the record's event with
 * its evidence spans, and the reporting document), Dateline's lossless export.
 */
import type { ExportFormat } from './export-context.js';

/** The jsonl export format. */
export const jsonlExport: ExportFormat = {
  name: 'jsonl',
  contentType: 'application/x-ndjson',
  extension: 'jsonl',
  async run(ctx) {
    let n = 0;
    for await (const d of ctx.events) {
      await ctx.write(JSON.stringify({ ...d.event, reports: d.reports }) + '\n');
      n++;
    }
    return n;
  },
};
