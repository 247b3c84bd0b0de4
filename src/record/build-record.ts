/**
 * Turns an analysed Doc into its record. Layers already carry the record's fields (see
 * core/layers.ts), so this is a copy that adds ids and surfaces and drops internals.
 */
import type { Annotation, Doc } from '../core/doc.js';
import type { LayerAttrs, LayerName } from '../core/layers.js';
import { bySalience } from '../stages/events/salience.js';
import { RECORD_VERSION, type DatelineRecord, type SpanRecord } from './record-types.js';

/** Options for {@link buildRecord}. */
export interface BuildRecordOptions {
  /** Leave `text` out (offsets then index the input the user kept). */
  noText?: boolean;
}

/** The v1 record of a document. */
export function buildRecord(id: string, doc: Doc, options: BuildRecordOptions = {}): DatelineRecord {
  const m = doc.meta;
  const document: DatelineRecord['document'] = {
    ...(m.title !== undefined && { title: m.title }),
    ...(m.published !== undefined && { published: m.published }),
    ...(m.author !== undefined && { author: m.author }),
    ...(m.outlet !== undefined && { outlet: m.outlet }),
    ...(m.url !== undefined && { url: m.url }),
    ...(m.postedBy !== undefined && { postedBy: m.postedBy }),
    ...(m.focusCountry !== undefined && { focusCountry: m.focusCountry }),
    language: m.language,
    furniture: m.furniture.map((s) => ({ start: s.start, end: s.end })),
    captions: m.captions.map((s) => ({ start: s.start, end: s.end })),
  };
  return {
    id,
    version: RECORD_VERSION,
    ...(options.noText ? {} : { text: doc.text }),
    document,
    entities: spans(doc, 'entity'),
    timexes: spans(doc, 'timex'),
    places: spans(doc, 'place'),
    quotes: spans(doc, 'quote'),
    attributions: spans(doc, 'attribution'),
    events: bySalience(doc.layer('event')).map((a) => ({ id: a.id, ...a.attrs })),
    warnings: doc.warnings.map((w) => ({ ...w })),
  };
}

function spans<L extends LayerName>(doc: Doc, layer: L): SpanRecord<LayerAttrs[L]>[] {
  return doc.layer(layer).map((a: Annotation<L>) => ({
    id: a.id,
    start: a.start,
    end: a.end,
    text: doc.text.slice(a.start, a.end),
    ...(a.attrs as LayerAttrs[L]),
  }));
}
