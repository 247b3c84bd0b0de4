/**
 * The PostgreSQL schema, as numbered migrations. A database records the last one applied in
 * `dateline_schema(version)`; opening it applies the rest in one transaction under an advisory
 * lock, so that several workers starting at once migrate it once.
 *
 * The tables mirror the SQLite store's; what differs is what PostgreSQL does better: a stored
 * `tsvector` column with a GIN index for full-text search, a plain (lat, lon) B-tree for the
 * bounding-box prefilter of spatial queries (PostGIS adds a geography column, see
 * {@link POSTGIS_MIGRATION}), and the job queue of distributed ingestion in the same database,
 * so that a job is marked done in the very transaction that writes its documents.
 */

/** Migration n (1-based) is `POSTGRES_MIGRATIONS[n - 1]`. Append only; never edit a released one. */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE documents (
    id BIGSERIAL PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    record_id TEXT NOT NULL,
    input TEXT NOT NULL,
    title TEXT, published TEXT, outlet TEXT, url TEXT, author TEXT, language TEXT,
    text TEXT NOT NULL,
    duplicate_of BIGINT REFERENCES documents(id),
    minhash BYTEA,
    ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- 'simple': no stemming and no stop words, as SQLite's unicode61 tokenizer, so that both
    -- stores answer a query alike; titles weigh more than body text.
    tsv TSVECTOR GENERATED ALWAYS AS (
      setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', text), 'B')
    ) STORED
  );
  CREATE INDEX documents_published ON documents(published);
  CREATE INDEX documents_tsv ON documents USING GIN (tsv);
  CREATE TABLE records (
    document_id BIGINT PRIMARY KEY REFERENCES documents(id),
    json JSON NOT NULL
  );
  -- MinHash LSH bands: documents sharing a band are near-duplicate candidates.
  CREATE TABLE document_bands (band BIGINT NOT NULL, document_id BIGINT NOT NULL);
  CREATE INDEX document_bands_band ON document_bands(band);

  -- Canonical (merged) events; the merge key is the first report's (see the SQLite schema).
  CREATE TABLE clusters (
    id BIGSERIAL PRIMARY KEY,
    type TEXT NOT NULL, mode TEXT, acled_type TEXT, acled_sub TEXT,
    date_value TEXT NOT NULL, day_lo INTEGER NOT NULL, day_hi INTEGER NOT NULL,
    date_earliest TEXT NOT NULL, date_latest TEXT NOT NULL,
    location_json TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, country TEXT, admin1 TEXT,
    actors_json TEXT NOT NULL, targets_json TEXT NOT NULL, parties_json TEXT NOT NULL,
    fatalities INTEGER, injuries INTEGER, arrests INTEGER,
    factuality TEXT NOT NULL,
    sources INTEGER NOT NULL, reports INTEGER NOT NULL, outlets_json TEXT NOT NULL
  );
  CREATE INDEX clusters_block ON clusters(type, day_lo);
  CREATE INDEX clusters_day ON clusters(day_lo);
  CREATE INDEX clusters_country ON clusters(country, admin1);
  CREATE INDEX clusters_latlon ON clusters(lat, lon);

  CREATE TABLE events (
    id BIGSERIAL PRIMARY KEY,
    document_id BIGINT NOT NULL REFERENCES documents(id),
    cluster_id BIGINT NOT NULL REFERENCES clusters(id),
    record_event_id TEXT NOT NULL,
    type TEXT NOT NULL, mode TEXT, acled_type TEXT, acled_sub TEXT,
    date_value TEXT NOT NULL, day_lo INTEGER, day_hi INTEGER,
    location_name TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, country TEXT, admin1 TEXT, precision TEXT,
    fatalities INTEGER, injuries INTEGER, arrests INTEGER, size_low INTEGER, size_high INTEGER,
    factuality TEXT NOT NULL, confidence DOUBLE PRECISION NOT NULL,
    json JSON NOT NULL
  );
  CREATE INDEX events_document ON events(document_id);
  CREATE INDEX events_cluster ON events(cluster_id);
  CREATE TABLE event_parties (
    id BIGSERIAL PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id),
    cluster_id BIGINT NOT NULL,
    role TEXT NOT NULL, name TEXT NOT NULL, norm TEXT NOT NULL, kind TEXT NOT NULL, country TEXT
  );
  CREATE INDEX event_parties_norm ON event_parties(norm);
  CREATE INDEX event_parties_cluster ON event_parties(cluster_id);
  CREATE TABLE evidence (
    event_id BIGINT NOT NULL REFERENCES events(id),
    field TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
  );
  CREATE INDEX evidence_event ON evidence(event_id);
  CREATE TABLE event_sources (
    event_id BIGINT NOT NULL REFERENCES events(id),
    name TEXT NOT NULL, attribution TEXT
  );
  CREATE INDEX event_sources_event ON event_sources(event_id);

  CREATE TABLE places (
    document_id BIGINT NOT NULL REFERENCES documents(id),
    record_place_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    name TEXT NOT NULL, lat DOUBLE PRECISION, lon DOUBLE PRECISION, country TEXT, admin1 TEXT, geonameid BIGINT,
    feature_code TEXT, use TEXT NOT NULL
  );
  CREATE INDEX places_document ON places(document_id);
  CREATE INDEX places_country ON places(country, admin1);
  CREATE TABLE actors (
    document_id BIGINT NOT NULL REFERENCES documents(id),
    record_entity_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    name TEXT NOT NULL, norm TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, acled TEXT
  );
  CREATE INDEX actors_document ON actors(document_id);
  CREATE INDEX actors_norm ON actors(norm);

  CREATE TABLE errors (
    id BIGSERIAL PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    input TEXT NOT NULL,
    message TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL DEFAULT now()
  );

  CREATE TABLE ingested_files (key TEXT PRIMARY KEY, at TIMESTAMPTZ NOT NULL DEFAULT now());

  -- The ingestion queue (see src/queue/): one row per article, keyed by content hash so that
  -- enqueuing a collection twice queues it once. Workers claim rows with FOR UPDATE SKIP LOCKED;
  -- a claim is a lease ('active' until locked_until), and a lapsed lease is claimed again.
  CREATE TABLE queue_jobs (
    id BIGSERIAL PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    input TEXT NOT NULL,
    -- The article as JSON text (not the json type, which cannot hold an escaped U+0000).
    article TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'active', 'done', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    worker TEXT,
    locked_until TIMESTAMPTZ,
    error TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    started_at TIMESTAMPTZ,
    finished_at TIMESTAMPTZ
  );
  -- Claims scan only the open jobs, whatever the number of finished ones.
  CREATE INDEX queue_jobs_open ON queue_jobs(id) WHERE state IN ('queued', 'active');
  CREATE INDEX queue_jobs_finished ON queue_jobs(finished_at) WHERE state IN ('done', 'failed');
  `,
  // Counts and crowd sizes may be fractional ("1.5 million"), as the record schema allows.
  `
  ALTER TABLE events ALTER COLUMN fatalities TYPE DOUBLE PRECISION, ALTER COLUMN injuries TYPE DOUBLE PRECISION,
    ALTER COLUMN arrests TYPE DOUBLE PRECISION, ALTER COLUMN size_low TYPE DOUBLE PRECISION,
    ALTER COLUMN size_high TYPE DOUBLE PRECISION;
  ALTER TABLE clusters ALTER COLUMN fatalities TYPE DOUBLE PRECISION, ALTER COLUMN injuries TYPE DOUBLE PRECISION,
    ALTER COLUMN arrests TYPE DOUBLE PRECISION;
  `,
  // No foreign keys between the tables, as in the SQLite store (whose REFERENCES are not
  // enforced): every row of a document is written by one statement from one planned batch, and
  // nothing is ever deleted, so the checks could never fail — but they cost a trigger call per
  // row, a tenth of a batch's time in the database. `check()` still looks for orphans.
  `
  ALTER TABLE documents DROP CONSTRAINT IF EXISTS documents_duplicate_of_fkey;
  ALTER TABLE records DROP CONSTRAINT IF EXISTS records_document_id_fkey;
  ALTER TABLE events DROP CONSTRAINT IF EXISTS events_document_id_fkey;
  ALTER TABLE events DROP CONSTRAINT IF EXISTS events_cluster_id_fkey;
  ALTER TABLE event_parties DROP CONSTRAINT IF EXISTS event_parties_event_id_fkey;
  ALTER TABLE evidence DROP CONSTRAINT IF EXISTS evidence_event_id_fkey;
  ALTER TABLE event_sources DROP CONSTRAINT IF EXISTS event_sources_event_id_fkey;
  ALTER TABLE places DROP CONSTRAINT IF EXISTS places_document_id_fkey;
  ALTER TABLE actors DROP CONSTRAINT IF EXISTS actors_document_id_fkey;
  `,
  // Records (a few kilobytes of JSON each) and long texts are compressed as they are stored;
  // lz4 (PostgreSQL 14 and later, where built with it) compresses several times faster than the
  // default pglz for a little more space. Rows stored before keep their compression.
  `
  DO $$
  BEGIN
    IF current_setting('server_version_num')::int >= 140000 THEN
      ALTER TABLE records ALTER COLUMN json SET COMPRESSION lz4;
      ALTER TABLE documents ALTER COLUMN text SET COMPRESSION lz4;
      ALTER TABLE events ALTER COLUMN json SET COMPRESSION lz4;
    END IF;
  EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
    -- A server built without lz4 keeps pglz.
    NULL;
  END $$;
  `,
];

/**
 * Applied on top of the migrations where the PostGIS extension is installed (or can be created):
 * a geography point per merged event with a GiST index, so that `near` filters use
 * `ST_DWithin` on the index. Without PostGIS the store answers the same filter with a bounding
 * box on the (lat, lon) index and an exact haversine distance in SQL.
 */
export const POSTGIS_MIGRATION = `
  ALTER TABLE clusters ADD COLUMN IF NOT EXISTS geog geography(Point, 4326);
  UPDATE clusters SET geog = ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography
    WHERE lat IS NOT NULL AND lon IS NOT NULL AND geog IS NULL;
  CREATE INDEX IF NOT EXISTS clusters_geog ON clusters USING GIST (geog);
`;
