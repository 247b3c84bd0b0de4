/**
 * Hand-written records for store, merging and export tests. The extraction stages are not
 * needed: a test writes an article and says which events it reports, and the evidence spans
 * are found in the text so that every offset is real.
 */
import { createHash } from 'node:crypto';
import type { ActorKind, EventAttrs, Factuality, PloverType } from '../../src/core/layers.js';
import { minhashSignature } from '../../src/corpus/minhash.js';
import { RECORD_VERSION, type DatelineRecord } from '../../src/record/record-types.js';
import type { DocumentWrite } from '../../src/store/store.js';

/** Where `surface` first occurs in `text` (a test bug when absent). */
export function spanOf(text: string, surface: string): { start: number; end: number } {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`fixture: "${surface}" is not in the text`);
  return { start, end: start + surface.length };
}

/** An event of a fixture article; surfaces are looked up in the article's text. */
export interface FixtureEvent {
  type: PloverType;
  mode?: string;
  acled?: { eventType: string; subEventType: string };
  date: string;
  dateText: string;
  place?: { name: string; lat: number; lon: number; country: string; admin1?: string; text: string };
  actors?: { name: string; kind: ActorKind; country?: string; text: string }[];
  targets?: { name: string; kind: ActorKind; country?: string; text: string }[];
  fatalities?: { value: number; text: string };
  size?: { low: number; high: number | null; text: string };
  trigger: string;
  factuality?: Factuality;
}

/** A fixture article. */
export interface FixtureArticle {
  id: string;
  text: string;
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  events?: FixtureEvent[];
}

/** The event attributes of a fixture event in `text`. */
export function fixtureEventAttrs(text: string, e: FixtureEvent): EventAttrs {
  const party = (p: { name: string; kind: ActorKind; country?: string; text: string }) => ({
    name: p.name,
    kind: p.kind,
    ...(p.country && { country: p.country }),
    evidence: [spanOf(text, p.text)],
  });
  return {
    type: e.type,
    ...(e.mode && { mode: e.mode }),
    ...(e.acled && { acled: e.acled }),
    date: { value: e.date, certainty: 'stated', evidence: [spanOf(text, e.dateText)] },
    ...(e.place && {
      location: {
        name: e.place.name,
        lat: e.place.lat,
        lon: e.place.lon,
        country: e.place.country,
        ...(e.place.admin1 && { admin1: e.place.admin1 }),
        precision: 'city' as const,
        evidence: [spanOf(text, e.place.text)],
      },
    }),
    actors: (e.actors ?? []).map(party),
    targets: (e.targets ?? []).map(party),
    ...(e.size && { size: { ...e.size, evidence: [spanOf(text, e.size.text)] } }),
    ...(e.fatalities && {
      fatalities: e.fatalities.value,
      counts: [{ what: 'fatalities' as const, value: e.fatalities.value, evidence: [spanOf(text, e.fatalities.text)] }],
    }),
    claims: [],
    factuality: e.factuality ?? 'asserted',
    sources: [],
    mentions: [spanOf(text, e.trigger)],
    confidence: 0.9,
    by: { stage: 'fixture', confidence: 0.9 },
  };
}

/** The record of a fixture article. */
export function fixtureRecord(a: FixtureArticle): DatelineRecord {
  return {
    id: a.id,
    version: RECORD_VERSION,
    text: a.text,
    document: {
      ...(a.title && { title: a.title }),
      ...(a.published && { published: a.published }),
      ...(a.outlet && { outlet: a.outlet }),
      ...(a.url && { url: a.url }),
      language: 'en',
      furniture: [],
      captions: [],
    },
    entities: [],
    timexes: [],
    places: (a.events ?? [])
      .filter((e) => e.place)
      .map((e, i) => ({
        id: `p${i + 1}`,
        ...spanOf(a.text, e.place!.text),
        text: e.place!.text,
        name: e.place!.name,
        lat: e.place!.lat,
        lon: e.place!.lon,
        country: e.place!.country,
        use: 'literal' as const,
      })),
    quotes: [],
    attributions: [],
    events: (a.events ?? []).map((e, i) => ({ id: `ev${i + 1}`, ...fixtureEventAttrs(a.text, e) })),
    warnings: [],
  };
}

/** A fixture article as the store takes it. */
export function fixtureDocument(a: FixtureArticle): DocumentWrite {
  return {
    hash: createHash('sha256')
      .update(JSON.stringify([a.text, a.title, a.outlet, a.published]))
      .digest('hex'),
    input: `${a.id}.txt`,
    text: a.text,
    record: fixtureRecord(a),
    minhash: minhashSignature(a.text),
  };
}
