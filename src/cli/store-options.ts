/**
 * The `--db` option every corpus command takes, and the event filters `dateline events` and
 * `dateline export` share.
 */
import { existsSync } from 'node:fs';
import type { PloverType } from '../core/layers.js';
import { InputError } from '../ingest/input-error.js';
import { DEFAULT_DB, openStore } from '../store/open-store.js';
import type { EventFilter, Store } from '../store/store.js';
import { UsageError } from './cli-command.js';

/** parseArgs options of the event filters. */
export const FILTER_OPTIONS = {
  type: { type: 'string' },
  'acled-type': { type: 'string' },
  country: { type: 'string' },
  admin1: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  near: { type: 'string' },
  actor: { type: 'string' },
  text: { type: 'string' },
  'min-sources': { type: 'string' },
} as const;

/** Help lines of the event filters. */
export const FILTER_HELP = `Filters (all given must hold):
  --type T[,T...]          PLOVER types, e.g. PROTEST,ASSAULT
  --acled-type NAME        ACLED event type, e.g. "Protests"
  --country CC             ISO 3166 alpha-2 country code of the event's place
  --admin1 NAME            first-level region of the event's place
  --from YYYY-MM-DD        events on or after this day
  --to YYYY-MM-DD          events on or before this day
  --near LAT,LON,KM        events within KM kilometres of a point
  --actor NAME             an actor or target whose name contains NAME
  --text QUERY             reported by an article matching QUERY (words, "phrases", OR)
  --min-sources N          reported by at least N independent sources`;

const PLOVER = new Set([
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
]);

const DAY = /^\d{4}-\d\d-\d\d$/;

/** The filter the options describe; wrong values are usage errors. */
export function parseFilter(v: Partial<Record<keyof typeof FILTER_OPTIONS, string>>): EventFilter {
  const f: EventFilter = {};
  if (v.type) {
    const types = v.type.split(',').map((t) => t.trim().toUpperCase());
    const bad = types.filter((t) => !PLOVER.has(t));
    if (bad.length > 0)
      throw new UsageError(`unknown --type ${bad.join(', ')} (PLOVER types: ${[...PLOVER].join(', ')})`);
    f.types = types as PloverType[];
  }
  if (v['acled-type']) f.acledType = v['acled-type'];
  if (v.country) {
    if (!/^[A-Za-z]{2}$/.test(v.country))
      throw new UsageError(`--country takes an ISO alpha-2 code like NG, not '${v.country}'`);
    f.country = v.country.toUpperCase();
  }
  if (v.admin1) f.admin1 = v.admin1;
  for (const k of ['from', 'to'] as const) {
    const d = v[k];
    if (d === undefined) continue;
    if (!DAY.test(d) || !Number.isFinite(Date.parse(d))) throw new UsageError(`--${k} must be YYYY-MM-DD, not '${d}'`);
    f[k] = d;
  }
  if (v.near) {
    const parts = v.near.split(',').map(Number);
    const [lat, lon, km] = parts;
    if (
      parts.length !== 3 ||
      !parts.every(Number.isFinite) ||
      Math.abs(lat!) > 90 ||
      Math.abs(lon!) > 180 ||
      km! <= 0
    ) {
      throw new UsageError(`--near takes LAT,LON,KM (e.g. 6.45,3.38,25), not '${v.near}'`);
    }
    f.near = { lat: lat!, lon: lon!, km: km! };
  }
  if (v.actor) f.actor = v.actor;
  if (v.text) f.text = v.text;
  if (v['min-sources'] !== undefined) f.minSources = positiveInt(v['min-sources'], '--min-sources');
  return f;
}

/** A whole number ≥ 0 from an option, or a usage error. */
export function positiveInt(s: string, name: string): number {
  if (!/^\d+$/.test(s)) throw new UsageError(`${name} takes a whole number, not '${s}'`);
  return Number(s);
}

/** Opens an existing store for reading; a missing file is bad input, not a new empty database. */
export async function openExistingStore(db: string | undefined): Promise<Store> {
  const spec = db ?? DEFAULT_DB;
  if (!/^postgres(ql)?:/i.test(spec) && !existsSync(spec)) {
    throw new InputError(spec, "no such database (create one with 'dateline ingest', or give --db PATH)");
  }
  return openStore(spec);
}
