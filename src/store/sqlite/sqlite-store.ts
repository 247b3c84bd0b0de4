/**
 * The embedded store: one SQLite file (better-sqlite3, WAL), the default for one machine.
 * WAL lets readers (`dateline events`, the server) query while an ingest writes; every batch is
 * one transaction, so a killed process leaves whole batches only.
 */
import Database from 'better-sqlite3';
import type { EventAttrs, EventParticipant, PloverType } from '../../core/layers.js';
import {
  bestMatch,
  DATE_WINDOW_DAYS,
  dayToIso,
  haversineKm,
  matchKey,
  normalizeName,
  type MatchKey,
} from '../../corpus/event-match.js';
import {
  bandKeys,
  DUPLICATE_THRESHOLD,
  estimateJaccard,
  packSignature,
  unpackSignature,
} from '../../corpus/minhash.js';
import type { DatelineRecord } from '../../record/record-types.js';
import {
  StoreFullError,
  type BatchResult,
  type CanonicalEvent,
  type DocumentWrite,
  type ErrorWrite,
  type EventDetail,
  type EventFilter,
  type EventParty,
  type EventPoint,
  type EventReport,
  type PageRequest,
  type SearchHit,
  type Store,
  type StoredDocument,
  type StoredError,
  type StoreStats,
} from '../store.js';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.js';
import {
  canonicalEventOf,
  eventParty,
  pageLimits,
  storedDocumentOf,
  type CanonicalRow,
  type Row,
} from '../store-rows.js';

/** Options for {@link SqliteStore.open}. */
export interface SqliteStoreOptions {
  /** Open without writing (no migrations); fails if the file does not exist. */
  readonly?: boolean;
  /**
   * SQLite's `max_page_count`: a size limit past which writes fail as on a full disk. For tests
   * of that failure, and for users who want to cap the file.
   */
  maxPageCount?: number;
}

/** A `clusters` row as the merging reads it: the canonical columns and the merge key's. */
interface ClusterRow extends CanonicalRow {
  id: number;
  day_lo: number;
  day_hi: number;
  lat: number | null;
  lon: number | null;
  country: string | null;
  admin1: string | null;
}

/** The columns of a canonical event (not the merge key's parties). */
const CLUSTER_LIST_COLUMNS = `c.id, c.type, c.mode, c.acled_type, c.acled_sub, c.date_value, c.day_lo, c.day_hi,
  c.date_earliest, c.date_latest, c.location_json, c.lat, c.lon, c.country, c.admin1, c.actors_json, c.targets_json,
  c.fatalities, c.injuries, c.arrests, c.factuality, c.sources, c.reports, c.outlets_json`;

function now(): string {
  return new Date().toISOString();
}

function isFull(e: unknown): boolean {
  const code = (e as { code?: string }).code;
  return code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR';
}

/** Turns free text into an FTS5 query of its words, so user punctuation cannot break the syntax. */
export function ftsQuery(text: string): string {
  const phrases: string[] = [];
  const re = /"([^"]+)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[2] === 'OR') {
      phrases.push('OR');
      continue;
    }
    const words = (m[1] ?? m[2] ?? '').match(/[\p{L}\p{N}]+/gu);
    if (words && words.length > 0) phrases.push(`"${words.join(' ')}"`);
  }
  while (phrases[0] === 'OR') phrases.shift();
  while (phrases.at(-1) === 'OR') phrases.pop();
  return phrases.join(' ');
}

/** The SQLite implementation of {@link Store}. */
export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly path: string;
  private readonly db: Database.Database;
  private readonly stmts: Record<string, Database.Statement>;
  private readonly queries = new Map<string, Database.Statement>();
  /** Batches this connection committed (SQLite's data_version counts other connections' only). */
  private commits = 0;

  private constructor(path: string, db: Database.Database) {
    this.path = path;
    this.db = db;
    this.stmts = {};
  }

  /** Opens (creating and migrating if needed) the database at `path`. */
  static open(path: string, options: SqliteStoreOptions = {}): SqliteStore {
    const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    db.pragma('busy_timeout = 10000');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // With WAL, NORMAL loses at most the last transactions on power loss, never consistency;
      // a killed process loses nothing that was committed.
      db.pragma('synchronous = NORMAL');
      // 8 MB of page cache: at 32 MB, the cache filled over an ingest of Reuters-21578 (a 190 MB
      // database) to a quarter of the 500 MB the whole run may take, for writes 3 % faster.
      db.pragma('cache_size = -8000');
      // Fewer, larger checkpoints: each one syncs the database file.
      db.pragma('wal_autocheckpoint = 4000');
      if (options.maxPageCount !== undefined) db.pragma(`max_page_count = ${Math.floor(options.maxPageCount)}`);
      migrate(db);
    }
    db.function('dl_km', { deterministic: true }, (a, b, c, d) =>
      a === null || b === null ? null : haversineKm(Number(a), Number(b), Number(c), Number(d)),
    );
    return new SqliteStore(path, db);
  }

  private stmt(sql: string): Database.Statement {
    let s = this.stmts[sql];
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts[sql] = s;
    }
    return s;
  }

  async knownHashes(hashes: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (let i = 0; i < hashes.length; i += 500) {
      const chunk = hashes.slice(i, i + 500);
      const marks = chunk.map(() => '?').join(',');
      const rows = this.db
        .prepare(
          `SELECT hash FROM documents WHERE hash IN (${marks}) UNION ALL SELECT hash FROM errors WHERE hash IN (${marks})`,
        )
        .pluck()
        .all(...chunk, ...chunk) as string[];
      for (const h of rows) out.add(h);
    }
    return out;
  }

  async writeBatch(documents: DocumentWrite[], errors: ErrorWrite[] = []): Promise<BatchResult> {
    const result: BatchResult = { documents: 0, events: 0, errors: 0 };
    const tx = this.db.transaction(() => {
      for (const d of documents) {
        const added = this.insertDocument(d);
        if (added >= 0) {
          result.documents++;
          result.events += added;
        }
      }
      const insertError = this.stmt('INSERT OR IGNORE INTO errors(hash, input, message, at) VALUES (?, ?, ?, ?)');
      for (const e of errors) result.errors += insertError.run(e.hash, e.input, e.message, now()).changes;
      this.bump('documents', result.documents);
      this.bump('records', result.documents);
      this.bump('events', result.events);
      this.bump('errors', result.errors);
    });
    try {
      tx.immediate();
      if (result.documents + result.errors > 0) this.commits++;
    } catch (e) {
      if (isFull(e)) {
        throw new StoreFullError(
          `${this.path}: database or disk is full (${(e as Error).message}); this batch was not written, the store is unchanged`,
        );
      }
      throw e;
    }
    return result;
  }

  private bump(name: string, by: number): void {
    if (by !== 0) this.stmt('UPDATE counts SET n = n + ? WHERE name = ?').run(by, name);
  }

  /** Inserts one document with everything it carries; -1 when it was already stored. */
  private insertDocument(d: DocumentWrite): number {
    const exists = this.stmt('SELECT 1 FROM documents WHERE hash = ?').pluck().get(d.hash);
    if (exists) return -1;
    const r = d.record;
    const meta = r.document;
    const duplicateOf = this.findDuplicate(d.minhash);
    const info = this.stmt(
      `INSERT INTO documents(hash, record_id, input, title, published, outlet, url, author, language, text,
         duplicate_of, minhash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      d.hash,
      r.id,
      d.input,
      meta.title ?? null,
      meta.published ?? null,
      meta.outlet ?? null,
      meta.url ?? null,
      meta.author ?? null,
      meta.language,
      d.text,
      duplicateOf ?? null,
      packSignature(d.minhash),
      now(),
    );
    const docId = Number(info.lastInsertRowid);
    if (duplicateOf !== undefined) this.bump('duplicates', 1);
    if (meta.outlet) this.stmt('INSERT OR IGNORE INTO outlets(name) VALUES (?)').run(meta.outlet);
    this.stmt('INSERT INTO documents_fts(rowid, title, text) VALUES (?, ?, ?)').run(docId, meta.title ?? '', d.text);
    const band = this.stmt('INSERT INTO document_bands(band, document_id) VALUES (?, ?)');
    for (const k of bandKeys(d.minhash)) band.run(k, docId);
    const { text: _text, ...recordWithoutText } = r;
    this.stmt('INSERT INTO records(document_id, json) VALUES (?, ?)').run(docId, JSON.stringify(recordWithoutText));
    const place = this.stmt(
      `INSERT INTO places(document_id, record_place_id, start, "end", name, lat, lon, country, admin1, geonameid,
         feature_code, use) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const p of r.places) {
      place.run(
        docId,
        p.id,
        p.start,
        p.end,
        p.name,
        p.lat,
        p.lon,
        p.country ?? null,
        p.admin1 ?? null,
        p.geonameid ?? null,
        p.featureCode ?? null,
        p.use,
      );
    }
    const actor = this.stmt(
      `INSERT INTO actors(document_id, record_entity_id, start, "end", name, norm, kind, country, acled)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const e of r.entities) {
      if (!e.actor) continue;
      actor.run(
        docId,
        e.id,
        e.start,
        e.end,
        e.actor.name,
        normalizeName(e.actor.name),
        e.actor.kind,
        e.actor.country ?? null,
        e.actor.acled ?? null,
      );
    }
    // Clusters this article already reports: two events of one article are two events.
    const touched = new Set<number>();
    for (const ev of r.events) touched.add(this.insertEvent(docId, ev, touched));
    return r.events.length;
  }

  private findDuplicate(sig: number[]): number | undefined {
    if (sig.length === 0) return undefined;
    const keys = bandKeys(sig);
    const marks = keys.map(() => '?').join(',');
    const rows = this.stmt(
      `SELECT d.id, d.duplicate_of, d.minhash FROM documents d
         WHERE d.id IN (SELECT document_id FROM document_bands WHERE band IN (${marks})) ORDER BY d.id`,
    ).all(...keys) as { id: number; duplicate_of: number | null; minhash: Buffer }[];
    for (const row of rows) {
      if (estimateJaccard(sig, unpackSignature(row.minhash)) >= DUPLICATE_THRESHOLD) return row.duplicate_of ?? row.id;
    }
    return undefined;
  }

  /** Inserts one event report and merges it into a canonical event; returns the cluster id. */
  private insertEvent(docId: number, ev: { id: string } & EventAttrs, exclude: Set<number>): number {
    const key = matchKey(ev);
    const clusterId = (key && this.findCluster(key, exclude)) ?? this.createCluster(ev, key);
    const loc = ev.location;
    const info = this.stmt(
      `INSERT INTO events(document_id, cluster_id, record_event_id, type, mode, acled_type, acled_sub, date_value,
         day_lo, day_hi, location_name, lat, lon, country, admin1, precision, fatalities, injuries, arrests,
         size_low, size_high, factuality, confidence, json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      docId,
      clusterId,
      ev.id,
      ev.type,
      ev.mode ?? null,
      ev.acled?.eventType ?? null,
      ev.acled?.subEventType ?? null,
      ev.date.value,
      key?.dayLo ?? null,
      key?.dayHi ?? null,
      loc?.name ?? null,
      loc?.lat ?? null,
      loc?.lon ?? null,
      loc?.country ?? null,
      loc?.admin1 ?? null,
      loc?.precision ?? null,
      ev.fatalities ?? null,
      ev.injuries ?? null,
      ev.arrests ?? null,
      ev.size?.low ?? null,
      ev.size?.high ?? null,
      ev.factuality,
      ev.confidence,
      JSON.stringify(ev),
    );
    const eventId = Number(info.lastInsertRowid);
    const party = this.stmt(
      'INSERT INTO event_parties(event_id, cluster_id, role, name, norm, kind, country) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const evidence = this.stmt('INSERT INTO evidence(event_id, field, start, "end") VALUES (?, ?, ?, ?)');
    const addEvidence = (field: string, spans: { start: number; end: number }[] | undefined) => {
      for (const s of spans ?? []) evidence.run(eventId, field, s.start, s.end);
    };
    for (const [role, list] of [
      ['actor', ev.actors],
      ['target', ev.targets],
    ] as const) {
      for (const p of list) {
        const norm = normalizeName(p.name);
        party.run(eventId, clusterId, role, p.name, norm, p.kind, p.country ?? null);
        this.stmt('INSERT OR IGNORE INTO party_names(norm, name) VALUES (?, ?)').run(norm, p.name);
        addEvidence(role, p.evidence);
      }
    }
    addEvidence('date', ev.date.evidence);
    addEvidence('location', ev.location?.evidence);
    addEvidence('size', ev.size?.evidence);
    for (const c of ev.counts ?? []) addEvidence(c.what, c.evidence);
    for (const c of ev.claims) addEvidence('claim', c.evidence);
    addEvidence('mention', ev.mentions);
    const source = this.stmt('INSERT INTO event_sources(event_id, name, attribution) VALUES (?, ?, ?)');
    for (const s of ev.sources) source.run(eventId, s.name, s.attribution ?? null);
    this.addReport(clusterId, docId, ev);
    return clusterId;
  }

  private findCluster(key: MatchKey, exclude: Set<number>): number | undefined {
    // Blocking: same type, a day within the window, and (when both are known) the same country.
    const rows = this.stmt(
      `SELECT DISTINCT c.id, c.type, c.day_lo, c.day_hi, c.lat, c.lon, c.country, c.parties_json
       FROM cluster_blocks b JOIN clusters c ON c.id = b.cluster_id
       WHERE b.type = ? AND b.day BETWEEN ? AND ? AND (? IS NULL OR c.country IS NULL OR c.country = ?)`,
    ).all(
      key.type,
      key.dayLo - DATE_WINDOW_DAYS,
      key.dayHi + DATE_WINDOW_DAYS,
      key.country ?? null,
      key.country ?? null,
    ) as Row[];
    const candidates = rows
      .filter((row) => !exclude.has(row.id as number))
      .map((row) => ({
        id: row.id as number,
        key: {
          type: row.type as PloverType,
          dayLo: row.day_lo as number,
          dayHi: row.day_hi as number,
          ...(row.lat !== null && { lat: row.lat as number, lon: row.lon as number }),
          ...(row.country !== null && { country: row.country as string }),
          parties: JSON.parse(row.parties_json as string) as string[],
        } satisfies MatchKey,
      }));
    const best = bestMatch(key, candidates);
    if (!best) return undefined;
    this.joinCluster(best.id, key);
    return best.id;
  }

  private createCluster(ev: EventAttrs, key: MatchKey | undefined): number {
    const loc = ev.location;
    const earliest = key ? dayToIso(key.dayLo) : ev.date.value;
    const latest = key ? dayToIso(key.dayHi) : ev.date.value;
    const info = this.stmt(
      `INSERT INTO clusters(type, mode, acled_type, acled_sub, date_value, day_lo, day_hi, date_earliest, date_latest,
         location_json, lat, lon, country, admin1, actors_json, targets_json, parties_json, fatalities, injuries,
         arrests, factuality, sources, reports, outlets_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, '[]')`,
    ).run(
      ev.type,
      ev.mode ?? null,
      ev.acled?.eventType ?? null,
      ev.acled?.subEventType ?? null,
      ev.date.value,
      // An undatable event gets an impossible block so that nothing merges into it.
      key?.dayLo ?? -1e9,
      key?.dayHi ?? -1e9,
      earliest,
      latest,
      loc
        ? JSON.stringify({
            name: loc.name,
            lat: loc.lat,
            lon: loc.lon,
            country: loc.country,
            ...(loc.admin1 !== undefined && { admin1: loc.admin1 }),
            precision: loc.precision,
          })
        : null,
      key?.lat ?? (loc && Number.isFinite(loc.lat) ? loc.lat : null),
      key?.lon ?? (loc && Number.isFinite(loc.lon) ? loc.lon : null),
      loc?.country ?? null,
      loc?.admin1 ?? null,
      '[]',
      '[]',
      JSON.stringify(key?.parties ?? []),
      null,
      null,
      null,
      ev.factuality,
    );
    const id = Number(info.lastInsertRowid);
    this.bump('clusters', 1);
    if (key) this.addBlocks(id, key.type, key.dayLo, key.dayHi);
    if (loc && Number.isFinite(loc.lat) && Number.isFinite(loc.lon)) {
      this.stmt('INSERT INTO cluster_geo(id, min_lat, max_lat, min_lon, max_lon) VALUES (?, ?, ?, ?, ?)').run(
        id,
        loc.lat,
        loc.lat,
        loc.lon,
        loc.lon,
      );
    }
    return id;
  }

  private addBlocks(id: number, type: string, lo: number, hi: number): void {
    const block = this.stmt('INSERT OR IGNORE INTO cluster_blocks(type, day, cluster_id) VALUES (?, ?, ?)');
    for (let d = lo; d <= hi; d++) block.run(type, d, id);
  }

  private joinCluster(id: number, key: MatchKey): void {
    const row = this.stmt('SELECT date_earliest, date_latest, parties_json FROM clusters WHERE id = ?').get(id) as Row;
    const parties = new Set(JSON.parse(row.parties_json as string) as string[]);
    for (const p of key.parties) parties.add(p);
    const earliest = dayToIso(key.dayLo);
    const latest = dayToIso(key.dayHi);
    this.stmt('UPDATE clusters SET date_earliest = ?, date_latest = ?, parties_json = ? WHERE id = ?').run(
      earliest < (row.date_earliest as string) ? earliest : row.date_earliest,
      latest > (row.date_latest as string) ? latest : row.date_latest,
      JSON.stringify([...parties].sort()),
      id,
    );
  }

  /**
   * Adds one report to a cluster's summary: counts, independent sources (a near-duplicate of a
   * document already in the cluster adds none), outlets, actors, casualty maxima. Incremental,
   * so a widely reported event costs about the same per report as a small one (its ready list
   * entry, rewritten each time, grows with the ids of its documents).
   */
  private addReport(id: number, docId: number, ev: EventAttrs): void {
    const row = this.stmt(`SELECT ${CLUSTER_LIST_COLUMNS}, c.summary_json FROM clusters c WHERE c.id = ?`).get(
      id,
    ) as ClusterRow & { summary_json: string | null };
    const doc = this.stmt('SELECT COALESCE(duplicate_of, id) AS root, outlet FROM documents WHERE id = ?').get(
      docId,
    ) as {
      root: number;
      outlet: string | null;
    };
    const rootSeen = this.stmt(
      `SELECT 1 FROM events e JOIN documents d ON d.id = e.document_id
       WHERE e.cluster_id = ? AND e.document_id <> ? AND COALESCE(d.duplicate_of, d.id) = ? LIMIT 1`,
    )
      .pluck()
      .get(id, docId, doc.root);
    const outlets = JSON.parse(row.outlets_json) as string[];
    if (doc.outlet && !outlets.includes(doc.outlet)) outlets.push(doc.outlet);
    const merge = (json: string, add: EventParticipant[]) => {
      const list = JSON.parse(json) as EventParty[];
      const have = new Set(list.map((p) => normalizeName(p.name)));
      for (const p of add) {
        const n = normalizeName(p.name);
        if (have.has(n)) continue;
        have.add(n);
        list.push(eventParty(p));
      }
      return JSON.stringify(list);
    };
    const max = (a: number | null, b: number | undefined) => (b === undefined ? a : a === null ? b : Math.max(a, b));
    const next: ClusterRow = {
      ...row,
      reports: row.reports + 1,
      sources: row.sources + (rootSeen ? 0 : 1),
      outlets_json: JSON.stringify(outlets),
      actors_json: merge(row.actors_json, ev.actors),
      targets_json: merge(row.targets_json, ev.targets),
      fatalities: max(row.fatalities, ev.fatalities),
      injuries: max(row.injuries, ev.injuries),
      arrests: max(row.arrests, ev.arrests),
    };
    // The list entry: the documents so far (ascending ids) with this one, and every field anew.
    const documents = row.summary_json ? (JSON.parse(row.summary_json) as CanonicalEvent).documents : [];
    const docKey = String(docId);
    if (!documents.includes(docKey)) {
      const at = documents.findIndex((d) => Number(d) > docId);
      documents.splice(at < 0 ? documents.length : at, 0, docKey);
    }
    this.stmt(
      `UPDATE clusters SET reports = ?, sources = ?, outlets_json = ?, actors_json = ?, targets_json = ?,
         fatalities = ?, injuries = ?, arrests = ?, summary_json = ? WHERE id = ?`,
    ).run(
      next.reports,
      next.sources,
      next.outlets_json,
      next.actors_json,
      next.targets_json,
      next.fatalities,
      next.injuries,
      next.arrests,
      JSON.stringify(canonicalEventOf(next, documents)),
      id,
    );
  }

  async ingestedFiles(keys: string[]): Promise<Set<string>> {
    const get = this.stmt('SELECT 1 FROM ingested_files WHERE key = ?').pluck();
    return new Set(keys.filter((k) => get.get(k) !== undefined));
  }

  async markFilesIngested(keys: string[]): Promise<void> {
    const put = this.stmt('INSERT OR IGNORE INTO ingested_files(key, at) VALUES (?, ?)');
    const at = now();
    this.db.transaction(() => {
      for (const k of keys) put.run(k, at);
    })();
  }

  async getDocument(id: string): Promise<StoredDocument | undefined> {
    const row = this.stmt('SELECT * FROM documents WHERE id = ?').get(Number(id)) as Row | undefined;
    return row ? { ...storedDocumentOf(row), text: row.text as string } : undefined;
  }

  async getRecord(documentId: string): Promise<DatelineRecord | undefined> {
    const row = this.stmt(
      'SELECT r.json, d.text FROM records r JOIN documents d ON d.id = r.document_id WHERE r.document_id = ?',
    ).get(Number(documentId)) as { json: string; text: string } | undefined;
    if (!row) return undefined;
    const { id, version, ...rest } = JSON.parse(row.json) as DatelineRecord;
    return { id, version, text: row.text, ...rest };
  }

  async getEvent(id: string): Promise<EventDetail | undefined> {
    if (!/^\d+$/.test(id)) return undefined;
    const row = this.stmt('SELECT * FROM clusters WHERE id = ?').get(Number(id)) as ClusterRow | undefined;
    if (!row) return undefined;
    return this.detailOf(row);
  }

  private detailOf(row: ClusterRow): EventDetail {
    const reports = this.stmt(
      `SELECT e.id, e.json, d.id AS doc_id, d.record_id, d.title, d.outlet, d.published, d.url, d.duplicate_of
       FROM events e JOIN documents d ON d.id = e.document_id WHERE e.cluster_id = ? ORDER BY e.id`,
    ).all(row.id) as Row[];
    const event = this.canonicalOf(
      row,
      reports.map((r) => String(r.doc_id)),
    );
    return {
      event,
      reports: reports.map((r): EventReport => ({
        id: String(r.id),
        eventId: event.id,
        document: {
          id: String(r.doc_id),
          recordId: r.record_id as string,
          ...(r.title !== null && { title: r.title as string }),
          ...(r.outlet !== null && { outlet: r.outlet as string }),
          ...(r.published !== null && { published: r.published as string }),
          ...(r.url !== null && { url: r.url as string }),
          ...(r.duplicate_of !== null && { duplicateOf: String(r.duplicate_of) }),
        },
        event: JSON.parse(r.json as string) as { id: string } & EventAttrs,
      })),
    };
  }

  private canonicalOf(row: ClusterRow, documents?: string[]): CanonicalEvent {
    const docs =
      documents ??
      (
        this.stmt('SELECT DISTINCT document_id FROM events WHERE cluster_id = ? ORDER BY document_id')
          .pluck()
          .all(row.id) as number[]
      ).map(String);
    return canonicalEventOf(row, docs);
  }

  private where(filter: EventFilter): { sql: string; params: unknown[] } {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (filter.types && filter.types.length > 0) {
      clauses.push(`c.type IN (${filter.types.map(() => '?').join(',')})`);
      params.push(...filter.types);
    }
    if (filter.acledType) {
      clauses.push('c.acled_type = ? COLLATE NOCASE');
      params.push(filter.acledType);
    }
    if (filter.country) {
      clauses.push('c.country = ?');
      params.push(filter.country.toUpperCase());
    }
    if (filter.admin1) {
      clauses.push('c.admin1 = ? COLLATE NOCASE');
      params.push(filter.admin1);
    }
    if (filter.from) {
      clauses.push('c.date_latest >= ?');
      params.push(filter.from);
    }
    if (filter.to) {
      clauses.push('c.date_earliest <= ?');
      params.push(filter.to);
    }
    if (filter.near) {
      const { lat, lon, km } = filter.near;
      const dLat = km / 111.2;
      const dLon = km / (111.2 * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
      clauses.push(
        `c.id IN (SELECT id FROM cluster_geo WHERE min_lat <= ? AND max_lat >= ? AND min_lon <= ? AND max_lon >= ?)
         AND dl_km(c.lat, c.lon, ?, ?) <= ?`,
      );
      params.push(lat + dLat, lat - dLat, lon + dLon, lon - dLon, lat, lon, km);
    }
    if (filter.actor) {
      clauses.push(
        `c.id IN (SELECT cluster_id FROM event_parties WHERE norm IN
           (SELECT norm FROM party_names WHERE norm LIKE ? OR name LIKE ?))`,
      );
      const norm = normalizeName(filter.actor);
      params.push(`%${norm}%`, `%${filter.actor}%`);
    }
    if (filter.text) {
      clauses.push(
        `c.id IN (SELECT e.cluster_id FROM events e WHERE e.document_id IN
           (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))`,
      );
      params.push(ftsQuery(filter.text) || '""');
    }
    if (filter.minSources !== undefined) {
      clauses.push('c.sources >= ?');
      params.push(filter.minSources);
    }
    return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
  }

  /**
   * The ids of one page of matching clusters, newest first, as a subquery. Paging happens on the
   * (day_lo, id) index alone and the page's rows are read after it: a page deep in the list then
   * skips index entries, not whole rows.
   */
  private pageIds(filter: EventFilter, page: PageRequest | undefined): { sql: string; params: unknown[] } {
    const [limit, offset] = pageLimits(page);
    const { sql, params } = this.where(filter);
    return {
      sql: `SELECT c.id FROM clusters c ${sql} ORDER BY c.day_lo DESC, c.id DESC LIMIT ? OFFSET ?`,
      params: [...params, limit, offset],
    };
  }

  /**
   * A prepared statement of a filtered query, by SQL text: the most recent few hundred are kept
   * (filters make many shapes of query, but people ask the same few again and again).
   */
  private cachedStmt(sql: string): Database.Statement {
    let s = this.queries.get(sql);
    if (s) {
      this.queries.delete(sql);
    } else {
      s = this.db.prepare(sql);
      if (this.queries.size >= 256) this.queries.delete(this.queries.keys().next().value as string);
    }
    this.queries.set(sql, s);
    return s;
  }

  async listEvents(filter: EventFilter = {}, page?: PageRequest): Promise<CanonicalEvent[]> {
    return JSON.parse(await this.listEventsJson(filter, page)) as CanonicalEvent[];
  }

  async listEventsJson(filter: EventFilter = {}, page?: PageRequest): Promise<string> {
    const ids = this.pageIds(filter, page);
    const rows = this.cachedStmt(
      `SELECT c.summary_json FROM clusters c WHERE c.id IN (${ids.sql}) ORDER BY c.day_lo DESC, c.id DESC`,
    )
      .pluck()
      .all(...ids.params) as string[];
    return `[${rows.join(',')}]`;
  }

  async listEventPoints(filter: EventFilter = {}, page?: PageRequest): Promise<EventPoint[]> {
    // Points come in pages of thousands (a whole map), read in one pass over the day index:
    // the page-of-ids lookup of the list would only add work here.
    const [limit, offset] = pageLimits(page);
    const { sql, params } = this.where(filter);
    const rows = this.cachedStmt(
      `SELECT c.id, substr(c.date_earliest, 1, 10) AS day, c.type,
              CASE WHEN c.location_json IS NULL THEN NULL ELSE c.lat END AS lat,
              CASE WHEN c.location_json IS NULL THEN NULL ELSE c.lon END AS lon,
              CASE WHEN c.location_json IS NULL THEN NULL ELSE c.country END AS country, c.sources
       FROM clusters c ${sql} ORDER BY c.day_lo DESC, c.id DESC LIMIT ? OFFSET ?`,
    ).all(...params, limit, offset) as (Omit<EventPoint, 'id'> & { id: number })[];
    return rows.map((r) => ({ ...r, id: String(r.id) }));
  }

  async countEvents(filter: EventFilter = {}): Promise<number> {
    const { sql, params } = this.where(filter);
    return this.cachedStmt(`SELECT COUNT(*) FROM clusters c ${sql}`)
      .pluck()
      .get(...params) as number;
  }

  async *iterateEvents(filter: EventFilter = {}): AsyncIterable<EventDetail> {
    const { sql, params } = this.where(filter);
    const ids = this.db
      .prepare(`SELECT c.id FROM clusters c ${sql} ORDER BY c.day_lo, c.id`)
      .pluck()
      .all(...params) as number[];
    const get = this.stmt('SELECT * FROM clusters WHERE id = ?');
    for (const id of ids) {
      const row = get.get(id) as ClusterRow | undefined;
      if (row) yield this.detailOf(row);
    }
  }

  async search(query: string, page?: PageRequest): Promise<SearchHit[]> {
    const [limit, offset] = pageLimits(page);
    const q = ftsQuery(query);
    if (!q) return [];
    const rows = this.stmt(
      `SELECT d.*, snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet, bm25(documents_fts) AS rank
       FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
       WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`,
    ).all(q, limit, offset) as Row[];
    return rows.map((r) => ({ document: storedDocumentOf(r), snippet: r.snippet as string, rank: r.rank as number }));
  }

  async listErrors(page?: PageRequest): Promise<StoredError[]> {
    const [limit, offset] = pageLimits(page);
    return this.stmt('SELECT input, message, at FROM errors ORDER BY id DESC LIMIT ? OFFSET ?').all(
      limit,
      offset,
    ) as StoredError[];
  }

  async stats(): Promise<StoreStats> {
    // One read transaction, so the counts agree with each other while an ingest writes.
    return this.db.transaction(() => {
      const counts = new Map(
        (this.stmt('SELECT name, n FROM counts').all() as { name: string; n: number }[]).map((r) => [r.name, r.n]),
      );
      const n = (k: string) => counts.get(k) ?? 0;
      return {
        documents: n('documents'),
        duplicates: n('duplicates'),
        records: n('records'),
        events: n('events'),
        mergedEvents: n('clusters'),
        sources: this.stmt('SELECT COUNT(*) FROM outlets').pluck().get() as number,
        errors: n('errors'),
      };
    })();
  }

  async changeMark(): Promise<string> {
    return `${this.stmt('PRAGMA data_version').pluck().get() as number}:${this.commits}`;
  }

  async check(): Promise<string[]> {
    const problems: string[] = [];
    const integrity = this.db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const q = (sql: string) => this.db.prepare(sql).pluck().get() as number;
    const orphanRecords = q(
      'SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM records r WHERE r.document_id = d.id)',
    );
    if (orphanRecords > 0) problems.push(`${orphanRecords} documents without a record`);
    const fts = q('SELECT COUNT(*) FROM documents') - q('SELECT COUNT(*) FROM documents_fts');
    if (fts !== 0) problems.push(`full-text index out of step with documents by ${fts}`);
    const recordEvents = this.db.prepare('SELECT json FROM records').pluck().iterate() as Iterable<string>;
    let expected = 0;
    for (const json of recordEvents) expected += (JSON.parse(json) as DatelineRecord).events.length;
    const stored = q('SELECT COUNT(*) FROM events');
    if (expected !== stored) problems.push(`records hold ${expected} events but ${stored} are stored`);
    const badClusters = q(
      'SELECT COUNT(*) FROM clusters c WHERE c.reports <> (SELECT COUNT(*) FROM events e WHERE e.cluster_id = c.id)',
    );
    if (badClusters > 0) problems.push(`${badClusters} merged events with a wrong report count`);
    const stats = await this.stats();
    const actual = {
      documents: q('SELECT COUNT(*) FROM documents'),
      duplicates: q('SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL'),
      records: q('SELECT COUNT(*) FROM records'),
      events: stored,
      mergedEvents: q('SELECT COUNT(*) FROM clusters'),
      sources: q('SELECT COUNT(DISTINCT outlet) FROM documents'),
      errors: q('SELECT COUNT(*) FROM errors'),
    };
    for (const [k, v] of Object.entries(actual)) {
      const kept = stats[k as keyof typeof stats];
      if (kept !== v) problems.push(`count of ${k} is ${kept} but ${v} rows exist`);
    }
    return problems;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SQLITE_MIGRATIONS.length) {
    throw new Error(
      `database schema version ${version} is newer than this Dateline understands (${SQLITE_MIGRATIONS.length})`,
    );
  }
  if (version === SQLITE_MIGRATIONS.length) return;
  db.transaction(() => {
    for (let v = version; v < SQLITE_MIGRATIONS.length; v++) db.exec(SQLITE_MIGRATIONS[v] as string);
    db.pragma(`user_version = ${SQLITE_MIGRATIONS.length}`);
  }).immediate();
}
