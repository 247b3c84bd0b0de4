/**
 * The networked store: PostgreSQL (through `pg`), for collections and teams beyond one machine.
 * It implements the same {@link Store} contract as the SQLite store and passes the same
 * conformance suite; several processes on several machines may write to it at once.
 *
 * Writes are set-based: a batch costs a fixed dozen round trips (bulk inserts from JSON
 * parameters), not a few per document, because on a network every round trip counts.
 *
 * Safety with several writers: each batch is one transaction that first takes, in one sorted
 * pass, transaction-scoped advisory locks on everything it will decide on — its documents'
 * content hashes, their MinHash bands (near-duplicate links), and the merge blocks (event type
 * and 32-day bucket) its events may join. Two batches that could affect each other's decisions
 * therefore run one after the other; batches about different things run in parallel. Locks are
 * taken in one global order, so writers cannot deadlock on them; should PostgreSQL still report
 * a deadlock or serialization failure, the whole batch is retried.
 */
import pg from 'pg';
import type { EventAttrs, PloverType } from '../../core/layers.js';
import {
  bestMatch,
  DATE_WINDOW_DAYS,
  dayToIso,
  matchKey,
  MAX_DATE_SPAN_DAYS,
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
  type EventPoint,
  type EventReport,
  type PageRequest,
  type SearchHit,
  type Store,
  type StoredDocument,
  type StoredError,
  type StoreStats,
} from '../store.js';
import { POSTGIS_MIGRATION, POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import { noNul, pgJson } from './pg-text.js';
import { tsQuerySql } from './ts-query.js';
import {
  canonicalEventOf,
  eventParty,
  pageLimits,
  storedDocumentOf,
  type CanonicalRow,
  type Row,
} from '../store-rows.js';

/** Options for {@link PostgresStore.open}. */
export interface PostgresStoreOptions {
  /** Connections in the pool (default 4). */
  poolSize?: number;
  /** Use PostGIS when available (default true); false forces the bounding-box fallback. */
  postgis?: boolean;
  /**
   * Wait for each commit to reach the disk (PostgreSQL's `synchronous_commit`, default true).
   * Workers turn it off: a commit lost to a server crash loses its jobs' done marks with it (one
   * transaction), so those jobs are simply done again — what SQLite's `synchronous = NORMAL`
   * promises a single machine.
   */
  synchronousCommit?: boolean;
}

/** Width of a merge lock in days: events lock the buckets their candidate window touches. */
const BUCKET_DAYS = 32;
/** Days around a report's date range in which a cluster's range must fall to be a candidate. */
const WINDOW = DATE_WINDOW_DAYS;
/** Longest date range a cluster may have (`MAX_DATE_SPAN_DAYS`), for the index range. */
const LONGEST_SPAN = MAX_DATE_SPAN_DAYS;
const RETRIES = 8;

/** A `clusters` row as the merging reads it: the canonical columns and the merge key's. */
interface ClusterRow extends CanonicalRow {
  id: string;
  day_lo: number;
  day_hi: number;
  lat: number | null;
  lon: number | null;
  country: string | null;
  admin1: string | null;
}

/** A cluster as the merging of one batch sees it. */
interface BatchCluster {
  id: string;
  key: MatchKey;
  earliest: string;
  latest: string;
  isNew: boolean;
  changed: boolean;
  /** For new clusters: the first report, whose fields the cluster takes. */
  first?: { id: string } & EventAttrs;
}

function retryable(e: unknown): boolean {
  const code = (e as { code?: string }).code;
  return code === '40P01' || code === '40001';
}

/** Splits `postgres://…?schema=NAME` into the connection string and the schema. */
export function parsePostgresUrl(url: string): { connectionString: string; schema: string } {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? 'public';
  u.searchParams.delete('schema');
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`schema '${schema}' must be a plain identifier (letters, digits, underscore)`);
  }
  return { connectionString: u.toString(), schema };
}

/** Bound parameters of a query under construction: `p.add(v)` returns its `$n`. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

/**
 * Runs a statement of the write path as a named prepared statement: PostgreSQL parses and plans
 * it once per connection, not once per batch (the write statement alone takes a planner a
 * noticeable fraction of a batch). Names are per connection, and a pool serves one schema.
 */
function prepared(c: pg.PoolClient, name: string, text: string, values: unknown[]): Promise<pg.QueryResult> {
  return c.query({ name, text, values });
}

/** The PostgreSQL implementation of {@link Store}. */
export class PostgresStore implements Store {
  readonly kind = 'postgres';
  /** The connection pool; the queue shares it (same database, same schema). */
  readonly pool: pg.Pool;
  /** The schema holding the tables. */
  readonly schema: string;
  private postgis = false;

  private constructor(pool: pg.Pool, schema: string) {
    this.pool = pool;
    this.schema = schema;
  }

  /**
   * Connects to `url` (`postgres://user@host:port/db`, optionally `?schema=NAME`), creating the
   * schema and migrating it if needed.
   */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const { connectionString, schema } = parsePostgresUrl(url);
    const pool = new pg.Pool({
      connectionString,
      max: options.poolSize ?? 4,
      options: `-c search_path=${schema}${options.synchronousCommit === false ? ' -c synchronous_commit=off' : ''}`,
      application_name: 'dateline',
    });
    // An idle connection dropped by the server must not crash the process; the next query
    // opens a new one.
    pool.on('error', () => {});
    const store = new PostgresStore(pool, schema);
    try {
      await store.migrate(options.postgis ?? true);
    } catch (e) {
      await pool.end();
      throw e;
    }
    return store;
  }

  /** Whether `near` filters run on PostGIS (else: bounding box and haversine in SQL). */
  get usesPostgis(): boolean {
    return this.postgis;
  }

  private async migrate(wantPostgis: boolean): Promise<void> {
    await this.inTransaction(async (c) => {
      // One migrator at a time, across every process starting against this database.
      await c.query(`SELECT pg_advisory_xact_lock(hashtextextended('dateline-migrate:' || $1, 0))`, [this.schema]);
      await c.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`);
      await c.query('CREATE TABLE IF NOT EXISTS dateline_schema (version INTEGER NOT NULL, postgis BOOLEAN NOT NULL)');
      const row = (await c.query('SELECT version, postgis FROM dateline_schema')).rows[0] as
        { version: number; postgis: boolean } | undefined;
      const version = row?.version ?? 0;
      if (version > POSTGRES_MIGRATIONS.length) {
        throw new Error(
          `database schema version ${version} is newer than this Dateline understands (${POSTGRES_MIGRATIONS.length})`,
        );
      }
      for (let v = version; v < POSTGRES_MIGRATIONS.length; v++) await c.query(POSTGRES_MIGRATIONS[v]!);
      let postgis = row?.postgis ?? false;
      if (wantPostgis && !postgis) {
        const available = (await c.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'`)).rowCount;
        if (available) {
          await c.query('SAVEPOINT postgis');
          try {
            await c.query('CREATE EXTENSION IF NOT EXISTS postgis');
            await c.query(POSTGIS_MIGRATION);
            postgis = true;
          } catch {
            // Installed but not creatable by this user: keep the fallback.
            await c.query('ROLLBACK TO SAVEPOINT postgis');
          }
        }
      }
      await c.query('DELETE FROM dateline_schema');
      await c.query('INSERT INTO dateline_schema(version, postgis) VALUES ($1, $2)', [
        POSTGRES_MIGRATIONS.length,
        postgis,
      ]);
      this.postgis = postgis && wantPostgis;
    });
  }

  /**
   * Runs `fn` in a transaction on one connection, retrying the whole of it on a deadlock or a
   * serialization failure. `fn` must therefore be safe to run again.
   */
  async inTransaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(client);
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        if (retryable(e) && attempt < RETRIES) {
          await new Promise((r) => setTimeout(r, 5 * attempt * Math.random()));
          continue;
        }
        if ((e as { code?: string }).code === '53100') {
          throw new StoreFullError(
            `PostgreSQL: disk full (${(e as Error).message}); this batch was not written, the store is unchanged`,
          );
        }
        throw e;
      } finally {
        client.release();
      }
    }
  }

  async knownHashes(hashes: string[]): Promise<Set<string>> {
    if (hashes.length === 0) return new Set();
    const { rows } = await this.pool.query(
      'SELECT hash FROM documents WHERE hash = ANY($1) UNION ALL SELECT hash FROM errors WHERE hash = ANY($1)',
      [hashes],
    );
    return new Set(rows.map((r: Row) => r.hash as string));
  }

  async writeBatch(documents: DocumentWrite[], errors: ErrorWrite[] = []): Promise<BatchResult> {
    return this.writeBatchWith(documents, errors);
  }

  /**
   * {@link writeBatch}, with `also` run in the same transaction: the queue marks its jobs done
   * there, so that a job is finished exactly when its documents are written.
   */
  async writeBatchWith(
    documents: DocumentWrite[],
    errors: ErrorWrite[],
    also?: (client: pg.PoolClient) => Promise<void>,
  ): Promise<BatchResult> {
    return this.inTransaction(async (c) => {
      const result = await this.writeIn(c, documents, errors);
      if (also) await also(c);
      return result;
    });
  }

  private async writeIn(c: pg.PoolClient, documents: DocumentWrite[], errors: ErrorWrite[]): Promise<BatchResult> {
    const result: BatchResult = { documents: 0, events: 0, errors: 0 };
    if (documents.length === 0 && errors.length === 0) return result;
    // First one of each hash in the batch.
    const byHash = new Map<string, DocumentWrite>();
    for (const d of documents) if (!byHash.has(d.hash)) byHash.set(d.hash, d);
    const docs = [...byHash.values()].map((d) => ({
      d,
      bands: d.minhash.length > 0 ? bandKeys(d.minhash) : [],
      events: d.record.events.map((ev) => ({ ev, key: matchKey(ev) })),
    }));

    const lockKeys = new Set<string>();
    // Each event's candidate window, for the read of candidate clusters.
    const windowTypes: string[] = [];
    const windowLo: number[] = [];
    const windowHi: number[] = [];
    let eventCount = 0;
    for (const { d, bands, events } of docs) {
      lockKeys.add(`h:${d.hash}`);
      for (const b of bands) lockKeys.add(`b:${b}`);
      eventCount += events.length;
      for (const { key: k } of events) {
        if (!k) continue;
        const lo = k.dayLo - WINDOW;
        const hi = k.dayHi + WINDOW;
        for (let b = Math.floor(lo / BUCKET_DAYS); b <= Math.floor(hi / BUCKET_DAYS); b++)
          lockKeys.add(`c:${k.type}:${b}`);
        windowTypes.push(k.type);
        windowLo.push(lo);
        windowHi.push(hi);
      }
    }
    if (lockKeys.size > 0) {
      await prepared(
        c,
        'dl_lock',
        `SELECT pg_advisory_xact_lock(h) FROM
           (SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest($1::text[]) AS k ORDER BY h) AS s`,
        [[...lockKeys]],
      );
    }

    // Everything the batch decides on, read in one statement after the locks (so that it sees
    // what the previous holder of any of them committed), with the ids it may need.
    const allBands = [...new Set(docs.flatMap((x) => x.bands))];
    const { rows } = await prepared(
      c,
      'dl_read',
      `SELECT
         (SELECT COALESCE(json_agg(hash), '[]') FROM documents WHERE hash = ANY($1::text[])) AS stored,
         (SELECT COALESCE(json_agg(json_build_object('band', b.band::text, 'id', d.id::text,
             'dup', d.duplicate_of::text, 'mh', encode(d.minhash, 'hex'))), '[]')
          FROM document_bands b JOIN documents d ON d.id = b.document_id WHERE b.band = ANY($2::bigint[])) AS bands,
         (SELECT COALESCE(json_agg(json_build_object('id', id::text, 'type', type, 'day_lo', day_lo,
             'day_hi', day_hi, 'lat', lat, 'lon', lon, 'country', country, 'parties_json', parties_json,
             'date_earliest', date_earliest, 'date_latest', date_latest) ORDER BY id), '[]')
          FROM clusters WHERE id IN (
            -- Per event, not over the batch's whole date span: one far-off date in a batch must
            -- not make it read every cluster of years.
            SELECT c.id FROM unnest($3::text[], $4::int[], $5::int[]) AS w(type, lo, hi)
            JOIN clusters c ON c.type = w.type AND c.day_lo BETWEEN w.lo - $8::int AND w.hi AND c.day_hi >= w.lo))
          AS clusters,
         (SELECT array_agg(nextval('documents_id_seq')::text) FROM generate_series(1, $6)) AS doc_ids,
         (SELECT array_agg(nextval('clusters_id_seq')::text) FROM generate_series(1, $7)) AS cluster_ids,
         (SELECT array_agg(nextval('events_id_seq')::text) FROM generate_series(1, $7)) AS event_ids`,
      [docs.map((x) => x.d.hash), allBands, windowTypes, windowLo, windowHi, docs.length, eventCount, LONGEST_SPAN],
    );
    const read = rows[0] as {
      stored: string[];
      bands: { band: string; id: string; dup: string | null; mh: string }[];
      clusters: Row[];
      doc_ids: string[] | null;
      cluster_ids: string[] | null;
      event_ids: string[] | null;
    };
    const ascending = (ids: string[] | null) => (ids ?? []).sort((a, b) => Number(a) - Number(b));
    const stored = new Set(read.stored);
    const fresh = docs.filter(({ d }) => !stored.has(d.hash));
    const ids = ascending(read.doc_ids).slice(0, fresh.length);
    if (fresh.length === 0 && errors.length === 0) return result;
    const duplicateOf = duplicatesOf(fresh, ids, read.bands);

    const docRows = fresh.map(({ d }, i) => {
      const meta = d.record.document;
      return {
        id: ids[i],
        hash: d.hash,
        record_id: d.record.id,
        input: d.input,
        title: meta.title ?? null,
        published: meta.published ?? null,
        outlet: meta.outlet ?? null,
        url: meta.url ?? null,
        author: meta.author ?? null,
        language: meta.language ?? null,
        text: d.text,
        duplicate_of: duplicateOf[i] ?? null,
        minhash: packSignature(d.minhash).toString('hex'),
      };
    });
    const bandDocs: string[] = [];
    const bandValues: number[] = [];
    const places: Row[] = [];
    const actors: Row[] = [];
    const records: Row[] = [];
    fresh.forEach(({ d, bands }, i) => {
      const id = ids[i]!;
      for (const b of bands) {
        bandDocs.push(id);
        bandValues.push(b);
      }
      const { text: _text, ...record } = d.record;
      records.push({ document_id: id, json: record });
      for (const p of d.record.places) {
        places.push({
          document_id: id,
          record_place_id: p.id,
          start: p.start,
          end: p.end,
          name: p.name,
          lat: p.lat,
          lon: p.lon,
          country: p.country ?? null,
          admin1: p.admin1 ?? null,
          geonameid: p.geonameid ?? null,
          feature_code: p.featureCode ?? null,
          use: p.use,
        });
      }
      for (const e of d.record.entities) {
        if (!e.actor) continue;
        actors.push({
          document_id: id,
          record_entity_id: e.id,
          start: e.start,
          end: e.end,
          name: e.actor.name,
          norm: normalizeName(e.actor.name),
          kind: e.actor.kind,
          country: e.actor.country ?? null,
          acled: e.actor.acled ?? null,
        });
      }
    });
    const plan = planEvents(
      fresh.map(({ events }, i) => ({ docId: ids[i]!, events })),
      read.clusters.map(batchClusterOf),
      ascending(read.cluster_ids),
      ascending(read.event_ids),
    );

    // One statement writes it all: PostgreSQL runs every data-modifying WITH clause, and checks
    // the foreign keys at the end of the statement.
    const { rows: written } = await prepared(
      c,
      'dl_write',
      `WITH
       docs AS (
         INSERT INTO documents(id, hash, record_id, input, title, published, outlet, url, author, language, text,
           duplicate_of, minhash)
         SELECT id, hash, record_id, input, title, published, outlet, url, author, language, text, duplicate_of,
           decode(minhash, 'hex')
         FROM json_to_recordset($1::json) AS x(id bigint, hash text, record_id text, input text, title text,
           published text, outlet text, url text, author text, language text, text text, duplicate_of bigint,
           minhash text)
         RETURNING 1),
       bands AS (
         INSERT INTO document_bands(band, document_id) SELECT * FROM unnest($2::bigint[], $3::bigint[]) RETURNING 1),
       recs AS (
         INSERT INTO records(document_id, json)
         SELECT document_id, json FROM json_to_recordset($4::json) AS x(document_id bigint, json json)
         RETURNING 1),
       pl AS (
         INSERT INTO places(document_id, record_place_id, start, "end", name, lat, lon, country, admin1, geonameid,
           feature_code, use)
         SELECT * FROM json_to_recordset($5::json) AS x(document_id bigint, record_place_id text, start int,
           "end" int, name text, lat float8, lon float8, country text, admin1 text, geonameid bigint,
           feature_code text, use text)
         RETURNING 1),
       ac AS (
         INSERT INTO actors(document_id, record_entity_id, start, "end", name, norm, kind, country, acled)
         SELECT * FROM json_to_recordset($6::json) AS x(document_id bigint, record_entity_id text, start int,
           "end" int, name text, norm text, kind text, country text, acled text)
         RETURNING 1),
       cl AS (
         INSERT INTO clusters(id, type, mode, acled_type, acled_sub, date_value, day_lo, day_hi, date_earliest,
           date_latest, location_json, lat, lon, country, admin1, actors_json, targets_json, parties_json,
           fatalities, injuries, arrests, factuality, sources, reports, outlets_json)
         SELECT id, type, mode, acled_type, acled_sub, date_value, day_lo, day_hi, date_earliest, date_latest,
           location_json, lat, lon, country, admin1, actors_json, targets_json, parties_json, fatalities, injuries,
           arrests, factuality, 0, 0, '[]'
         FROM json_to_recordset($7::json) AS x(id bigint, type text, mode text, acled_type text, acled_sub text,
           date_value text, day_lo int, day_hi int, date_earliest text, date_latest text, location_json text,
           lat float8, lon float8, country text, admin1 text, actors_json text, targets_json text,
           parties_json text, fatalities float8, injuries float8, arrests float8, factuality text)
         RETURNING 1),
       cu AS (
         UPDATE clusters c SET date_earliest = x.date_earliest, date_latest = x.date_latest,
           parties_json = x.parties_json
         FROM json_to_recordset($8::json) AS x(id bigint, date_earliest text, date_latest text, parties_json text)
         WHERE c.id = x.id
         RETURNING 1),
       ev AS (
         INSERT INTO events(id, document_id, cluster_id, record_event_id, type, mode, acled_type, acled_sub,
           date_value, day_lo, day_hi, location_name, lat, lon, country, admin1, precision, fatalities, injuries,
           arrests, size_low, size_high, factuality, confidence, json)
         SELECT * FROM json_to_recordset($9::json) AS x(id bigint, document_id bigint, cluster_id bigint,
           record_event_id text, type text, mode text, acled_type text, acled_sub text, date_value text,
           day_lo int, day_hi int, location_name text, lat float8, lon float8, country text, admin1 text,
           precision text, fatalities float8, injuries float8, arrests float8, size_low float8, size_high float8,
           factuality text, confidence float8, json json)
         RETURNING 1),
       pa AS (
         INSERT INTO event_parties(event_id, cluster_id, role, name, norm, kind, country)
         SELECT * FROM json_to_recordset($10::json) AS x(event_id bigint, cluster_id bigint, role text, name text,
           norm text, kind text, country text)
         RETURNING 1),
       evi AS (
         INSERT INTO evidence(event_id, field, start, "end")
         SELECT * FROM unnest($11::bigint[], $12::text[], $13::int[], $14::int[])
         RETURNING 1),
       so AS (
         INSERT INTO event_sources(event_id, name, attribution)
         SELECT * FROM json_to_recordset($15::json) AS x(event_id bigint, name text, attribution text)
         RETURNING 1),
       er AS (
         INSERT INTO errors(hash, input, message) SELECT * FROM unnest($16::text[], $17::text[], $18::text[])
         ON CONFLICT (hash) DO NOTHING
         RETURNING 1)
       SELECT (SELECT COUNT(*) FROM er)::int AS errors`,
      [
        pgJson(docRows),
        bandValues,
        bandDocs,
        pgJson(records),
        pgJson(places),
        pgJson(actors),
        pgJson(plan.created.map(clusterRow)),
        pgJson(
          plan.joined.map((cl) => ({
            id: cl.id,
            date_earliest: cl.earliest,
            date_latest: cl.latest,
            parties_json: JSON.stringify(cl.key.parties),
          })),
        ),
        pgJson(plan.eventRows),
        pgJson(plan.partyRows),
        ...[0, 1, 2, 3].map((k) => plan.evidenceRows.map((r) => r[k])),
        pgJson(plan.sourceRows),
        errors.map((e) => e.hash),
        errors.map((e) => noNul(e.input)),
        errors.map((e) => noNul(e.message)),
      ],
    );
    result.errors = (written[0] as { errors: number }).errors;
    result.documents = fresh.length;
    result.events = plan.eventRows.length;
    if (this.postgis && plan.created.length > 0) {
      await c.query(
        `UPDATE clusters SET geog = ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography
         WHERE id = ANY($1::bigint[]) AND lat IS NOT NULL AND lon IS NOT NULL`,
        [plan.created.map((cl) => cl.id)],
      );
    }
    if (plan.touched.length > 0) await this.refreshClusters(c, plan.touched);
    return result;
  }

  /** Recomputes clusters' counts, outlets and parties from their reports. */
  private async refreshClusters(c: pg.PoolClient, ids: string[]): Promise<void> {
    await prepared(
      c,
      'dl_refresh',
      `UPDATE clusters c SET reports = a.reports, sources = a.sources, fatalities = a.fatalities,
         injuries = a.injuries, arrests = a.arrests,
         outlets_json = COALESCE((
           SELECT json_agg(o.outlet ORDER BY o.first)::text FROM (
             SELECT d.outlet, MIN(e.id) AS first FROM events e JOIN documents d ON d.id = e.document_id
             WHERE e.cluster_id = c.id AND d.outlet IS NOT NULL GROUP BY d.outlet) o), '[]'),
         actors_json = COALESCE((
           SELECT json_agg(json_strip_nulls(json_build_object('name', p.name, 'kind', p.kind, 'country', p.country))
             ORDER BY p.id)::text
           FROM (SELECT DISTINCT ON (norm) id, name, kind, country FROM event_parties
                 WHERE cluster_id = c.id AND role = 'actor' ORDER BY norm, id) p), '[]'),
         targets_json = COALESCE((
           SELECT json_agg(json_strip_nulls(json_build_object('name', p.name, 'kind', p.kind, 'country', p.country))
             ORDER BY p.id)::text
           FROM (SELECT DISTINCT ON (norm) id, name, kind, country FROM event_parties
                 WHERE cluster_id = c.id AND role = 'target' ORDER BY norm, id) p), '[]')
       FROM (
         SELECT e.cluster_id, COUNT(*) AS reports, COUNT(DISTINCT COALESCE(d.duplicate_of, d.id)) AS sources,
           MAX(e.fatalities) AS fatalities, MAX(e.injuries) AS injuries, MAX(e.arrests) AS arrests
         FROM events e JOIN documents d ON d.id = e.document_id
         WHERE e.cluster_id = ANY($1::bigint[]) GROUP BY e.cluster_id
       ) a
       WHERE c.id = a.cluster_id`,
      [ids],
    );
  }

  async ingestedFiles(keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const { rows } = await this.pool.query('SELECT key FROM ingested_files WHERE key = ANY($1)', [keys]);
    return new Set(rows.map((r: Row) => r.key as string));
  }

  async markFilesIngested(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.pool.query(
      'INSERT INTO ingested_files(key) SELECT * FROM unnest($1::text[]) ON CONFLICT (key) DO NOTHING',
      [keys],
    );
  }

  async getDocument(id: string): Promise<StoredDocument | undefined> {
    if (!/^\d{1,18}$/.test(id)) return undefined;
    const { rows } = await this.pool.query(`SELECT ${DOC_COLUMNS}, d.text FROM documents d WHERE d.id = $1`, [id]);
    const row = rows[0] as Row | undefined;
    return row ? { ...storedDocumentOf(row), text: row.text as string } : undefined;
  }

  async getRecord(documentId: string): Promise<DatelineRecord | undefined> {
    if (!/^\d{1,18}$/.test(documentId)) return undefined;
    const { rows } = await this.pool.query(
      'SELECT r.json, d.text FROM records r JOIN documents d ON d.id = r.document_id WHERE r.document_id = $1',
      [documentId],
    );
    const row = rows[0] as { json: DatelineRecord; text: string } | undefined;
    if (!row) return undefined;
    const { id, version, ...rest } = row.json;
    return { id, version, text: row.text, ...rest };
  }

  async getEvent(id: string): Promise<EventDetail | undefined> {
    if (!/^\d{1,18}$/.test(id)) return undefined;
    const { rows } = await this.pool.query(`SELECT ${CLUSTER_COLUMNS} FROM clusters c WHERE c.id = $1`, [id]);
    const row = rows[0] as ClusterRow | undefined;
    return row ? this.detailOf(row) : undefined;
  }

  private async detailOf(row: ClusterRow): Promise<EventDetail> {
    const { rows: reports } = await this.pool.query(
      `SELECT e.id::text AS id, e.json, d.id::text AS doc_id, d.record_id, d.title, d.outlet, d.published, d.url,
         d.duplicate_of::text AS duplicate_of
       FROM events e JOIN documents d ON d.id = e.document_id WHERE e.cluster_id = $1 ORDER BY e.id`,
      [row.id],
    );
    const event = canonicalEventOf(
      row,
      (reports as Row[]).map((r) => r.doc_id as string),
    );
    return {
      event,
      reports: (reports as Row[]).map((r): EventReport => ({
        id: r.id as string,
        eventId: event.id,
        document: {
          id: r.doc_id as string,
          recordId: r.record_id as string,
          ...(r.title !== null && { title: r.title as string }),
          ...(r.outlet !== null && { outlet: r.outlet as string }),
          ...(r.published !== null && { published: r.published as string }),
          ...(r.url !== null && { url: r.url as string }),
          ...(r.duplicate_of !== null && { duplicateOf: r.duplicate_of as string }),
        },
        event: r.json as { id: string } & EventAttrs,
      })),
    };
  }

  private where(filter: EventFilter, p: Params): string {
    const clauses: string[] = [];
    if (filter.types && filter.types.length > 0) clauses.push(`c.type = ANY(${p.add(filter.types)}::text[])`);
    if (filter.acledType) clauses.push(`lower(c.acled_type) = lower(${p.add(filter.acledType)})`);
    if (filter.country) clauses.push(`c.country = ${p.add(filter.country.toUpperCase())}`);
    if (filter.admin1) clauses.push(`lower(c.admin1) = lower(${p.add(filter.admin1)})`);
    if (filter.from) clauses.push(`c.date_latest >= ${p.add(filter.from)}`);
    if (filter.to) clauses.push(`c.date_earliest <= ${p.add(filter.to)}`);
    if (filter.near) {
      const { lat, lon, km } = filter.near;
      if (this.postgis) {
        clauses.push(
          `ST_DWithin(c.geog, ST_SetSRID(ST_MakePoint(${p.add(lon)}, ${p.add(lat)}), 4326)::geography, ${p.add(km * 1000)})`,
        );
      } else {
        // No PostGIS: a bounding box the (lat, lon) index answers, then the exact great-circle
        // distance (the haversine formula, as the SQLite store computes it) on what remains.
        const dLat = km / 111.2;
        const dLon = km / (111.2 * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
        const la = p.add(lat);
        const lo = p.add(lon);
        clauses.push(
          `c.lat BETWEEN ${p.add(lat - dLat)} AND ${p.add(lat + dLat)}
           AND c.lon BETWEEN ${p.add(lon - dLon)} AND ${p.add(lon + dLon)}
           AND 2 * 6371 * asin(least(1, sqrt(
             power(sin(radians(c.lat - ${la}::float8) / 2), 2)
             + cos(radians(${la}::float8)) * cos(radians(c.lat)) * power(sin(radians(c.lon - ${lo}::float8) / 2), 2)
           ))) <= ${p.add(km)}`,
        );
      }
    }
    if (filter.actor) {
      clauses.push(
        `c.id IN (SELECT cluster_id FROM event_parties WHERE norm LIKE ${p.add(`%${normalizeName(filter.actor)}%`)}
           OR name ILIKE ${p.add(`%${filter.actor}%`)})`,
      );
    }
    if (filter.text) {
      const q = tsQuerySql(filter.text, p);
      clauses.push(
        q
          ? `c.id IN (SELECT e.cluster_id FROM events e JOIN documents d ON d.id = e.document_id WHERE d.tsv @@ ${q})`
          : 'false',
      );
    }
    if (filter.minSources !== undefined) clauses.push(`c.sources >= ${p.add(filter.minSources)}`);
    return clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
  }

  private async canonicalList(rows: ClusterRow[]): Promise<CanonicalEvent[]> {
    if (rows.length === 0) return [];
    const { rows: docs } = await this.pool.query(
      `SELECT cluster_id::text AS id, array_agg(DISTINCT document_id::text) AS docs FROM events
       WHERE cluster_id = ANY($1::bigint[]) GROUP BY cluster_id`,
      [rows.map((r) => r.id)],
    );
    const byId = new Map((docs as Row[]).map((r) => [r.id as string, r.docs as string[]]));
    return rows.map((r) =>
      canonicalEventOf(
        r,
        [...(byId.get(r.id) ?? [])].sort((a, b) => Number(a) - Number(b)),
      ),
    );
  }

  async listEvents(filter: EventFilter = {}, page?: PageRequest): Promise<CanonicalEvent[]> {
    const [limit, offset] = pageLimits(page);
    const p = new Params();
    const where = this.where(filter, p);
    const { rows } = await this.pool.query(
      `SELECT ${CLUSTER_COLUMNS} FROM clusters c ${where} ORDER BY c.day_lo DESC, c.id DESC
       LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`,
      p.values,
    );
    return this.canonicalList(rows as ClusterRow[]);
  }

  async listEventsJson(filter: EventFilter = {}, page?: PageRequest): Promise<string> {
    return JSON.stringify(await this.listEvents(filter, page));
  }

  async listEventPoints(filter: EventFilter = {}, page?: PageRequest): Promise<EventPoint[]> {
    const [limit, offset] = pageLimits(page);
    const p = new Params();
    const where = this.where(filter, p);
    const { rows } = await this.pool.query(
      `SELECT c.id::text AS id, substr(c.date_earliest, 1, 10) AS day, c.type,
              CASE WHEN c.location_json IS NULL THEN NULL ELSE c.lat END AS lat,
              CASE WHEN c.location_json IS NULL THEN NULL ELSE c.lon END AS lon,
              CASE WHEN c.location_json IS NULL THEN NULL ELSE c.country END AS country, c.sources
       FROM clusters c ${where}
       ORDER BY c.day_lo DESC, c.id DESC LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`,
      p.values,
    );
    return rows as EventPoint[];
  }

  async countEvents(filter: EventFilter = {}): Promise<number> {
    const p = new Params();
    const where = this.where(filter, p);
    const { rows } = await this.pool.query(`SELECT COUNT(*)::int AS n FROM clusters c ${where}`, p.values);
    return (rows[0] as { n: number }).n;
  }

  async *iterateEvents(filter: EventFilter = {}): AsyncIterable<EventDetail> {
    const p = new Params();
    const where = this.where(filter, p);
    const { rows } = await this.pool.query(
      `SELECT c.id::text AS id FROM clusters c ${where} ORDER BY c.day_lo, c.id`,
      p.values,
    );
    for (const { id } of rows as { id: string }[]) {
      const { rows: one } = await this.pool.query(`SELECT ${CLUSTER_COLUMNS} FROM clusters c WHERE c.id = $1`, [id]);
      if (one[0]) yield await this.detailOf(one[0] as ClusterRow);
    }
  }

  async search(query: string, page?: PageRequest): Promise<SearchHit[]> {
    const [limit, offset] = pageLimits(page);
    const p = new Params();
    const q = tsQuerySql(query, p);
    if (!q) return [];
    const { rows } = await this.pool.query(
      `WITH q AS (SELECT ${q} AS q)
       SELECT ${DOC_COLUMNS},
         ts_headline('simple', d.text, q.q, 'StartSel=[, StopSel=], MaxWords=16, MinWords=6, ShortWord=1')
           AS snippet,
         -ts_rank_cd(d.tsv, q.q) AS rank
       FROM documents d, q WHERE d.tsv @@ q.q ORDER BY rank, d.id LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`,
      p.values,
    );
    return (rows as Row[]).map((r) => ({
      document: storedDocumentOf(r),
      snippet: r.snippet as string,
      rank: Number(r.rank),
    }));
  }

  async listErrors(page?: PageRequest): Promise<StoredError[]> {
    const [limit, offset] = pageLimits(page);
    const { rows } = await this.pool.query(
      'SELECT input, message, at FROM errors ORDER BY id DESC LIMIT $1 OFFSET $2',
      [limit, offset],
    );
    return (rows as Row[]).map((r) => ({
      input: r.input as string,
      message: r.message as string,
      at: (r.at as Date).toISOString(),
    }));
  }

  async stats(): Promise<StoreStats> {
    // One statement, one snapshot: the counts agree with each other while workers write.
    const { rows } = await this.pool.query(`SELECT
      (SELECT COUNT(*) FROM documents)::int AS documents,
      (SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL)::int AS duplicates,
      (SELECT COUNT(*) FROM records)::int AS records,
      (SELECT COUNT(*) FROM events)::int AS events,
      (SELECT COUNT(*) FROM clusters)::int AS "mergedEvents",
      (SELECT COUNT(DISTINCT outlet) FROM documents)::int AS sources,
      (SELECT COUNT(*) FROM errors)::int AS errors`);
    return rows[0] as StoreStats;
  }

  async changeMark(): Promise<string> {
    // The server's snapshot: the transactions in progress and the next transaction id. A write
    // becomes visible when its transaction ends, which changes the snapshot (it leaves the
    // in-progress list, or the next id moved past it). Any other writing transaction changes it
    // too: a needless cache miss, never a stale read.
    const { rows } = await this.pool.query('SELECT txid_current_snapshot()::text AS mark');
    return (rows[0] as { mark: string }).mark;
  }

  async check(): Promise<string[]> {
    const problems: string[] = [];
    const { rows } = await this.pool.query(`SELECT
      (SELECT COUNT(*) FROM documents d WHERE NOT EXISTS
        (SELECT 1 FROM records r WHERE r.document_id = d.id))::int AS orphans,
      (SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = e.document_id)
        OR NOT EXISTS (SELECT 1 FROM clusters c WHERE c.id = e.cluster_id))::int AS orphan_events,
      (SELECT COALESCE(SUM(json_array_length(json->'events')), 0) FROM records)::int AS expected,
      (SELECT COUNT(*) FROM events)::int AS stored,
      (SELECT COUNT(*) FROM clusters c WHERE c.reports <>
        (SELECT COUNT(*) FROM events e WHERE e.cluster_id = c.id))::int AS bad_clusters,
      (SELECT COUNT(*) FROM (SELECT document_id FROM events GROUP BY document_id, record_event_id
        HAVING COUNT(*) > 1) x)::int AS doubled`);
    const r = rows[0] as {
      orphans: number;
      orphan_events: number;
      expected: number;
      stored: number;
      bad_clusters: number;
      doubled: number;
    };
    if (r.orphans > 0) problems.push(`${r.orphans} documents without a record`);
    if (r.orphan_events > 0) problems.push(`${r.orphan_events} event reports of a missing document or event`);
    if (r.expected !== r.stored) problems.push(`records hold ${r.expected} events but ${r.stored} are stored`);
    if (r.bad_clusters > 0) problems.push(`${r.bad_clusters} merged events with a wrong report count`);
    if (r.doubled > 0) problems.push(`${r.doubled} event reports stored more than once`);
    return problems;
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => {});
  }
}

const DOC_COLUMNS = `d.id::text AS id, d.hash, d.record_id, d.input, d.title, d.published, d.outlet, d.url,
  d.author, d.language, d.duplicate_of::text AS duplicate_of, d.ingested_at`;

const CLUSTER_COLUMNS = `c.id::text AS id, c.type, c.mode, c.acled_type, c.acled_sub, c.date_value, c.day_lo,
  c.day_hi, c.date_earliest, c.date_latest, c.location_json, c.lat, c.lon, c.country, c.admin1, c.actors_json,
  c.targets_json, c.fatalities, c.injuries, c.arrests, c.factuality, c.sources, c.reports, c.outlets_json`;

function clusterRow(cl: BatchCluster): Row {
  const ev = cl.first!;
  const loc = ev.location;
  const key = matchKey(ev);
  return {
    id: cl.id,
    type: ev.type,
    mode: ev.mode ?? null,
    acled_type: ev.acled?.eventType ?? null,
    acled_sub: ev.acled?.subEventType ?? null,
    date_value: ev.date.value,
    day_lo: key?.dayLo ?? -1e9,
    day_hi: key?.dayHi ?? -1e9,
    date_earliest: cl.earliest,
    date_latest: cl.latest,
    location_json: loc
      ? JSON.stringify({
          name: loc.name,
          lat: loc.lat,
          lon: loc.lon,
          country: loc.country,
          ...(loc.admin1 !== undefined && { admin1: loc.admin1 }),
          precision: loc.precision,
        })
      : null,
    lat: cl.key.lat ?? null,
    lon: cl.key.lon ?? null,
    country: loc?.country ?? null,
    admin1: loc?.admin1 ?? null,
    actors_json: JSON.stringify(ev.actors.map(eventParty)),
    targets_json: JSON.stringify(ev.targets.map(eventParty)),
    parties_json: JSON.stringify(cl.key.parties),
    fatalities: ev.fatalities ?? null,
    injuries: ev.injuries ?? null,
    arrests: ev.arrests ?? null,
    factuality: ev.factuality,
  };
}

/**
 * Near-duplicate links of new documents: the earliest stored (or earlier in the batch) document
 * of estimated Jaccard ≥ the threshold, resolved to its original. `stored` lists the stored
 * documents sharing a band with one of them.
 */
function duplicatesOf(
  fresh: { d: DocumentWrite; bands: number[] }[],
  ids: string[],
  stored: { band: string; id: string; dup: string | null; mh: string }[],
): (string | undefined)[] {
  const byBand = new Map<number, string[]>();
  const known = new Map<string, { sig: number[]; duplicateOf: string | null }>();
  const addBand = (band: number, id: string) => {
    const list = byBand.get(band);
    if (list) list.push(id);
    else byBand.set(band, [id]);
  };
  for (const r of stored) {
    addBand(Number(r.band), r.id);
    if (!known.has(r.id)) known.set(r.id, { sig: unpackSignature(Buffer.from(r.mh, 'hex')), duplicateOf: r.dup });
  }
  return fresh.map(({ d, bands }, i) => {
    const candidates = new Set<string>();
    for (const b of bands) for (const id of byBand.get(b) ?? []) candidates.add(id);
    let dup: string | undefined;
    for (const id of [...candidates].sort((a, b) => Number(a) - Number(b))) {
      const k = known.get(id)!;
      if (estimateJaccard(d.minhash, k.sig) >= DUPLICATE_THRESHOLD) {
        dup = k.duplicateOf ?? id;
        break;
      }
    }
    // Later documents of the batch see this one as stored.
    const id = ids[i]!;
    known.set(id, { sig: d.minhash, duplicateOf: dup ?? null });
    for (const b of bands) addBand(b, id);
    return dup;
  });
}

function batchClusterOf(r: Row): BatchCluster {
  return {
    id: r.id as string,
    key: {
      type: r.type as PloverType,
      dayLo: r.day_lo as number,
      dayHi: r.day_hi as number,
      ...(r.lat !== null && { lat: r.lat as number, lon: r.lon as number }),
      ...(r.country !== null && { country: r.country as string }),
      parties: JSON.parse(r.parties_json as string) as string[],
    },
    earliest: r.date_earliest as string,
    latest: r.date_latest as string,
    isNew: false,
    changed: false,
  };
}

/** What merging decided for a batch's events, as rows to write. */
interface EventPlan {
  created: BatchCluster[];
  joined: BatchCluster[];
  eventRows: Row[];
  partyRows: Row[];
  evidenceRows: [string, string, number, number][];
  sourceRows: Row[];
  touched: string[];
}

/**
 * Merges the events of new documents, in order, into the candidate clusters (and into the
 * clusters earlier events of the batch created): the same decisions, one report at a time, as
 * the SQLite store makes.
 */
function planEvents(
  docs: { docId: string; events: { ev: { id: string } & EventAttrs; key: MatchKey | undefined }[] }[],
  clusters: BatchCluster[],
  clusterIds: string[],
  eventIds: string[],
): EventPlan {
  const plan: EventPlan = {
    created: [],
    joined: [],
    eventRows: [],
    partyRows: [],
    evidenceRows: [],
    sourceRows: [],
    touched: [],
  };
  const touched = new Set<string>();
  let n = 0;
  for (const { docId, events } of docs) {
    const used = new Set<string>();
    for (const { ev, key } of events) {
      const i = n++;
      let cluster: BatchCluster | undefined;
      if (key) {
        // Blocking as in the SQLite store: same type, date ranges within the window of each
        // other, and the same country when both are known.
        const candidates = clusters.filter(
          (cl) =>
            cl.key.type === key.type &&
            cl.key.dayHi >= key.dayLo - WINDOW &&
            cl.key.dayLo <= key.dayHi + WINDOW &&
            (key.country === undefined || cl.key.country === undefined || cl.key.country === key.country) &&
            !used.has(cl.id),
        );
        cluster = bestMatch(key, candidates);
        if (cluster) {
          const parties = new Set(cluster.key.parties);
          for (const p of key.parties) parties.add(p);
          cluster.key.parties = [...parties].sort();
          const earliest = dayToIso(key.dayLo);
          const latest = dayToIso(key.dayHi);
          if (earliest < cluster.earliest) cluster.earliest = earliest;
          if (latest > cluster.latest) cluster.latest = latest;
          cluster.changed = true;
        }
      }
      const loc = ev.location;
      if (!cluster) {
        cluster = {
          id: clusterIds[i]!,
          // An undatable event gets an impossible block so that nothing merges into it.
          key: key ?? { type: ev.type, dayLo: -1e9, dayHi: -1e9, parties: [] },
          earliest: key ? dayToIso(key.dayLo) : ev.date.value,
          latest: key ? dayToIso(key.dayHi) : ev.date.value,
          isNew: true,
          changed: false,
          first: ev,
        };
        if (!key && loc && Number.isFinite(loc.lat) && Number.isFinite(loc.lon)) {
          cluster.key.lat = loc.lat;
          cluster.key.lon = loc.lon;
        }
        plan.created.push(cluster);
        if (key) clusters.push(cluster);
      }
      used.add(cluster.id);
      touched.add(cluster.id);
      const eventId = eventIds[i]!;
      plan.eventRows.push({
        id: eventId,
        document_id: docId,
        cluster_id: cluster.id,
        record_event_id: ev.id,
        type: ev.type,
        mode: ev.mode ?? null,
        acled_type: ev.acled?.eventType ?? null,
        acled_sub: ev.acled?.subEventType ?? null,
        date_value: ev.date.value,
        day_lo: key?.dayLo ?? null,
        day_hi: key?.dayHi ?? null,
        location_name: loc?.name ?? null,
        lat: loc && Number.isFinite(loc.lat) ? loc.lat : null,
        lon: loc && Number.isFinite(loc.lon) ? loc.lon : null,
        country: loc?.country ?? null,
        admin1: loc?.admin1 ?? null,
        precision: loc?.precision ?? null,
        fatalities: ev.fatalities ?? null,
        injuries: ev.injuries ?? null,
        arrests: ev.arrests ?? null,
        size_low: ev.size?.low ?? null,
        size_high: ev.size?.high ?? null,
        factuality: ev.factuality,
        confidence: ev.confidence,
        json: ev,
      });
      const addEvidence = (field: string, spans: { start: number; end: number }[] | undefined) => {
        for (const s of spans ?? []) plan.evidenceRows.push([eventId, field, s.start, s.end]);
      };
      for (const [role, list] of [
        ['actor', ev.actors],
        ['target', ev.targets],
      ] as const) {
        for (const p of list) {
          plan.partyRows.push({
            event_id: eventId,
            cluster_id: cluster.id,
            role,
            name: p.name,
            norm: normalizeName(p.name),
            kind: p.kind,
            country: p.country ?? null,
          });
          addEvidence(role, p.evidence);
        }
      }
      addEvidence('date', ev.date.evidence);
      addEvidence('location', ev.location?.evidence);
      addEvidence('size', ev.size?.evidence);
      for (const cnt of ev.counts ?? []) addEvidence(cnt.what, cnt.evidence);
      for (const cl of ev.claims) addEvidence('claim', cl.evidence);
      addEvidence('mention', ev.mentions);
      for (const s of ev.sources) {
        plan.sourceRows.push({ event_id: eventId, name: s.name, attribution: s.attribution ?? null });
      }
    }
  }
  plan.joined = clusters.filter((cl) => !cl.isNew && cl.changed);
  plan.touched = [...touched];
  return plan;
}
