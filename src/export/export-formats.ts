/**
 * The export formats by name, for `dateline export --format` and the HTTP API.
 */
import { acledCsv } from './acled-csv.js';
import type { ExportFormat } from './export-context.js';
import { geojson } from './geojson.js';
import { jsonlExport } from './jsonl-export.js';
import { ploverJson } from './plover-json.js';

/** Every export format, by name. */
export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  'acled-csv': acledCsv,
  'plover-json': ploverJson,
  geojson,
  jsonl: jsonlExport,
};
