/**
 * The stage contract: a stage declares the layers it needs and the layers it makes, and adds
 * annotations to a Doc without touching its text. Stages are factories (options in, stage out),
 * as unified's plugins are, so a pipeline is plain data.
 */
import type { Doc } from './doc.js';
import type { LayerName } from './layers.js';
import type { Span } from './span.js';

/** What a stage gets besides the document. */
export interface StageContext {
  /** Collects a diagnostic tagged with the running stage's name. */
  warn(kind: string, message: string, span?: Span): void;
  /** Options for the whole run; each stage reads its own key. */
  readonly options: Readonly<Record<string, unknown>>;
}

/** One step of the pipeline. */
export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly produces: readonly LayerName[];
  /** Adds annotations; never edits text. May refine layers of earlier stages. */
  run(doc: Doc, ctx: StageContext): void;
}
