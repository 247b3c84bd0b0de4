/**
 * The documented generator of extra events for the API and web benchmarks, used when a corpus
 * database has fewer events than a benchmark needs (today's pipeline finds few events in
 * Reuters-21578). It is not a model of news: it gives the store and the web app a realistic
 * load shape, deterministically (seeded), so numbers are comparable run to run.
 *
 * Event k is written as its own document: the text of Reuters story k mod N (real article
 * lengths for the full-text index) with a record holding one event whose
 * - type is drawn from the 16 PLOVER classes, weighted as in conflict data (protests and
 *   assaults most frequent),
 * - day is uniform over the corpus period (1987-02-26 to 1987-10-20),
 * - place is a country's centroid from `world-countries` (countries weighted by a fixed
 *   pseudo-random weight) jittered by up to ±2°, with that country's code,
 * - actors are one of a handful of generic actor names, evidence the story's first word.
 * Its content hash is that of `synthetic event k`, so a rerun adds nothing.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { ActorKind, PloverType } from '../src/core/layers.js';
import { minhashSignature } from '../src/corpus/minhash.js';
import type { ReutersStory } from '../src/ingest/reuters-sgml.js';
import { RECORD_VERSION } from '../src/record/record-types.js';
import type { DocumentWrite, Store } from '../src/store/store.js';
import { seededRandom } from '../src/util/seeded-random.js';

const TYPES: [PloverType, number][] = [
  ['PROTEST', 30],
  ['ASSAULT', 22],
  ['COERCE', 9],
  ['ACCUSE', 7],
  ['THREATEN', 5],
  ['CONSULT', 5],
  ['AGREE', 4],
  ['SUPPORT', 3],
  ['REQUEST', 3],
  ['REJECT', 3],
  ['MOBILIZE', 2],
  ['SANCTION', 2],
  ['COOPERATE', 2],
  ['AID', 1],
  ['CONCEDE', 1],
  ['RETREAT', 1],
];
const ACTORS: [string, ActorKind][] = [
  ['Protesters', 'protesters'],
  ['Police Forces', 'police'],
  ['Military Forces', 'military'],
  ['Government', 'government'],
  ['Unidentified Armed Group', 'unidentified-armed-group'],
  ['Civilians', 'civilians'],
];
const FIRST_DAY = Date.UTC(1987, 1, 26);
const DAYS = 237;

function weighted<T>(items: [T, number][], r: number): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = r * total;
  for (const [v, w] of items) {
    x -= w;
    if (x < 0) return v;
  }
  return items[items.length - 1]![0];
}

/** The synthetic document of event `k`. */
export function syntheticDocument(
  k: number,
  story: ReutersStory,
  countries: [{ cca2: string; name: string; lat: number; lon: number }, number][],
): DocumentWrite {
  const rnd = seededRandom(k * 7919 + 13);
  const text = story.text ?? '';
  const type = weighted(TYPES, rnd());
  const country = weighted(countries, rnd());
  const day = new Date(FIRST_DAY + Math.floor(rnd() * DAYS) * 86_400_000).toISOString().slice(0, 10);
  const [actor, kind] = ACTORS[Math.floor(rnd() * ACTORS.length)]!;
  const word = /\S+/.exec(text);
  const first = word
    ? { start: word.index, end: word.index + word[0].length }
    : { start: 0, end: Math.min(1, text.length) };
  const lat = Math.max(-80, Math.min(80, country.lat + (rnd() - 0.5) * 4));
  const lon = Math.max(-179, Math.min(179, country.lon + (rnd() - 0.5) * 4));
  return {
    hash: createHash('sha256').update(`synthetic event ${k}`).digest('hex'),
    input: `synthetic-${k}`,
    text,
    minhash: minhashSignature(text),
    record: {
      id: `synthetic-${k}`,
      version: RECORD_VERSION,
      document: {
        title: story.title ?? `Synthetic ${k}`,
        published: day,
        outlet: `Synthetic ${k % 40}`,
        language: 'en',
        furniture: [],
        captions: [],
      },
      entities: [],
      timexes: [],
      places: [],
      quotes: [],
      attributions: [],
      warnings: [],
      events: [
        {
          id: 'E1',
          type,
          date: { value: day, certainty: 'stated', evidence: [first] },
          location: { name: country.name, lat, lon, country: country.cca2, precision: 'country', evidence: [first] },
          actors: [{ name: `${actor} (${country.name})`, kind, country: country.cca2, evidence: [first] }],
          targets: [],
          claims: [],
          factuality: 'asserted',
          sources: [],
          mentions: [first],
          confidence: 0.5,
          by: { stage: 'synthetic', rule: 'bench/api-event-generator.ts', confidence: 0.5 },
        },
      ],
    },
  };
}

/** Adds synthetic events to `store` until it holds at least `target` merged events. */
export async function fillWithSyntheticEvents(store: Store, stories: ReutersStory[], target: number): Promise<number> {
  const require = createRequire(import.meta.url);
  const list = require('world-countries') as { cca2: string; name: { common: string }; latlng: [number, number] }[];
  const rnd = seededRandom(1987);
  const countries = list.map(
    (c) =>
      [{ cca2: c.cca2, name: c.name.common, lat: c.latlng[0], lon: c.latlng[1] }, rnd() ** 3] as [
        { cca2: string; name: string; lat: number; lon: number },
        number,
      ],
  );
  let added = 0;
  let k = 0;
  while ((await store.countEvents()) < target) {
    const need = target - (await store.countEvents());
    const batch: DocumentWrite[] = [];
    for (let i = 0; i < Math.min(need + 50, 500); i++, k++)
      batch.push(syntheticDocument(k, stories[k % stories.length]!, countries));
    added += (await store.writeBatch(batch)).events;
  }
  return added;
}
