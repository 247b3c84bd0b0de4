/**
 * Runs stages in order over a Doc, after checking that every stage's required layers are
 * produced by an earlier one, so a misordered pipeline fails when it is built, not mid-corpus.
 */
import type { Doc } from './doc.js';
import type { LayerName } from './layers.js';
import type { Stage, StageContext } from './stage.js';

/** A checked, ordered list of stages. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  run(doc: Doc, options?: Record<string, unknown>): Doc;
}

/** Thrown when a pipeline's order cannot work; a programming error, not a user one. */
export class PipelineOrderError extends Error {
  override name = 'PipelineOrderError';
}

/**
 * Builds a pipeline. Layers named in `given` are supplied by ingest (none today) and count as
 * produced before the first stage.
 */
export function createPipeline(stages: readonly Stage[], given: readonly LayerName[] = []): Pipeline {
  const produced = new Set<LayerName>(given);
  for (const stage of stages) {
    const missing = stage.requires.filter((l) => !produced.has(l));
    if (missing.length > 0) {
      throw new PipelineOrderError(
        `stage '${stage.name}' requires ${missing.join(', ')}, which no earlier stage produces`,
      );
    }
    for (const l of stage.produces) produced.add(l);
  }
  return {
    stages,
    run(doc, options = {}) {
      for (const stage of stages) {
        const ctx: StageContext = {
          options,
          warn(kind, message, span) {
            doc.warn({ kind, message, stage: stage.name, ...(span ? { start: span.start, end: span.end } : {}) });
          },
        };
        stage.run(doc, ctx);
        for (const l of stage.produces) doc.touch(l);
      }
      return doc;
    },
  };
}
