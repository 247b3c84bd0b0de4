/**
 * Toponym resolution: picks, for each candidate, the gazetteer entry that the article most
 * plausibly means. Population and feature class give the prior (a country before a village of
 * the same name); the document gives the context: the focus country, the states and provinces
 * the article names, a stated parent ("Alexandria, La."), a designator ("Anbar province",
 * "Karbala city") and the proximity of the other places.
 */
import type { GazetteerEntry } from '../../gazetteer/gazetteer.js';
import { nameKey } from '../../gazetteer/name-key.js';
import type { ToponymCandidate, TypeCue } from './toponym-candidates.js';

/** What the article as a whole says about where it is. */
export interface DocumentContext {
  focusCountry?: string;
  /** Countries the article names or implies, with weights. */
  countries: Map<string, number>;
  /** The vote each name (by key) gave in {@link DocumentContext.countries}. */
  ownVotes?: Map<string, { country: string; weight: number }>;
  /** admin1 names (lower case) of regions the article names. */
  regions: Set<string>;
  /**
   * Where the article's other toponyms were put in the previous round, keyed by name so that a
   * name never supports itself. Places mentioned together tend to lie together.
   */
  anchors: { lat: number; lon: number; key: string; country: string; admin1?: string }[];
}

function featurePrior(e: GazetteerEntry): number {
  const c = e.featureCode;
  if (/^PCL/.test(c)) return 4.5;
  // A continent or a world region has no population to weigh: rank it above any town that shares
  // its name ("Asia" is no village in the Philippines, "Middle East" no hamlet in the US).
  if (c === 'CONT') return 12;
  if (c === 'RGN') return 10;
  if (c === 'ADM1') return 2;
  if (c === 'PPLC') return 3;
  if (c === 'PPLA') return 1;
  if (c === 'ADM2') return 0;
  if (e.featureClass === 'P') return 0.5;
  return 1;
}

function cueFit(e: GazetteerEntry, cue: TypeCue | undefined): number {
  if (!cue) return 0;
  const c = e.featureCode;
  switch (cue) {
    case 'city':
      return e.featureClass === 'P' ? 3 : -3;
    case 'region':
      return c === 'ADM1' ? 4 : c === 'ADM2' ? 2 : -3;
    case 'county':
      return c === 'ADM2' ? 4 : c === 'ADM1' ? 1 : -3;
    case 'country':
      return /^PCL/.test(c) ? 4 : -3;
    case 'facility':
      return e.featureClass === 'S' ? 4 : -2;
    case 'capital':
      return c === 'PPLC' ? 4 : 0;
  }
}

/**
 * Whether a stated parent may contain the child: a country or a state by its codes; a district
 * (whose units the index does not record) or a town that names a district ("Beni, Nord-Kivu")
 * by distance.
 */
export function contains(parent: GazetteerEntry, child: GazetteerEntry): boolean {
  if (parent.id === child.id) return false;
  if (/^PCL/.test(parent.featureCode)) return parent.country === child.country;
  if (parent.featureCode === 'ADM1') return parent.country === child.country && parent.admin1 === child.admin1;
  if (parent.country !== child.country) return false;
  if (parent.featureCode === 'ADM2' || parent.featureClass === 'P')
    return roughKm(parent.lat, parent.lon, child.lat, child.lon) < (parent.featureClass === 'P' ? 60 : 100);
  return false;
}

/** Cheap distance in km (equirectangular), good enough to tell near from far. */
function roughKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const x = (bLon - aLon) * Math.cos(((aLat + bLat) / 2) * (Math.PI / 180));
  return 111.2 * Math.sqrt(x * x + (bLat - aLat) * (bLat - aLat));
}

/** Score of one entry for one candidate (`key`: the candidate's name key); higher is likelier. */
export function scoreEntry(c: ToponymCandidate, e: GazetteerEntry, ctx: DocumentContext | undefined, key = ''): number {
  let s = Math.log10(e.population + 1) + featurePrior(e);
  s -= e.nameKind === 0 ? 0 : e.nameKind === 1 ? 1 : 2;
  s += cueFit(e, c.cue);
  // Spot features (bases, squares) are named in full only; a bare shared word is not enough.
  const stated = c.parent !== undefined && c.parent.entries.some((p) => contains(p, e));
  if (stated) s += 8;
  // A town that bears a country's, a state's or a continent's own name ("Cuba", New York; "Florida", New York)
  // is meant only where the text says so ("Cuba, N.Y."), unless it is a city in its own right
  // (Washington, New York City): a cluster of such namesakes near each
  // other must not outvote the country the article talks about.
  else if (
    !/^(?:PCL|ADM1$|PPLC$|CONT$|RGN$)/.test(e.featureCode) &&
    e.population < 100000 &&
    c.entries.some((x) => /^(?:PCL|ADM1$|CONT$|RGN$)/.test(x.featureCode) && x.nameKind === 0)
  )
    s -= 6;
  // A town known by this name only as another name of its own ("Milan" for Syracuse, New York)
  // is not meant where a city of millions bears it officially, unless the text says so.
  else if (e.nameKind > 0 && c.entries.some((x) => x.nameKind === 0 && x.featureClass === 'P' && x.population >= 1e6))
    s -= 6;
  // "Palhano, Ceara": the name that contains another is the state, not the town named after it.
  if (c.container && (e.featureCode === 'ADM1' || e.featureCode === 'ADM2')) s += 2;
  if (ctx) {
    // Other names' votes only: "Paris" alone must not vote itself into France.
    const own = ctx.ownVotes?.get(key);
    const votes = e.country
      ? (ctx.countries.get(e.country) ?? 0) - (own && own.country === e.country ? own.weight : 0)
      : 0;
    if (e.country && e.country === ctx.focusCountry && votes > 0) s += 5;
    else if (votes > 0) s += Math.min(2, votes);
    if (e.admin1 && e.featureCode !== 'ADM1' && ctx.regions.has(e.admin1.toLowerCase())) s += 3;
    if (ctx.anchors.length > 0 && !/^PCL|CONT/.test(e.featureCode)) {
      let near = 0;
      const region = e.featureCode === 'ADM1';
      // Support from each other name is its best reading's closeness (anchors come grouped by name).
      let group = '';
      let best = 0;
      for (const a of ctx.anchors) {
        if (a.key !== group) {
          near += best;
          group = a.key;
          best = 0;
        }
        if (a.key === key) continue;
        let close: number;
        if (region) {
          // A state or province is near the places that lie inside it, wherever its centre is.
          close = a.country === e.country && a.admin1 === e.admin1 ? 2 : 0;
        } else {
          const d = roughKm(a.lat, a.lon, e.lat, e.lon);
          close = d < 60 ? 2 : d < 160 ? 1.5 : d < 400 ? 0.5 : 0;
        }
        if (close > best) best = close;
      }
      near += best;
      s += Math.min(5, near);
    }
  }
  return s;
}

/** The best entry for a candidate, or undefined when it has none. */
export function resolveCandidate(
  c: ToponymCandidate,
  ctx: DocumentContext | undefined,
): { entry: GazetteerEntry; score: number; margin: number } | undefined {
  let best: GazetteerEntry | undefined;
  let bestScore = -Infinity;
  let second = -Infinity;
  const key = ctx ? nameKey(c.name) : '';
  for (const e of c.entries) {
    const s = scoreEntry(c, e, ctx, key);
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = e;
    } else if (s > second) second = s;
  }
  return best ? { entry: best, score: bestScore, margin: bestScore - second } : undefined;
}
