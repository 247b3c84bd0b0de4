/**
 * A documented generator of event reports for store benchmarks, while the extraction stages
 * produce few or no events: each article gets events of a random PLOVER type, dated on or near
 * its publication day, placed in one of a fixed list of cities, with actors from a fixed list.
 * Articles published the same days about the same places then merge, as real reports would.
 * Deterministic (seeded), so two runs build the same database.
 */
import type { ActorKind, EventAttrs, PloverType } from '../src/core/layers.js';
import { minhashSignature } from '../src/corpus/minhash.js';
import { articleHash } from '../src/ingest/ingest-corpus.js';
import type { ReutersStory } from '../src/ingest/reuters-sgml.js';
import { RECORD_VERSION } from '../src/record/record-types.js';
import type { DocumentWrite } from '../src/store/store.js';
import { seededRandom } from '../src/util/seeded-random.js';

const TYPES: PloverType[] = ['PROTEST', 'ASSAULT', 'COERCE', 'CONSULT', 'AGREE', 'ACCUSE', 'THREATEN', 'SANCTION'];
const CITIES: [string, number, number, string, string][] = [
  ['London', 51.507, -0.128, 'GB', 'England'],
  ['New York', 40.713, -74.006, 'US', 'New York'],
  ['Tokyo', 35.69, 139.692, 'JP', 'Tokyo'],
  ['Paris', 48.857, 2.352, 'FR', 'Ile-de-France'],
  ['Frankfurt', 50.11, 8.682, 'DE', 'Hesse'],
  ['Chicago', 41.878, -87.63, 'US', 'Illinois'],
  ['Washington', 38.907, -77.037, 'US', 'District of Columbia'],
  ['Ottawa', 45.421, -75.697, 'CA', 'Ontario'],
  ['Sydney', -33.869, 151.209, 'AU', 'New South Wales'],
  ['Brasilia', -15.794, -47.882, 'BR', 'Federal District'],
  ['Lagos', 6.455, 3.384, 'NG', 'Lagos'],
  ['Cairo', 30.044, 31.236, 'EG', 'Cairo'],
  ['Baghdad', 33.315, 44.366, 'IQ', 'Baghdad'],
  ['Tehran', 35.689, 51.389, 'IR', 'Tehran'],
  ['Manila', 14.6, 120.984, 'PH', 'Metro Manila'],
  ['Buenos Aires', -34.604, -58.382, 'AR', 'Buenos Aires'],
];
const ACTORS: [string, ActorKind][] = [
  ['Protesters', 'protesters'],
  ['Police', 'police'],
  ['Government', 'government'],
  ['Military', 'military'],
  ['Farmers', 'protesters'],
  ['Dockworkers', 'protesters'],
  ['Central Bank', 'government'],
  ['OPEC', 'international'],
  ['Rebels', 'rebels'],
  ['Civilians', 'civilians'],
];

/** `count` synthetic events for an article of `text` published on `published` (YYYY-MM-DD). */
export function syntheticEvents(
  text: string,
  published: string,
  count: number,
  rand: () => number,
): ({ id: string } & EventAttrs)[] {
  const span = { start: 0, end: Math.min(text.length, 6) };
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
  const out: ({ id: string } & EventAttrs)[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.parse(published) - Math.floor(rand() * 2) * 86_400_000).toISOString().slice(0, 10);
    const [name, lat, lon, country, admin1] = pick(CITIES);
    const [actor, kind] = pick(ACTORS);
    const [target, tkind] = pick(ACTORS);
    const fatal = rand() < 0.2 ? Math.floor(rand() * 10) : undefined;
    out.push({
      id: `ev${i + 1}`,
      type: pick(TYPES),
      date: { value: day, certainty: 'stated', evidence: [span] },
      location: { name, lat, lon, country, admin1, precision: 'city', evidence: [span] },
      actors: [{ name: actor, kind, country, evidence: [span] }],
      targets: rand() < 0.5 ? [{ name: target, kind: tkind, country, evidence: [span] }] : [],
      ...(fatal !== undefined && { fatalities: fatal }),
      claims: [],
      factuality: 'asserted',
      sources: [],
      mentions: [span],
      confidence: 0.5,
      by: { stage: 'synthetic', confidence: 0.5 },
    });
  }
  return out;
}

/**
 * The distinct stories (by content hash) as store writes, each record carrying two synthetic
 * events and no other layer: the store benchmarks measure writing and merging, not extraction.
 * At most `limit` documents; the same seed gives the same documents.
 */
export function syntheticDocuments(stories: ReutersStory[], limit = Infinity, seed = 1987): DocumentWrite[] {
  const rand = seededRandom(seed);
  const seen = new Set<string>();
  const docs: DocumentWrite[] = [];
  for (const s of stories) {
    if (docs.length >= limit) break;
    if (!s.text.trim()) continue;
    const hash = articleHash(s);
    if (seen.has(hash)) continue;
    seen.add(hash);
    docs.push({
      hash,
      input: s.id,
      text: s.text,
      minhash: minhashSignature(s.text),
      record: {
        id: s.id,
        version: RECORD_VERSION,
        document: {
          ...(s.title && { title: s.title }),
          ...(s.published && { published: s.published }),
          outlet: 'Reuters',
          language: 'en',
          furniture: [],
          captions: [],
        },
        entities: [],
        timexes: [],
        places: [],
        quotes: [],
        attributions: [],
        events: syntheticEvents(s.text, s.published ?? '1987-03-01', 2, rand),
        warnings: [],
      },
    });
  }
  return docs;
}
