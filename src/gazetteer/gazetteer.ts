/**
 * Read access to the gazetteer index that `scripts/build-gazetteer.ts` builds at install time.
 * SQLite keeps the 230k places and 600k names on disk, so the process holds only SQLite's page
 * cache and a small cache of recent look-ups instead of a JS heap full of strings.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { filterHas } from './name-filter.js';
import { foldKey, nameKey } from './name-key.js';

/** One gazetteer entry a name can refer to. */
export interface GazetteerEntry {
  /** Internal id (equal to the GeoNames id for GeoNames places). */
  id: number;
  /** GeoNames id, where the entry comes from GeoNames. */
  geonameid?: number;
  name: string;
  lat: number;
  lon: number;
  /** GeoNames feature class (A, P, S, L, …) and code (PPLC, ADM1, MILB, …). */
  featureClass: string;
  featureCode: string;
  /** ISO 3166 alpha-2; empty for continents and seas. */
  country: string;
  admin1?: string;
  population: number;
  /**
   * How the name matched: 0 official name, 1 alternate, 2 short form of a region, 3 spelling,
   * 4 only as a spelling variant of one of these ({@link Gazetteer.lookupFolded}).
   */
  nameKind: number;
}

/** What the places stage looks up: the gazetteer, or the gazetteer with learned places beside it. */
export type PlaceIndex = Pick<
  Gazetteer,
  'lookup' | 'lookupKey' | 'lookupFolded' | 'lookupFoldedKey' | 'has' | 'demonymCountry' | 'country' | 'capital'
>;

interface Row {
  id: number;
  gid: number | null;
  name: string;
  lat: number;
  lon: number;
  fclass: string;
  fcode: string;
  cc: string;
  admin1: string | null;
  pop: number;
  kind: number;
}

/** Where the index lives: DATELINE_GAZETTEER, else `build/gazetteer.sqlite` in the package. */
export function gazetteerPath(): string {
  if (process.env.DATELINE_GAZETTEER) return resolve(process.env.DATELINE_GAZETTEER);
  // dist/src/gazetteer/ → package root.
  return join(fileURLToPath(new URL('../../../', import.meta.url)), 'build', 'gazetteer.sqlite');
}

const CACHE_LIMIT = 20000;
const NONE: GazetteerEntry[] = [];

/** The opened gazetteer. Create through {@link openGazetteer}. */
export class Gazetteer {
  private readonly db: Database.Database;
  private readonly byKey: Database.Statement<[string], Row>;
  private readonly byId: Database.Statement<[number], Row>;
  private readonly byFold: Database.Statement<[string], Row> | undefined;
  private readonly cache = new Map<string, GazetteerEntry[]>();
  private readonly demonyms = new Map<string, string>();
  private readonly countries = new Map<string, { place: number; capital: number | null }>();
  private readonly filter: Uint8Array;
  private seats: Map<string, GazetteerEntry> | undefined;

  constructor(path: string) {
    this.db = new Database(path, { readonly: true, fileMustExist: true });
    // Map the file rather than copy pages into SQLite's cache: pages are shared with the OS
    // cache, and a look-up reads only the index pages it touches. Not in worker threads: each
    // thread's map of the whole file would count again in the process's resident memory (two
    // ingest threads: some 80 MB), where SQLite's own cache is bounded by cache_size.
    this.db.pragma(`mmap_size = ${isMainThread ? 67108864 : 0}`);
    // A worker thread reads through its own cache: 2 MB holds the index pages that recur.
    this.db.pragma(`cache_size = ${isMainThread ? -8000 : -2000}`);
    this.byKey = this.db.prepare(
      `SELECT p.id, p.gid, p.name, p.lat, p.lon, p.fclass, p.fcode, p.cc, p.admin1, p.pop, n.kind
       FROM name n JOIN place p ON p.id = n.place WHERE n.key = ? ORDER BY p.pop DESC LIMIT 60`,
    );
    // An index built before folded keys existed simply has no fallback.
    const hasFold = this.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'fold'").get() !== undefined;
    this.byFold = hasFold
      ? this.db.prepare(
          `SELECT p.id, p.gid, p.name, p.lat, p.lon, p.fclass, p.fcode, p.cc, p.admin1, p.pop, 4 AS kind
           FROM fold n JOIN place p ON p.id = n.place WHERE n.key = ? ORDER BY p.pop DESC LIMIT 60`,
        )
      : undefined;
    this.byId = this.db.prepare(
      'SELECT id, gid, name, lat, lon, fclass, fcode, cc, admin1, pop, 0 AS kind FROM place WHERE id = ?',
    );
    const f = this.db.prepare('SELECT bits FROM filter').get() as { bits: Buffer };
    this.filter = new Uint8Array(f.bits.buffer, f.bits.byteOffset, f.bits.byteLength);
    for (const r of this.db.prepare('SELECT key, cc FROM demonym').all() as { key: string; cc: string }[])
      this.demonyms.set(r.key, r.cc);
    for (const r of this.db.prepare('SELECT cc, place, capital FROM country').all() as {
      cc: string;
      place: number;
      capital: number | null;
    }[])
      this.countries.set(r.cc, { place: r.place, capital: r.capital });
  }

  /** Every entry the name can refer to, most populous first (at most 60). */
  lookup(name: string): GazetteerEntry[] {
    return this.lookupKey(nameKey(name));
  }

  /** Like {@link lookup}, for a name already normalized with `nameKey`. */
  lookupKey(key: string): GazetteerEntry[] {
    const hit = this.cache.get(key);
    if (hit) return hit;
    if (!filterHas(this.filter, key)) return NONE;
    const entries = this.byKey.all(key).map(toEntry);
    // Names recur across a collection ("Baghdad", "U.S."); a bounded cache saves the query.
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, entries);
    return entries;
  }

  /**
   * The fallback look-up for a name that {@link lookup} does not find: entries whose name is the
   * same once spelling variants are folded ({@link foldKey}: word breaks, the Arabic article,
   * kh/h, y/i, ou/u, doubled letters, …), marked `nameKind` 4. Callers try it only after the
   * exact name failed, since a folded key is less sure of its place.
   */
  lookupFolded(name: string): GazetteerEntry[] {
    return this.lookupFoldedKey(nameKey(name));
  }

  /** Like {@link lookupFolded}, for a name already normalized with `nameKey`. */
  lookupFoldedKey(key: string): GazetteerEntry[] {
    if (!this.byFold) return NONE;
    const folded = `~${foldKey(key)}`;
    if (folded.length < 5) return NONE;
    const hit = this.cache.get(folded);
    if (hit) return hit;
    if (!filterHas(this.filter, folded)) return NONE;
    const entries = this.byFold.all(folded.slice(1)).map(toEntry);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(folded, entries);
    return entries;
  }

  /** Whether any entry has this name. */
  has(name: string): boolean {
    return this.lookup(name).length > 0;
  }

  /** The country a demonym names ("Iraqi" → IQ). */
  demonymCountry(word: string): string | undefined {
    return this.demonyms.get(word.toLowerCase()) ?? this.demonyms.get(nameKey(word));
  }

  /** The country entry of an ISO alpha-2 code. */
  country(cc: string): GazetteerEntry | undefined {
    const c = this.countries.get(cc);
    return c ? this.entry(c.place) : undefined;
  }

  /** The capital city of a country. */
  capital(cc: string): GazetteerEntry | undefined {
    const c = this.countries.get(cc);
    return c?.capital != null ? this.entry(c.capital) : undefined;
  }

  private entry(id: number): GazetteerEntry | undefined {
    const r = this.byId.get(id);
    return r ? toEntry(r) : undefined;
  }

  /**
   * The town that stands for a region, as event coders place an event known only to the region
   * (ACLED's "geo-precision 3"): a country's capital, a state's seat (PPLA), a district's town of
   * the same name within 100 km. Undefined for other places and where the index knows none.
   */
  seat(region: {
    name: string;
    featureCode: string;
    country: string;
    admin1?: string;
    lat: number;
    lon: number;
  }): GazetteerEntry | undefined {
    const f = region.featureCode;
    if (/^PCL/.test(f)) return this.capital(region.country);
    if (f === 'ADM1') {
      if (!this.seats) {
        this.seats = new Map();
        const rows = this.db
          .prepare<[], Row>(
            "SELECT id, gid, name, lat, lon, fclass, fcode, cc, admin1, pop, 0 AS kind FROM place WHERE fcode = 'PPLA'",
          )
          .all();
        for (const r of rows) this.seats.set(`${r.cc}|${r.admin1 ?? ''}`, toEntry(r));
      }
      return region.admin1 === undefined ? undefined : this.seats.get(`${region.country}|${region.admin1}`);
    }
    if (f === 'ADM2')
      // "Nagaur District" is seated in Nagaur.
      return this.lookup(region.name.replace(/\s+(?:district|county|municipality|province|department)$/i, '')).find(
        (e) =>
          e.featureClass === 'P' &&
          e.country === region.country &&
          Math.abs(e.lat - region.lat) < 1 &&
          Math.abs(e.lon - region.lon) < 1.3,
      );
    return undefined;
  }

  /** Every place of the index (for building derived lists, not for look-ups). */
  *eachPlace(): IterableIterator<GazetteerEntry> {
    const all = this.db.prepare<[], Row>(
      'SELECT id, gid, name, lat, lon, fclass, fcode, cc, admin1, pop, 0 AS kind FROM place',
    );
    for (const r of all.iterate()) yield toEntry(r);
  }

  /** Closes the index. */
  close(): void {
    this.db.close();
  }
}

function toEntry(r: Row): GazetteerEntry {
  return {
    id: r.id,
    ...(r.gid != null && { geonameid: r.gid }),
    name: r.name,
    lat: r.lat,
    lon: r.lon,
    featureClass: r.fclass,
    featureCode: r.fcode,
    country: r.cc,
    ...(r.admin1 != null && { admin1: r.admin1 }),
    population: r.pop,
    nameKind: r.kind,
  };
}

/**
 * The index layout this code reads, stamped into the index by the build. An index left from
 * another version of Dateline (say, after a `git pull` without `npm install`) is refused with a
 * reason instead of being read wrongly.
 */
export const GAZETTEER_FORMAT = '3';

/** The format stamped in the index at `path`, or undefined when it has none. */
export function gazetteerFormat(path: string): string | undefined {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'meta'").get() !== undefined;
    if (!hasMeta) return undefined;
    const row = db.prepare("SELECT v FROM meta WHERE k = 'format'").get() as { v: string } | undefined;
    return row?.v;
  } finally {
    db.close();
  }
}

let opened: Gazetteer | null | undefined;
let unusable: string | undefined;

/**
 * The process-wide gazetteer, opened on first use; undefined when the index is missing or from
 * another version ({@link gazetteerProblem} says which), so that callers can warn instead of
 * failing.
 */
export function openGazetteer(): Gazetteer | undefined {
  if (opened === undefined) {
    const path = gazetteerPath();
    if (!existsSync(path)) {
      opened = null;
      unusable = 'the gazetteer index is not built (npm run build:gazetteer)';
    } else {
      const format = gazetteerFormat(path);
      if (format === GAZETTEER_FORMAT) opened = new Gazetteer(path);
      else {
        opened = null;
        unusable = `the gazetteer index ${path} is from another version of Dateline (format ${format ?? 'none'}, this one reads ${GAZETTEER_FORMAT}): rebuild it with npm run build:gazetteer`;
      }
    }
  }
  return opened ?? undefined;
}

/** Why {@link openGazetteer} gave no gazetteer, once it has been asked. */
export function gazetteerProblem(): string | undefined {
  return unusable;
}
