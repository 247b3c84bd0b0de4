/**
 * Dateline as a library: `import { extract } from 'dateline'`.
 */
export { extract, analyze, ingest, type ArticleInput, type ExtractOptions } from './extract.js';
export { Doc, type Annotation, type DocumentMeta, type Warning } from './core/doc.js';
export type * from './core/layers.js';
export type { Span } from './core/span.js';
export type { Stage, StageContext } from './core/stage.js';
export { createPipeline, type Pipeline } from './core/pipeline.js';
export { defaultPipeline, defaultStages } from './default-pipeline.js';
export { InputError } from './ingest/input-error.js';
export type { DatelineRecord, ErrorRecord } from './record/record-types.js';
export { RECORD_VERSION } from './record/record-types.js';
