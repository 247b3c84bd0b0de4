/**
 * The output contract, version 1: one JSON object per article. `schema/record.v1.schema.json`
 * is its published form; tests validate records against it.
 */
import type { Warning } from '../core/doc.js';
import type { AttributionAttrs, EntityAttrs, EventAttrs, PlaceAttrs, QuoteAttrs, TimexAttrs } from '../core/layers.js';
import type { Span } from '../core/span.js';

/** The record's version; bumped on any change that breaks a reader. */
export const RECORD_VERSION = 1;

/** A span with its id and surface text, as every span layer appears in a record. */
export type SpanRecord<A> = { id: string; start: number; end: number; text: string } & A;

/** Document metadata in a record. */
export interface DocumentRecord {
  title?: string;
  published?: string;
  author?: string;
  outlet?: string;
  url?: string;
  postedBy?: string;
  /** ISO 3166 alpha-2 of the country the article is mostly about (inferred from its places). */
  focusCountry?: string;
  language: string;
  furniture: Span[];
  captions: Span[];
}

/** One article's record. */
export interface DatelineRecord {
  id: string;
  version: number;
  text?: string;
  document: DocumentRecord;
  entities: SpanRecord<EntityAttrs>[];
  timexes: SpanRecord<TimexAttrs>[];
  places: SpanRecord<PlaceAttrs>[];
  quotes: SpanRecord<QuoteAttrs>[];
  attributions: SpanRecord<AttributionAttrs>[];
  events: ({ id: string } & EventAttrs)[];
  warnings: Warning[];
}

/** What a batch writes for an input record it could not process. */
export interface ErrorRecord {
  id: string | null;
  error: { input: string; message: string };
}
