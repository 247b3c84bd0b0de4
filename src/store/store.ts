/**
 * The store interface: what the CLI, the HTTP server and the ingest runner need from a corpus
 * database. Every method is async so that a networked implementation (PostgreSQL) fits the
 * same shape as the embedded SQLite one; one conformance suite (`test/store-conformance.ts`)
 * runs against each implementation.
 *
 * Writes come in batches ({@link Store.writeBatch}): one batch is one transaction holding the
 * documents, their records, events, evidence, places, actors and ingest errors together, so a
 * process killed at any moment leaves either the whole batch or none of it. Documents are keyed
 * by a content hash, which makes every write idempotent: a batch written twice adds nothing.
 */
import type { ActorKind, EventAttrs, Factuality, PloverType } from '../core/layers.js';
import type { DatelineRecord } from '../record/record-types.js';

/** Metadata of a stored document. */
export interface DocumentMeta {
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
  author?: string;
  language?: string;
}

/** One extracted article, ready to be written. */
export interface DocumentWrite {
  /** Content hash of the input (hex); the idempotency key. */
  hash: string;
  /** Where it came from: a file name, `file:line`, `file#story`. */
  input: string;
  /** The article text every offset of the record indexes. */
  text: string;
  /** The record (its `text` is ignored: the text is stored once, above). */
  record: DatelineRecord;
  /** MinHash signature of the text's shingles (see `src/corpus/minhash.ts`), for near-duplicates. */
  minhash: number[];
}

/** An input that could not be processed. */
export interface ErrorWrite {
  /** Idempotency key: the content hash of the input, or of the input name and problem. */
  hash: string;
  input: string;
  message: string;
}

/** What a batch changed. */
export interface BatchResult {
  /** Documents added (already stored ones are skipped). */
  documents: number;
  /** Event reports added. */
  events: number;
  /** Errors added. */
  errors: number;
}

/** A document as stored. */
export interface StoredDocument extends DocumentMeta {
  /** Store id (stable within one store). */
  id: string;
  hash: string;
  /** The record's own id (from the input, or derived from the text). */
  recordId: string;
  input: string;
  text: string;
  /** Id of the earlier document this one is a near-duplicate of (syndicated copy, repost). */
  duplicateOf?: string;
  ingestedAt: string;
}

/** An actor or target of a canonical event. */
export interface EventParty {
  name: string;
  kind: ActorKind;
  country?: string;
  /** The name ACLED writes for it, where one is known ("Police Forces of India (2014-)"). */
  acled?: string;
}

/**
 * A canonical event: one real-world event, merged from the reports of every article that
 * describes it. Its fields are those of its first report, with the date range and counts
 * widened by the others.
 */
export interface CanonicalEvent {
  id: string;
  type: PloverType;
  mode?: string;
  acled?: { eventType: string; subEventType: string };
  date: { value: string; earliest: string; latest: string };
  location?: {
    name: string;
    lat: number;
    lon: number;
    country: string;
    admin1?: string;
    precision: string;
  };
  actors: EventParty[];
  targets: EventParty[];
  fatalities?: number;
  injuries?: number;
  arrests?: number;
  factuality: Factuality;
  /** Independent source articles (near-duplicates counted once). */
  sources: number;
  /** Every report merged into this event (one per article mention). */
  reports: number;
  /** Outlets that reported it, in order of first report. */
  outlets: string[];
  /** Store ids of the documents that report it. */
  documents: string[];
}

/** One article's report of a canonical event: the extracted event with its evidence. */
export interface EventReport {
  /** Store id of the report. */
  id: string;
  eventId: string;
  document: {
    id: string;
    recordId: string;
    title?: string;
    outlet?: string;
    published?: string;
    url?: string;
    duplicateOf?: string;
  };
  /** The event as the article's record has it (id within the record plus all fields). */
  event: { id: string } & EventAttrs;
}

/**
 * A canonical event reduced to what a map or a timeline draws. `lat`, `lon` and `country` are
 * null where the event has no location.
 */
export interface EventPoint {
  id: string;
  /** First day of the event's date range (YYYY-MM-DD). */
  day: string;
  type: PloverType;
  lat: number | null;
  lon: number | null;
  country: string | null;
  /** Independent source articles. */
  sources: number;
}

/** A canonical event with every report of it. */
export interface EventDetail {
  event: CanonicalEvent;
  reports: EventReport[];
}

/** Filters of `dateline events` and of the API's event list; all given ones must hold. */
export interface EventFilter {
  /** PLOVER types (any of). */
  types?: PloverType[];
  /** ACLED event type, e.g. "Protests". */
  acledType?: string;
  /** ISO 3166 alpha-2. */
  country?: string;
  admin1?: string;
  /** Inclusive YYYY-MM-DD bounds on the event's date range. */
  from?: string;
  to?: string;
  /** Within `km` of a point. */
  near?: { lat: number; lon: number; km: number };
  /** Substring of an actor's or target's name (case-insensitive). */
  actor?: string;
  /** Full-text query on the reporting articles (FTS syntax: words, "phrases", OR). */
  text?: string;
  /** At least this many independent sources. */
  minSources?: number;
}

/** A page of a list. */
export interface PageRequest {
  limit?: number;
  offset?: number;
}

/** A full-text hit. */
export interface SearchHit {
  document: Omit<StoredDocument, 'text'>;
  /** A short passage around the match, with the matched words in [brackets]. */
  snippet: string;
  /** Lower is better (BM25 as the engine computes it). */
  rank: number;
}

/** An ingest error as stored. */
export interface StoredError {
  input: string;
  message: string;
  at: string;
}

/** Counts for `dateline stats`. */
export interface StoreStats {
  documents: number;
  /** Documents that are near-duplicates of an earlier one. */
  duplicates: number;
  records: number;
  /** Event reports (one per event per article). */
  events: number;
  /** Canonical events after cross-article merging. */
  mergedEvents: number;
  /** Distinct outlets. */
  sources: number;
  errors: number;
}

/**
 * The corpus store. Implementations: `sqlite/sqlite-store.ts` (embedded, default); a
 * PostgreSQL one implements the same interface and passes the same conformance suite.
 */
export interface Store {
  /** `sqlite` or `postgres`. */
  readonly kind: string;
  /** Which of these hashes are already stored, as documents or as recorded errors. */
  knownHashes(hashes: string[]): Promise<Set<string>>;
  /**
   * Writes a batch atomically: documents (with records, events, evidence, places, actors,
   * near-duplicate links and cross-article merging) and errors. Already-stored hashes are
   * skipped. On failure (a full disk) nothing of the batch is written and the error is thrown.
   */
  writeBatch(documents: DocumentWrite[], errors?: ErrorWrite[]): Promise<BatchResult>;
  /**
   * Which input files (keys naming a path, size and modification time) were ingested whole
   * before, so that a re-ingest of an unchanged collection need not even read them.
   */
  ingestedFiles(keys: string[]): Promise<Set<string>>;
  /** Records input files as ingested whole (after every item of theirs was written). */
  markFilesIngested(keys: string[]): Promise<void>;
  /** A document by store id. */
  getDocument(id: string): Promise<StoredDocument | undefined>;
  /** The record of a document, with its text. */
  getRecord(documentId: string): Promise<DatelineRecord | undefined>;
  /** A canonical event with its reports. */
  getEvent(id: string): Promise<EventDetail | undefined>;
  /** Canonical events matching a filter, newest first. */
  listEvents(filter?: EventFilter, page?: PageRequest): Promise<CanonicalEvent[]>;
  /**
   * {@link listEvents} as JSON text (an array of the same events), for the API's list endpoint
   * to send as it is: a store may keep each event's JSON ready rather than build it per request.
   */
  listEventsJson(filter?: EventFilter, page?: PageRequest): Promise<string>;
  /**
   * The events of {@link listEvents}, in the same order, as points: one narrow query without
   * reports or documents, so a map of tens of thousands of events costs milliseconds.
   */
  listEventPoints(filter?: EventFilter, page?: PageRequest): Promise<EventPoint[]>;
  /** How many canonical events match a filter. */
  countEvents(filter?: EventFilter): Promise<number>;
  /** Every canonical event matching a filter with its reports, oldest first (for exports). */
  iterateEvents(filter?: EventFilter): AsyncIterable<EventDetail>;
  /** Full-text search over documents, best first. */
  search(query: string, page?: PageRequest): Promise<SearchHit[]>;
  /** Recorded ingest errors, newest first. */
  listErrors(page?: PageRequest): Promise<StoredError[]>;
  stats(): Promise<StoreStats>;
  /**
   * A mark that changes whenever the store's events may have changed, by a write of this
   * process or of any other: while it stays the same, every read of events answers the same.
   * Caches of the server are kept by it.
   */
  changeMark(): Promise<string>;
  /** Checks the database's own consistency; resolves to a list of problems (empty when sound). */
  check(): Promise<string[]>;
  close(): Promise<void>;
}

/** Raised by a store when the disk (or the configured size limit) is full. */
export class StoreFullError extends Error {
  override name = 'StoreFullError';
}
