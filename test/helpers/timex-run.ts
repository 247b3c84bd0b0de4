/**
 * Runs tokens, sentences and the temporal stage over a text, for the timex tests.
 */
import { Doc, type DocumentMeta } from '../../src/core/doc.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { sentences } from '../../src/stages/sentences.js';
import { timexes } from '../../src/stages/timexes/timex-stage.js';

const pipeline = createPipeline([sentences(), timexes()]);

/** The analysed document. */
export function runTimexes(text: string, meta: Partial<DocumentMeta> = {}): Doc {
  return pipeline.run(Doc.create(text, meta));
}

/** `surface → value` for every timex found, in text order (mods as `value/MOD`). */
export function timexValues(text: string, published?: string): [string, string][] {
  const doc = runTimexes(text, published ? { published } : {});
  return doc.layer('timex').map((t) => [doc.surface(t), t.attrs.value + (t.attrs.mod ? `/${t.attrs.mod}` : '')]);
}
