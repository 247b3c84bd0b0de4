/**
 * When two reports describe the same real event. Reports are compared only inside a block —
 * same PLOVER type and overlapping date windows — which a database index answers directly, so
 * merging a new report costs a handful of comparisons however large the corpus grows. Inside
 * the block, place and actors decide: two protests in one city on one day with the same
 * organisers are one protest; the same type on the same day 300 km apart are two.
 */
import type { EventAttrs, PloverType } from '../core/layers.js';

/** Days by which two reports' dates may differ (reports lag events, outlets differ on "Friday"). */
export const DATE_WINDOW_DAYS = 2;
/** Farther apart than this, two located reports are two events. */
export const MAX_DISTANCE_KM = 50;
/** A date vaguer than this (a year, a season) is too vague to merge on. */
export const MAX_DATE_SPAN_DAYS = 31;

/** What merging compares, computed once per report. */
export interface MatchKey {
  type: PloverType;
  /** Day numbers (days since 1970-01-01) of the event's earliest and latest possible date. */
  dayLo: number;
  dayHi: number;
  lat?: number;
  lon?: number;
  country?: string;
  /** Normalized actor and target names, and `kind:` keys for nominal actors. */
  parties: string[];
}

const DAY_MS = 86_400_000;

function dayOf(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The day range a TIMEX3 date value covers, or undefined when it is not a calendar date. */
export function dayRange(value: string): [number, number] | undefined {
  let m = /^(\d{4})-(\d\d)-(\d\d)/.exec(value);
  if (m) {
    const d = dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
    return Number.isFinite(d) ? [d, d] : undefined;
  }
  m = /^(\d{4})-W(\d\d)$/.exec(value);
  if (m) {
    // ISO week 1 holds January 4th.
    const jan4 = dayOf(Number(m[1]), 1, 4);
    const monday = jan4 - ((new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7) + (Number(m[2]) - 1) * 7;
    return [monday, monday + 6];
  }
  m = /^(\d{4})-(\d\d)$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return [dayOf(y, mo, 1), dayOf(y, mo + 1, 1) - 1];
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return [dayOf(Number(m[1]), 1, 1), dayOf(Number(m[1]) + 1, 1, 1) - 1];
  return undefined;
}

/** YYYY-MM-DD of a day number. */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day range of an event: its earliest/latest bounds where given, else its value's. */
export function eventDays(date: EventAttrs['date']): [number, number] | undefined {
  const v = dayRange(date.value);
  const lo = date.earliest ? dayRange(date.earliest)?.[0] : v?.[0];
  const hi = date.latest ? dayRange(date.latest)?.[1] : v?.[1];
  if (lo === undefined || hi === undefined || hi < lo) return v;
  return [lo, hi];
}

const STOP = new Set(['the', 'of', 'a', 'an', 'and', 'in', 'al', 'el']);

/** A name reduced to what differs between outlets' spellings: case, accents, articles, punctuation. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w))
    .join(' ');
}

/** The merge key of an event, or undefined when it cannot be merged (no calendar date). */
export function matchKey(event: EventAttrs): MatchKey | undefined {
  const days = eventDays(event.date);
  if (!days || days[1] - days[0] > MAX_DATE_SPAN_DAYS) return undefined;
  const parties = new Set<string>();
  for (const p of [...event.actors, ...event.targets]) {
    const n = normalizeName(p.name);
    if (n) parties.add(n);
    // Nominal actors ("protesters", "security forces") are named differently by each outlet;
    // their kind is what they share.
    if (p.kind !== 'person' && p.kind !== 'organisation' && p.kind !== 'other') parties.add(`kind:${p.kind}`);
  }
  const loc = event.location;
  return {
    type: event.type,
    dayLo: days[0],
    dayHi: days[1],
    ...(loc && Number.isFinite(loc.lat) && Number.isFinite(loc.lon) && { lat: loc.lat, lon: loc.lon }),
    ...(loc?.country && { country: loc.country }),
    parties: [...parties].sort(),
  };
}

/** Great-circle distance in km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * How well two reports match: 0 when they are different events, else a score in (0, 1] used to
 * pick the best of several candidates.
 */
export function matchScore(a: MatchKey, b: MatchKey): number {
  if (a.type !== b.type) return 0;
  const gap = Math.max(0, Math.max(a.dayLo, b.dayLo) - Math.min(a.dayHi, b.dayHi));
  if (gap > DATE_WINDOW_DAYS) return 0;
  const dateScore = 1 - gap / (DATE_WINDOW_DAYS + 1);
  let placeScore: number;
  if (a.lat !== undefined && a.lon !== undefined && b.lat !== undefined && b.lon !== undefined) {
    const km = haversineKm(a.lat, a.lon, b.lat, b.lon);
    if (km > MAX_DISTANCE_KM) return 0;
    placeScore = 1 - km / (MAX_DISTANCE_KM * 2);
  } else if (a.country && b.country) {
    if (a.country !== b.country) return 0;
    placeScore = 0.4;
  } else {
    placeScore = 0.2;
  }
  let partyScore = 0.3;
  if (a.parties.length > 0 && b.parties.length > 0) {
    const set = new Set(a.parties);
    const shared = b.parties.filter((p) => set.has(p)).length;
    // Both sides name who acted, and nobody in common: two events.
    if (shared === 0) return 0;
    partyScore = shared / Math.min(a.parties.length, b.parties.length);
  }
  return 0.4 * dateScore + 0.35 * placeScore + 0.25 * partyScore;
}

/** The best-matching candidate (by score, then earliest), or undefined when none matches. */
export function bestMatch<T extends { key: MatchKey }>(key: MatchKey, candidates: Iterable<T>): T | undefined {
  let best: T | undefined;
  let bestScore = 0;
  for (const c of candidates) {
    const s = matchScore(key, c.key);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}
