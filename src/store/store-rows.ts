/**
 * Row conversions and paging rules that every store implementation shares, so SQLite and
 * PostgreSQL answer the same request with the same shape.
 */
import type { EventParticipant } from '../core/layers.js';
import type { PloverType } from '../core/layers.js';
import type { CanonicalEvent, EventParty, PageRequest, StoredDocument } from './store.js';

/** A database row as a driver returns it. */
export type Row = Record<string, unknown>;

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 10_000;

/** `[limit, offset]` of a page request: 100 by default, never more than 10,000 rows at once. */
export function pageLimits(page: PageRequest | undefined): [number, number] {
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(page?.limit ?? DEFAULT_LIMIT)));
  const offset = Math.max(0, Math.floor(page?.offset ?? 0));
  return [limit, offset];
}

/** An event's participant as a canonical event lists it (without evidence). */
export function eventParty(p: EventParticipant): EventParty {
  return {
    name: p.name,
    kind: p.kind,
    ...(p.country !== undefined && { country: p.country }),
    ...(p.acled !== undefined && { acled: p.acled }),
  };
}

/** A `documents` row (without its text); ids of either driver become strings. */
export function storedDocumentOf(row: Row): Omit<StoredDocument, 'text'> {
  const ingested = row.ingested_at;
  return {
    id: String(row.id),
    hash: row.hash as string,
    recordId: row.record_id as string,
    input: row.input as string,
    ...(row.title !== null && { title: row.title as string }),
    ...(row.published !== null && { published: row.published as string }),
    ...(row.outlet !== null && { outlet: row.outlet as string }),
    ...(row.url !== null && { url: row.url as string }),
    ...(row.author !== null && { author: row.author as string }),
    ...(row.language !== null && { language: row.language as string }),
    ...(row.duplicate_of !== null && { duplicateOf: String(row.duplicate_of) }),
    ingestedAt: ingested instanceof Date ? ingested.toISOString() : (ingested as string),
  };
}

/** The `clusters` columns a canonical event is made of, as either driver returns them. */
export interface CanonicalRow {
  id: string | number;
  type: string;
  mode: string | null;
  acled_type: string | null;
  acled_sub: string | null;
  date_value: string;
  date_earliest: string;
  date_latest: string;
  location_json: string | null;
  actors_json: string;
  targets_json: string;
  fatalities: number | null;
  injuries: number | null;
  arrests: number | null;
  factuality: string;
  sources: number;
  reports: number;
  outlets_json: string;
}

/** A canonical event from its cluster row and the ids of its documents. */
export function canonicalEventOf(row: CanonicalRow, documents: string[]): CanonicalEvent {
  return {
    id: String(row.id),
    type: row.type as PloverType,
    ...(row.mode !== null && { mode: row.mode }),
    ...(row.acled_type !== null && { acled: { eventType: row.acled_type, subEventType: row.acled_sub ?? '' } }),
    date: { value: row.date_value, earliest: row.date_earliest, latest: row.date_latest },
    ...(row.location_json !== null && { location: JSON.parse(row.location_json) as CanonicalEvent['location'] }),
    actors: JSON.parse(row.actors_json) as EventParty[],
    targets: JSON.parse(row.targets_json) as EventParty[],
    ...(row.fatalities !== null && { fatalities: row.fatalities }),
    ...(row.injuries !== null && { injuries: row.injuries }),
    ...(row.arrests !== null && { arrests: row.arrests }),
    factuality: row.factuality as CanonicalEvent['factuality'],
    sources: row.sources,
    reports: row.reports,
    outlets: JSON.parse(row.outlets_json) as string[],
    documents: [...new Set(documents)],
  };
}
