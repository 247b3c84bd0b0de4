/**
 * The SQLite schema, as numbered migrations. A database records the last one applied in
 * `PRAGMA user_version`; opening it applies the rest in one transaction, so an old file is
 * upgraded in place and a new one is created from the same list.
 */

/** Migration n (1-based) is `SQLITE_MIGRATIONS[n - 1]`. Append only; never edit a released one. */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    record_id TEXT NOT NULL,
    input TEXT NOT NULL,
    title TEXT, published TEXT, outlet TEXT, url TEXT, author TEXT, language TEXT,
    text TEXT NOT NULL,
    duplicate_of INTEGER REFERENCES documents(id),
    minhash BLOB,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX documents_published ON documents(published);
  CREATE TABLE records (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id),
    json TEXT NOT NULL
  );
  -- MinHash LSH bands: documents sharing a band are near-duplicate candidates.
  CREATE TABLE document_bands (
    band INTEGER NOT NULL, document_id INTEGER NOT NULL, PRIMARY KEY (band, document_id)
  ) WITHOUT ROWID;
  CREATE TABLE outlets (name TEXT PRIMARY KEY) WITHOUT ROWID;
  -- Row counts kept in step by every write, so that stats cost nothing on a large store.
  CREATE TABLE counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
  INSERT INTO counts(name, n) VALUES
    ('documents', 0), ('duplicates', 0), ('records', 0), ('events', 0), ('clusters', 0), ('errors', 0);

  -- Canonical (merged) events. The merge key (type, day_lo/day_hi, lat/lon, country, parties)
  -- is the first report's, so that a cluster does not drift as reports join it.
  CREATE TABLE clusters (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL, mode TEXT, acled_type TEXT, acled_sub TEXT,
    date_value TEXT NOT NULL, day_lo INTEGER NOT NULL, day_hi INTEGER NOT NULL,
    date_earliest TEXT NOT NULL, date_latest TEXT NOT NULL,
    location_json TEXT, lat REAL, lon REAL, country TEXT, admin1 TEXT,
    actors_json TEXT NOT NULL, targets_json TEXT NOT NULL, parties_json TEXT NOT NULL,
    fatalities INTEGER, injuries INTEGER, arrests INTEGER,
    factuality TEXT NOT NULL,
    sources INTEGER NOT NULL, reports INTEGER NOT NULL, outlets_json TEXT NOT NULL
  );
  CREATE INDEX clusters_day ON clusters(day_lo);
  -- Merge blocking: one row per day a cluster's date range covers (at most 32), so candidates
  -- are found by exact (type, day) look-ups, however many events other days hold.
  CREATE TABLE cluster_blocks (
    type TEXT NOT NULL, day INTEGER NOT NULL, cluster_id INTEGER NOT NULL,
    PRIMARY KEY (type, day, cluster_id)
  ) WITHOUT ROWID;
  CREATE INDEX clusters_country ON clusters(country, admin1);
  CREATE VIRTUAL TABLE cluster_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);

  -- Event reports: one per event per article, with the record's event JSON.
  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    cluster_id INTEGER NOT NULL REFERENCES clusters(id),
    record_event_id TEXT NOT NULL,
    type TEXT NOT NULL, mode TEXT, acled_type TEXT, acled_sub TEXT,
    date_value TEXT NOT NULL, day_lo INTEGER, day_hi INTEGER,
    location_name TEXT, lat REAL, lon REAL, country TEXT, admin1 TEXT, precision TEXT,
    fatalities INTEGER, injuries INTEGER, arrests INTEGER, size_low INTEGER, size_high INTEGER,
    factuality TEXT NOT NULL, confidence REAL NOT NULL,
    json TEXT NOT NULL
  );
  CREATE INDEX events_document ON events(document_id);
  CREATE INDEX events_cluster ON events(cluster_id);
  CREATE TABLE event_parties (
    event_id INTEGER NOT NULL REFERENCES events(id),
    cluster_id INTEGER NOT NULL,
    role TEXT NOT NULL, name TEXT NOT NULL, norm TEXT NOT NULL, kind TEXT NOT NULL, country TEXT
  );
  CREATE INDEX event_parties_norm ON event_parties(norm);
  -- Distinct actor names: a substring search scans these few, then follows the norm index.
  CREATE TABLE party_names (norm TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
  CREATE INDEX event_parties_cluster ON event_parties(cluster_id);
  CREATE TABLE evidence (
    event_id INTEGER NOT NULL REFERENCES events(id),
    field TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
  );
  CREATE INDEX evidence_event ON evidence(event_id);
  CREATE TABLE event_sources (
    event_id INTEGER NOT NULL REFERENCES events(id),
    name TEXT NOT NULL, attribution TEXT
  );
  CREATE INDEX event_sources_event ON event_sources(event_id);

  CREATE TABLE places (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    record_place_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    name TEXT NOT NULL, lat REAL, lon REAL, country TEXT, admin1 TEXT, geonameid INTEGER,
    feature_code TEXT, use TEXT NOT NULL
  );
  CREATE INDEX places_document ON places(document_id);
  CREATE INDEX places_country ON places(country, admin1);
  CREATE TABLE actors (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    record_entity_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    name TEXT NOT NULL, norm TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, acled TEXT
  );
  CREATE INDEX actors_document ON actors(document_id);
  CREATE INDEX actors_norm ON actors(norm);

  CREATE TABLE errors (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    input TEXT NOT NULL,
    message TEXT NOT NULL,
    at TEXT NOT NULL
  );

  -- Input files read whole (key: path, size, mtime), skipped by a re-ingest.
  CREATE TABLE ingested_files (key TEXT PRIMARY KEY, at TEXT NOT NULL) WITHOUT ROWID;

  CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
  );
  `,
  // Each merged event's list entry (the CanonicalEvent as JSON), kept in step by every write,
  // so that a page of the event list is read as it is sent, with no per-row JSON work and no
  // look-up of its documents. Existing rows are filled from their columns and reports here.
  `
  ALTER TABLE clusters ADD COLUMN summary_json TEXT;
  UPDATE clusters AS c SET summary_json = json_patch('{}', json_object(
    'id', CAST(c.id AS TEXT), 'type', c.type, 'mode', c.mode,
    'acled', CASE WHEN c.acled_type IS NULL THEN NULL
      ELSE json_object('eventType', c.acled_type, 'subEventType', coalesce(c.acled_sub, '')) END,
    'date', json_object('value', c.date_value, 'earliest', c.date_earliest, 'latest', c.date_latest),
    'location', json(c.location_json), 'actors', json(c.actors_json), 'targets', json(c.targets_json),
    'fatalities', c.fatalities, 'injuries', c.injuries, 'arrests', c.arrests, 'factuality', c.factuality,
    'sources', c.sources, 'reports', c.reports, 'outlets', json(c.outlets_json),
    'documents', (SELECT json_group_array(CAST(d.document_id AS TEXT) ORDER BY d.document_id)
      FROM (SELECT DISTINCT e.document_id FROM events e WHERE e.cluster_id = c.id) d)))
  WHERE c.summary_json IS NULL;
  `,
];
