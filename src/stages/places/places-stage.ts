/**
 * The places stage: recognizes toponyms, resolves each to a gazetteer entry, marks metonymic
 * uses ("Washington assassinated …"), and sets the article's focus country.
 */
import type { Annotation, Doc } from '../../core/doc.js';
import type { EntityType, PlaceAttrs, Provenance } from '../../core/layers.js';
import type { Stage, StageContext } from '../../core/stage.js';
import { openGazetteer, type Gazetteer, type GazetteerEntry } from '../../gazetteer/gazetteer.js';
import { nameKey } from '../../gazetteer/name-key.js';
import { resolveCandidate, type DocumentContext } from './resolve-toponyms.js';
import { findToponyms, type ToponymCandidate } from './toponym-candidates.js';

const STAGE = 'places';

/** Verbs after which a country or capital stands for its government ("Washington said"). */
const GOVERNMENT_VERBS = new Set(
  (
    'said says announced accused assassinated killed warned imposed wants demanded rejected responded ' +
    'threatened vowed blamed denied insisted urged condemned ordered approved refused launched struck ' +
    'sanctioned agreed signed decided claimed insists hopes expects plans believes considers'
  ).split(' '),
);

/** Options of the places stage. */
export interface PlacesOptions {
  /** Use this gazetteer instead of the one built at install (tests, benchmarks). */
  gazetteer?: Gazetteer;
}

function isCountry(e: GazetteerEntry): boolean {
  return /^PCL/.test(e.featureCode);
}

function entityTypeOf(e: GazetteerEntry): EntityType {
  if (e.featureClass === 'S') return 'FAC';
  if (e.featureClass === 'A' || e.featureClass === 'P') return 'GPE';
  return 'LOC';
}

/** Candidates from an entity stage's GPE/LOC/FAC mentions that the text scan missed. */
function fromEntities(doc: Doc, gaz: Gazetteer, found: ToponymCandidate[]): ToponymCandidate[] {
  const out = [...found];
  const sentences = doc.layer('sentence');
  const sentenceAt = (offset: number) => {
    const i = sentences.findIndex((s) => s.start <= offset && offset < s.end);
    return i < 0 ? 0 : i;
  };
  for (const ent of doc.layer('entity')) {
    const overlapping = out.filter((c) => c.start < ent.end && ent.start < c.end);
    const type = ent.attrs.type;
    if (type === 'GPE' || type === 'LOC' || type === 'FAC') {
      for (const c of overlapping) c.entity ??= ent;
      if (overlapping.length > 0) continue;
      const surface = doc.surface(ent).replace(/^the\s+/i, '');
      const start = ent.end - surface.length;
      out.push({
        start,
        end: ent.end,
        name: surface,
        entries: gaz.lookup(surface),
        rule: 'entity',
        entity: ent,
        sentence: sentenceAt(start),
        sentenceInitial: false,
      });
    } else if (type === 'PERSON' || type === 'NORP') {
      // The model saw a person (or a demonym) where the scan saw a place name: trust the model
      // for a name that is not a major place.
      for (let k = out.length - 1; k >= 0; k--) {
        const c = out[k]!;
        if (c.start >= ent.start && c.end <= ent.end && c.rule === 'gazetteer') {
          const major = c.entries.some((e) => isCountry(e) || e.featureCode === 'ADM1' || e.population > 1e6);
          if (!major || (c.start === ent.start && c.end === ent.end && type === 'PERSON')) out.splice(k, 1);
        }
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function addVote(votes: Map<string, number>, cc: string | undefined, w: number): void {
  if (cc) votes.set(cc, (votes.get(cc) ?? 0) + w);
}

/** Country votes from demonyms: the entity layer's NORP countries, else the gazetteer's demonyms. */
function demonymVotes(doc: Doc, gaz: Gazetteer, votes: Map<string, number>): void {
  if (doc.has('entity')) {
    for (const e of doc.layer('entity')) if (e.attrs.type === 'NORP') addVote(votes, e.attrs.country, 1);
    return;
  }
  for (const t of doc.layer('token')) {
    if (t.label !== 'word') continue;
    const s = doc.text.charCodeAt(t.start);
    if (s < 65 || s > 90) continue;
    const cc = gaz.demonymCountry(doc.text.slice(t.start, t.end));
    if (cc && doc.zoneAt(t.start) !== 'furniture') addVote(votes, cc, 1);
  }
}

/** Whether the words after the name make it the subject of a government's act ("Washington said"). */
function governmentSubject(doc: Doc, c: ToponymCandidate): boolean {
  // "officials in Kyiv said": the place is where the speakers are, not the speaker.
  if (
    /\b(?:in|at|from|to|near|into|across|outside|inside|of)\s+$/i.test(
      doc.text.slice(Math.max(0, c.start - 12), c.start),
    )
  )
    return false;
  const rest = doc.text.slice(c.end, c.end + 40);
  const next = /^\s+(?:has\s+|had\s+|have\s+|also\s+|has\s+also\s+)?([a-z]+)/.exec(rest)?.[1];
  return next !== undefined && GOVERNMENT_VERBS.has(next);
}

function isMetonymic(doc: Doc, c: ToponymCandidate, e: GazetteerEntry, focus: string | undefined): boolean {
  if (!isCountry(e) && e.featureCode !== 'PPLC') return false;
  const possessive = /^['’]s\b/.test(doc.text.slice(c.end, c.end + 3));
  if (governmentSubject(doc, c)) return true;
  // "Washington's stance" in an article about Iraq: the government, not the city.
  return possessive && e.featureCode === 'PPLC' && focus !== undefined && e.country !== focus;
}

/** The places chosen so far, as proximity anchors: points and towns, not whole countries. */
function anchorsOf(chosen: (GazetteerEntry | undefined)[], keys: string[]): DocumentContext['anchors'] {
  const out: DocumentContext['anchors'] = [];
  const seen = new Set<number>();
  chosen.forEach((e, i) => {
    if (!e || seen.has(e.id) || isCountry(e) || e.featureCode === 'CONT' || e.featureCode === 'ADM1') return;
    if (e.featureClass === 'L') return;
    seen.add(e.id);
    out.push({ lat: e.lat, lon: e.lon, key: keys[i]! });
  });
  return out.slice(0, 20);
}

/** Creates the places stage. */
export function places(options: PlacesOptions = {}): Stage {
  return {
    name: STAGE,
    requires: ['sentence', 'token'],
    produces: ['place'],
    run(doc: Doc, ctx: StageContext) {
      doc.touch('place');
      const gaz = options.gazetteer ?? openGazetteer();
      if (!gaz) {
        ctx.warn('gazetteer-missing', 'the gazetteer index is not built (npm run build:gazetteer); places skipped');
        return;
      }
      let candidates = findToponyms(doc, gaz);
      if (doc.has('entity')) candidates = fromEntities(doc, gaz, candidates);

      // Pass 1: priors only, to learn which countries the article is about.
      const votes = new Map<string, number>();
      demonymVotes(doc, gaz, votes);
      const regions = new Set<string>();
      const counted = new Set<string>();
      let chosen: (GazetteerEntry | undefined)[] = [];
      for (const c of candidates) {
        const r = resolveCandidate(c, undefined);
        chosen.push(r?.entry);
        if (!r) continue;
        const e = r.entry;
        // One vote per distinct name: an article that says "Dublin" ten times is not ten times
        // more about Ireland, and the name may well be Dublin, Ohio.
        const key = nameKey(c.name);
        if (!counted.has(key) || c.dateline) {
          counted.add(key);
          addVote(votes, e.country, (isCountry(e) ? 2 : r.margin > 2 ? 1 : 0.5) + (c.dateline ? 3 : 0));
        }
        if (e.featureCode === 'ADM1') regions.add(e.name.toLowerCase());
      }
      for (const c of candidates)
        for (const p of c.parent?.entries ?? []) if (p.admin1) regions.add(p.admin1.toLowerCase());
      let focus: string | undefined;
      let bestVotes = 0;
      for (const [cc, v] of votes) if (v > bestVotes) [focus, bestVotes] = [cc, v];
      if (focus) doc.meta.focusCountry = focus;
      const context: DocumentContext = {
        ...(focus !== undefined && { focusCountry: focus }),
        countries: votes,
        regions,
        anchors: [],
      };
      const keys = candidates.map((c) => nameKey(c.name));
      const government = candidates.map((c) => governmentSubject(doc, c));
      const resolveAll = () =>
        candidates.map((c, i) => {
          if (c.capitalOf) return undefined;
          // A name that acts like a government is a country or a capital, not a namesake
          // ("Washington assassinated …" is not Washington State).
          const governments = government[i] ? c.entries.filter((e) => isCountry(e) || e.featureCode === 'PPLC') : [];
          return resolveCandidate(governments.length > 0 ? { ...c, entries: governments } : c, context);
        });
      // Two rounds: each puts every name where it fits best given where the others were put.
      let resolved: ReturnType<typeof resolveAll> = [];
      for (let round = 0; round < 2; round++) {
        context.anchors = anchorsOf(chosen, keys);
        resolved = resolveAll();
        chosen = resolved.map((r) => r?.entry);
      }

      // Pass 2: with the document's context.
      for (const [i, c] of candidates.entries()) {
        let entry: GazetteerEntry | undefined;
        let confidence = 0.5;
        let rule = c.rule;
        if (c.capitalOf) {
          entry = focus ? gaz.capital(focus) : undefined;
          if (!entry) continue; // "the capital" of an unknown country is not worth a toponym.
          confidence = 0.7;
          rule = 'the-capital';
        } else {
          const r = resolved[i];
          if (r) {
            entry = r.entry;
            confidence = Math.max(0.3, Math.min(0.95, 0.5 + r.margin / 10));
          }
        }
        const by: Provenance = { stage: STAGE, rule, confidence };
        const attrs: PlaceAttrs = entry
          ? {
              name: entry.name,
              lat: entry.lat,
              lon: entry.lon,
              ...(entry.geonameid !== undefined && { geonameid: entry.geonameid }),
              ...(entry.country && { country: entry.country }),
              ...(entry.admin1 !== undefined && { admin1: entry.admin1 }),
              featureCode: entry.featureCode,
              use: isMetonymic(doc, c, entry, focus) ? 'metonymic' : 'literal',
            }
          : { name: c.name, lat: null, lon: null, use: 'literal' };
        doc.add('place', { start: c.start, end: c.end, label: 'place', attrs, by });
        if (!entry)
          ctx.warn('place-unresolved', `no gazetteer entry for "${c.name}" (${nameKey(c.name)})`, {
            start: c.start,
            end: c.end,
          });
        if (entry && c.entity) refineEntity(doc, c.entity, c, entry);
      }
    },
  };
}

/** A resolved place tells the entity layer whether its mention is a GPE, a LOC or a FAC. */
function refineEntity(doc: Doc, ent: Annotation<'entity'>, c: ToponymCandidate, e: GazetteerEntry): void {
  if (ent.start !== c.start || ent.end !== c.end) return;
  const type = entityTypeOf(e);
  if (ent.attrs.type !== type && (ent.attrs.type === 'GPE' || ent.attrs.type === 'LOC' || ent.attrs.type === 'FAC'))
    doc.refine(ent, { type }, { stage: STAGE, rule: 'gazetteer-feature-class', confidence: 0.8 });
}
