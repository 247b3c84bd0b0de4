/**
 * Places learned from coded events. GeoNames' cities500 and the installed admin lists lack most
 * of the villages, frontline hamlets, city neighbourhoods and districts that conflict reports
 * name ("Mineralne", "Khutir Vilny", "Tapoa", "Al Hudaydah-7 July"); an ACLED export names each
 * event's place with its coordinates and its district and province. `learnPlaces` turns such
 * rows into extra gazetteer entries, and {@link SupplementedGazetteer} offers them next to the
 * GeoNames ones, so that the ordinary resolution (context, stated containers, priors) chooses.
 * The shipped list (`models/acled-places.json`) is learned by `npm run train:places` from the
 * ACLED rows the events issue trains on; the events benchmark learns it per fold.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Gazetteer, GazetteerEntry, PlaceIndex } from './gazetteer.js';
import { foldKey, nameKey } from './name-key.js';

/** One coded event's place, as an ACLED export gives it. */
export interface CodedLocation {
  location: string;
  /** The country's English name, as ACLED writes it. */
  country?: string;
  admin1?: string;
  admin2?: string;
  lat: number;
  lon: number;
}

/** A learned place: a name, a point, and how many coded events it held. */
export interface LearnedPlace {
  name: string;
  lat: number;
  lon: number;
  country: string;
  admin1?: string;
  /** PPL for an event's place, PPLX for a city's part, ADM2/ADM1 for a district or province. */
  featureCode: 'PPL' | 'PPLX' | 'ADM2' | 'ADM1';
  events: number;
}

/** The file `npm run train:places` writes. */
export interface LearnedPlacesFile {
  source: string;
  places: LearnedPlace[];
}

/** Cheap distance in km (equirectangular), good enough to tell near from far. */
function roughKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const x = (bLon - aLon) * Math.cos(((aLat + bLat) / 2) * (Math.PI / 180));
  return 111.2 * Math.sqrt(x * x + (bLat - aLat) * (bLat - aLat));
}

/** Country and state of the nearest GeoNames place, from a 1° grid over the whole index. */
class NearestPlace {
  private readonly cells = new Map<number, { lat: number; lon: number; country: string; admin1?: string }[]>();

  constructor(gaz: Gazetteer) {
    for (const p of gaz.eachPlace()) {
      if (!p.country || !/^PPL/.test(p.featureCode)) continue;
      const k = cellKey(p.lat, p.lon);
      let cell = this.cells.get(k);
      if (!cell) this.cells.set(k, (cell = []));
      cell.push({ lat: p.lat, lon: p.lon, country: p.country, ...(p.admin1 !== undefined && { admin1: p.admin1 }) });
    }
  }

  near(lat: number, lon: number): { country: string; admin1?: string } | undefined {
    let best: { country: string; admin1?: string } | undefined;
    let bestKm = Infinity;
    for (let dLat = -1; dLat <= 1; dLat++)
      for (let dLon = -1; dLon <= 1; dLon++)
        for (const p of this.cells.get(cellKey(lat + dLat, lon + dLon)) ?? []) {
          const d = roughKm(lat, lon, p.lat, p.lon);
          if (d < bestKm) {
            bestKm = d;
            best = p;
          }
        }
    return best;
  }
}

function cellKey(lat: number, lon: number): number {
  return (Math.floor(lat) + 90) * 400 + (Math.floor(lon) + 180);
}

/**
 * Learns places from coded events: each distinct (name, place) once, with the count of its
 * events as its weight; a "City-Part" name also as its part ("Rio de Janeiro-North Zone" →
 * "North Zone" in Rio); districts and provinces the gazetteer lacks at the mean point of their
 * events. Country and state come from the nearest GeoNames place, so that they are spelled as
 * the rest of the gazetteer spells them.
 */
export function learnPlaces(rows: CodedLocation[], gaz: Gazetteer): LearnedPlace[] {
  const nearest = new NearestPlace(gaz);
  const out = new Map<string, LearnedPlace>();
  const units = new Map<
    string,
    { name: string; code: 'ADM1' | 'ADM2'; cc: string | undefined; lat: number; lon: number; n: number }
  >();
  const codes = new Map<string, string | undefined>();
  // The coder's country, where the gazetteer knows its name: a border town's nearest GeoNames
  // place may lie across the border.
  const countryOf = (name: string | undefined): string | undefined => {
    if (!name) return undefined;
    if (!codes.has(name)) codes.set(name, gaz.lookup(name).find((e) => /^PCL/.test(e.featureCode))?.country);
    return codes.get(name);
  };
  const add = (name: string, lat: number, lon: number, code: LearnedPlace['featureCode'], cc?: string) => {
    const near = nearest.near(lat, lon);
    const where = cc && near?.country !== cc ? { country: cc } : near;
    if (!where || nameKey(name).length < 3) return;
    const key = `${nameKey(name)}|${code}|${lat.toFixed(2)}|${lon.toFixed(2)}`;
    const had = out.get(key);
    if (had) had.events++;
    else
      out.set(key, {
        name,
        lat,
        lon,
        country: where.country,
        ...(where.admin1 !== undefined && { admin1: where.admin1 }),
        featureCode: code,
        events: 1,
      });
  };
  for (const r of rows) {
    if (!r.location || !Number.isFinite(r.lat) || !Number.isFinite(r.lon)) continue;
    const name = r.location.replace(/\s*\([^)]*\)\s*$/, '').trim();
    const cc = countryOf(r.country);
    add(name, r.lat, r.lon, 'PPL', cc);
    const dash = /^(.+?)-(\S.*)$/.exec(name);
    if (dash && gaz.lookup(dash[1]!).length > 0) add(dash[2]!, r.lat, r.lon, 'PPLX', cc);
    for (const [unit, code] of [
      [r.admin2, 'ADM2'],
      [r.admin1, 'ADM1'],
    ] as const) {
      if (!unit) continue;
      const k = `${nameKey(unit)}|${code}|${r.country ?? ''}`;
      const u = units.get(k) ?? { name: unit, code, cc, lat: 0, lon: 0, n: 0 };
      u.lat += r.lat;
      u.lon += r.lon;
      u.n++;
      units.set(k, u);
    }
  }
  for (const u of units.values()) {
    const lat = u.lat / u.n;
    const lon = u.lon / u.n;
    const country = u.cc ?? nearest.near(lat, lon)?.country;
    // Only units the gazetteer does not already know in that country.
    const known = [...gaz.lookup(u.name), ...gaz.lookupFolded(u.name)].some((e) => e.country === country);
    if (!known) {
      add(u.name, lat, lon, u.code, country);
      const had = out.get(`${nameKey(u.name)}|${u.code}|${lat.toFixed(2)}|${lon.toFixed(2)}`);
      if (had) had.events = u.n;
    }
  }
  // A place GeoNames already has under the name (same country, within 5 km) needs no entry.
  const fresh = [...out.values()].filter(
    (p) => !gaz.lookup(p.name).some((e) => e.country === p.country && roughKm(e.lat, e.lon, p.lat, p.lon) < 5),
  );
  return fresh.sort((a, b) => a.name.localeCompare(b.name) || a.lat - b.lat || a.lon - b.lon);
}

/** The learned places' prior: a place that held coded events is as likely as a small town. */
function populationOf(p: LearnedPlace): number {
  return Math.min(50000, 3000 * p.events);
}

/**
 * A gazetteer with learned places beside the GeoNames ones. A learned place that GeoNames
 * already has (same country, within 5 km) adds nothing; the others are offered as entries of
 * their own, official-name matches (`nameKind` 0) with negative ids.
 */
export class SupplementedGazetteer implements PlaceIndex {
  private readonly byKey = new Map<string, GazetteerEntry[]>();
  private readonly byFold = new Map<string, GazetteerEntry[]>();

  constructor(
    private readonly base: Gazetteer,
    learned: LearnedPlace[],
  ) {
    learned.forEach((p, i) => {
      const e: GazetteerEntry = {
        id: -(i + 1),
        name: p.name,
        lat: p.lat,
        lon: p.lon,
        featureClass: p.featureCode.startsWith('ADM') ? 'A' : 'P',
        featureCode: p.featureCode,
        country: p.country,
        ...(p.admin1 !== undefined && { admin1: p.admin1 }),
        population: populationOf(p),
        nameKind: 0,
      };
      const key = nameKey(p.name);
      push(this.byKey, key, e);
      push(this.byFold, foldKey(key), { ...e, nameKind: 4 });
    });
  }

  lookup(name: string): GazetteerEntry[] {
    return this.lookupKey(nameKey(name));
  }

  lookupKey(key: string): GazetteerEntry[] {
    return merge(this.base.lookupKey(key), this.byKey.get(key));
  }

  lookupFolded(name: string): GazetteerEntry[] {
    return this.lookupFoldedKey(nameKey(name));
  }

  lookupFoldedKey(key: string): GazetteerEntry[] {
    return merge(this.base.lookupFoldedKey(key), this.byFold.get(foldKey(key)));
  }

  has(name: string): boolean {
    return this.lookup(name).length > 0;
  }

  demonymCountry(word: string): string | undefined {
    return this.base.demonymCountry(word);
  }

  country(cc: string): GazetteerEntry | undefined {
    return this.base.country(cc);
  }

  capital(cc: string): GazetteerEntry | undefined {
    return this.base.capital(cc);
  }
}

function push(map: Map<string, GazetteerEntry[]>, key: string, e: GazetteerEntry): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

function merge(base: GazetteerEntry[], extra: GazetteerEntry[] | undefined): GazetteerEntry[] {
  if (!extra) return base;
  const fresh = extra.filter(
    (x) => !base.some((b) => b.country === x.country && roughKm(b.lat, b.lon, x.lat, x.lon) < 5),
  );
  return fresh.length === 0 ? base : [...base, ...fresh].sort((a, b) => b.population - a.population);
}

let shipped: LearnedPlace[] | null | undefined;

/** The learned places that ship in `models/acled-places.json`; empty when the file is missing. */
export function shippedLearnedPlaces(): LearnedPlace[] {
  if (shipped === undefined) {
    shipped = null;
    for (const rel of ['../../../models/acled-places.json', '../../models/acled-places.json']) {
      try {
        shipped = (JSON.parse(readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8')) as LearnedPlacesFile)
          .places;
        break;
      } catch {
        // Not at this depth (compiled or run from source); try the next.
      }
    }
  }
  return shipped ?? [];
}

/** The place of one row of an ACLED export (column names as ACLED spells them). */
export function codedLocation(row: Record<string, string | undefined>): CodedLocation {
  return {
    location: row.location ?? '',
    ...(row.country && { country: row.country }),
    ...(row.admin1 && { admin1: row.admin1 }),
    ...(row.admin2 && { admin2: row.admin2 }),
    lat: Number(row.latitude),
    lon: Number(row.longitude),
  };
}
