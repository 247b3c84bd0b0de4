/**
 * The places stage: recognizes toponyms, resolves each to a gazetteer entry, marks metonymic
 * uses ("Washington assassinated …"), and sets the article's focus country.
 */
import type { Annotation, Doc } from '../../core/doc.js';
import type { EntityType, PlaceAttrs, Provenance } from '../../core/layers.js';
import type { Stage, StageContext } from '../../core/stage.js';
import { gazetteerProblem, openGazetteer, type GazetteerEntry, type PlaceIndex } from '../../gazetteer/gazetteer.js';
import { shippedLearnedPlaces, SupplementedGazetteer } from '../../gazetteer/learned-places.js';
import { nameKey } from '../../gazetteer/name-key.js';
import { contains, resolveCandidate, scoreEntry, type DocumentContext } from './resolve-toponyms.js';
import { findToponyms, NOT_PLACES, notThePlaceNamed, type ToponymCandidate } from './toponym-candidates.js';
import { defaultNerModel } from '../entities/ner-model.js';

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
  /**
   * Use this gazetteer instead of the one built at install with the shipped learned places
   * beside it (tests, benchmarks).
   */
  gazetteer?: PlaceIndex;
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
function fromEntities(doc: Doc, gaz: PlaceIndex, found: ToponymCandidate[]): ToponymCandidate[] {
  const out = [...found];
  const parents = new Set(found.map((c) => c.parent).filter((p): p is ToponymCandidate => p !== undefined));
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
      const words = surface.split(/\s+/);
      // A model's span is kept when it reads as a name: capitalized words, not a bare common
      // word ("North" of "the North", "Education"), and, if the gazetteer lacks it, a GPE (an
      // unknown LOC or FAC is most often a road or a building the gazetteer never had).
      if (words.some((w) => !/^[\p{Lu}\d]/u.test(w)) || NOT_PLACES.has(nameKey(surface))) continue;
      // A single word the article also writes in lower case ("Zero hour" and "the zero hour")
      // is a common word capitalized at the start of a line.
      if (words.length === 1 && lowerCaseWords(doc).has(surface.toLowerCase())) continue;
      // An acronym ("VA", "EPA") is an organisation unless it spells a country ("US", "UAE"), as in
      // the text scan.
      const entries = /^[A-Z]{2,4}$/.test(surface)
        ? gaz.lookup(surface).filter((e) => isCountry(e))
        : gaz.lookup(surface);
      // An unknown name also needs a locative context ("in Kelleyland"): the model's GPE alone
      // is too often a brand or a surname.
      const locative = /\b(?:in|at|from|near|to|into|outside|across|towards?|around|through|via)\s+$/i.test(
        doc.text.slice(Math.max(0, start - 12), start),
      );
      if (entries.length === 0 && (type !== 'GPE' || !locative || NOT_PLACES.has(nameKey(words[0]!)))) continue;
      out.push({
        start,
        end: ent.end,
        name: surface,
        entries,
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
          // "in Ludhiana (Punjab)", "in Patiala, Punjab": a name after a locative preposition
          // and before the unit that contains it is a place, whatever the tagger says.
          if (c.start === ent.start && c.end === ent.end && placedByContext(doc, c, parents)) continue;
          // A name event coders recorded as a place ("near Khutir Vilny"), after a locative word.
          if (
            c.entries.some((e) => e.id < 0) &&
            LOCATIVE_JUST_BEFORE.test(doc.text.slice(Math.max(0, c.start - 10), c.start))
          )
            continue;
          const major = c.entries.some((e) => isCountry(e) || e.featureCode === 'ADM1' || e.population > 1e6);
          if (!major || (c.start === ent.start && c.end === ent.end && type === 'PERSON')) out.splice(k, 1);
        }
      }
    } else if (type === 'ORG' || type === 'MISC') {
      // The whole name is an organisation or a movement ("Taliban", "Hamas") that the gazetteer
      // knows only as another spelling of some village's name: not what the article means. A
      // facility's other name ("Baghdad University") is still the facility, and a place's own
      // name tagged as an organisation ("Georgia" the team) stays a toponym.
      for (let k = out.length - 1; k >= 0; k--) {
        const c = out[k]!;
        if (c.start !== ent.start || c.end !== ent.end || c.rule !== 'gazetteer') continue;
        if (c.entries.every((e) => e.featureClass === 'P' && e.nameKind > 0 && e.population < 1e5)) out.splice(k, 1);
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether the words around a known name make it a place: a locative preposition before it and
 * its containing unit after it ("in X (Y)", "near X, Y"), or a locative preposition before a
 * town of some size.
 */
function placedByContext(doc: Doc, c: ToponymCandidate, parents: Set<ToponymCandidate>): boolean {
  const before = doc.text.slice(Math.max(0, c.start - 10), c.start);
  const after = doc.text.slice(c.end, c.end + 3);
  // The unit that contains another place ("El Alto, La Paz"; "(Djugu, Ituri)") is a place.
  const known = c.entries.some((e) => e.featureClass === 'A' || e.population >= 100000);
  if (known && (parents.has(c) || (/[(,]\s*$/.test(before) && /^\s*\)/.test(after)))) return true;
  // "Warri (Warri South LGA, Delta)": a name whose container follows in parentheses is a place.
  if (known && c.parentInParens) return true;
  // "(Dori, Seno)", "(Bilsanda, Pilibhit)": the first of a parenthesized list of units, known to
  // the gazetteer, is a unit too.
  if (/\(\s*$/.test(before) && /^\s*,\s*\p{Lu}[^()\n]{0,40}\)/u.test(doc.text.slice(c.end, c.end + 48))) return true;
  // "in Bhikhampur village, Bilslanda, Pilibhit (UP)": a known unit further along a comma chain
  // that a locative began.
  if (known && CHAIN_BEFORE.test(doc.text.slice(Math.max(0, c.start - 80), c.start))) return true;
  if (!/\b(?:in|at|near|outside|into|across|around)\s+$/i.test(before)) return false;
  const contained = /^\s*[,(]\s*\p{Lu}/u.test(after) || c.parent !== undefined;
  return contained || c.entries.some((e) => e.featureClass === 'P' && e.population >= 100000);
}

const LOCATIVE_JUST_BEFORE = /\b(?:in|at|near|outside|into|around|of)\s+$/i;

/** A locative and one or more capitalized names each followed by a comma, right before a name. */
const CHAIN_BEFORE =
  /\b(?:in|at|near|outside)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:\s+(?:village|town|city|area|district))?\s*,\s*)+$/u;

const lowerCache = new WeakMap<Doc, Set<string>>();

/** The words the article writes in lower case. */
function lowerCaseWords(doc: Doc): Set<string> {
  let set = lowerCache.get(doc);
  if (!set) {
    set = new Set(doc.text.match(/\b[a-z]+\b/g) ?? []);
    lowerCache.set(doc, set);
  }
  return set;
}

function addVote(votes: Map<string, number>, cc: string | undefined, w: number): void {
  if (cc) votes.set(cc, (votes.get(cc) ?? 0) + w);
}

/** Country votes from demonyms: the entity layer's NORP countries, else the gazetteer's demonyms. */
function demonymVotes(doc: Doc, gaz: PlaceIndex, votes: Map<string, number>): void {
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

/**
 * Proximity anchors: for each name, the places it may be (its likeliest few readings at first,
 * then the one chosen), grouped by name; points and towns only, not whole countries or states.
 * Starting from several readings lets two ambiguous names settle on the pair that lies
 * together (Huntsville and Walker County, both in Texas).
 */
function anchorsOf(readings: GazetteerEntry[][], keys: string[]): DocumentContext['anchors'] {
  const byKey = new Map<string, GazetteerEntry[]>();
  readings.forEach((list, i) => {
    const key = keys[i]!;
    const group = byKey.get(key) ?? [];
    for (const e of list) {
      if (isCountry(e) || e.featureCode === 'CONT' || e.featureCode === 'ADM1' || e.featureClass === 'L') continue;
      if (!group.some((g) => g.id === e.id)) group.push(e);
    }
    byKey.set(key, group);
  });
  const out: DocumentContext['anchors'] = [];
  for (const [key, group] of byKey) {
    for (const e of group)
      out.push({
        lat: e.lat,
        lon: e.lon,
        key,
        country: e.country,
        ...(e.admin1 !== undefined && { admin1: e.admin1 }),
      });
    if (out.length >= 40) break;
  }
  return out;
}

/** The `n` likeliest entries of a candidate by the priors alone. */
function likeliest(c: ToponymCandidate, n: number): GazetteerEntry[] {
  if (c.entries.length <= n) return c.entries;
  return c.entries
    .map((e) => ({ e, s: scoreEntry(c, e, undefined) }))
    .sort((a, b) => b.s - a.s)
    .slice(0, n)
    .map((x) => x.e);
}

let supplemented: PlaceIndex | undefined;

/** The installed gazetteer with the shipped learned places beside it; undefined without an index. */
function defaultIndex(): PlaceIndex | undefined {
  const gaz = openGazetteer();
  if (!gaz) return undefined;
  supplemented ??= new SupplementedGazetteer(gaz, shippedLearnedPlaces());
  return supplemented;
}

const indexUsed = new WeakMap<Doc, PlaceIndex>();

/**
 * The place index the places stage resolved `doc` with (the gazetteer and whatever supplements
 * it), so that a later stage weighing a namesake looks in the same index; undefined before the
 * stage ran.
 */
export function placeIndexOf(doc: Doc): PlaceIndex | undefined {
  return indexUsed.get(doc);
}

/** Creates the places stage. */
export function places(options: PlacesOptions = {}): Stage {
  return {
    name: STAGE,
    requires: ['sentence', 'token'],
    produces: ['place'],
    run(doc: Doc, ctx: StageContext) {
      doc.touch('place');
      const gaz = options.gazetteer ?? defaultIndex();
      if (gaz) indexUsed.set(doc, gaz);
      if (!gaz) {
        const why = gazetteerProblem() ?? 'the gazetteer index is not built (npm run build:gazetteer)';
        ctx.warn('gazetteer-missing', `${why}; places skipped`);
        return;
      }
      let candidates = findToponyms(doc, gaz);
      if (doc.has('entity')) candidates = fromEntities(doc, gaz, candidates);
      candidates = candidates.filter((c) => !notThePlaceNamed(doc.text, c) && !insideTimex(doc, c));
      candidates = withPlaceContext(doc, candidates);
      for (const c of candidates) checkParent(c);

      // Pass 1: priors only, to learn which countries the article is about.
      const votes = new Map<string, number>();
      demonymVotes(doc, gaz, votes);
      const regions = new Set<string>();
      const counted = new Set<string>();
      const ownVotes = new Map<string, { country: string; weight: number }>();
      let readings: GazetteerEntry[][] = [];
      for (const c of candidates) {
        const r = resolveCandidate(c, undefined);
        readings.push(likeliest(c, 2));
        if (!r) continue;
        const e = r.entry;
        // One vote per distinct name: an article that says "Dublin" ten times is not ten times
        // more about Ireland, and the name may well be Dublin, Ohio.
        const key = nameKey(c.name);
        if (!counted.has(key) || c.dateline) {
          counted.add(key);
          const weight = (isCountry(e) ? 2 : r.margin > 2 ? 1 : 0.5) + (c.dateline ? 3 : 0);
          addVote(votes, e.country, weight);
          if (e.country) ownVotes.set(key, { country: e.country, weight });
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
        ownVotes,
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
        context.anchors = anchorsOf(readings, keys);
        resolved = resolveAll();
        readings = resolved.map((r) => (r ? [r.entry] : []));
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

/** How many of the news vocabulary's most frequent words count as common words. */
const COMMON_RANK = 30000;
let newsWords: Set<string> | undefined;

/**
 * Lower-case words frequent in news prose: the vocabulary of the tagger's word clusters, which
 * lists words most frequent first. Read only when the entity stage has loaded the model anyway.
 */
function commonNewsWords(): Set<string> {
  if (newsWords) return newsWords;
  newsWords = new Set();
  let rank = 0;
  for (const w of defaultNerModel().clusters?.classes.keys() ?? []) {
    if (++rank > COMMON_RANK) break;
    if (/^[a-z]+$/.test(w)) newsWords.add(w);
  }
  return newsWords;
}

/** A contraction ("We'll", "He'd") is no place, whatever village its letters spell. */
const CONTRACTION = /['’](?:ll|d|ve|re|m|s|t)$/;

/** Words right before a name that say a place follows ("in X", "the suburb of X"). */
const PLACE_BEFORE =
  /(?:\b(?:in|at|near|outside|from|into|around|across|through|via|towards?|to)|\b(?:city|town|village|suburb|outskirts|county|state|province|part|north|south|east|west|resident|residents)\s+of)\s+$/i;

/** A plural designator after a list of names: "Barrow and Jackson counties", "Orange and White streets". */
const UNITS_AFTER =
  /^(?:\s*(?:,|and|or|&)\s*\p{Lu}[\p{L}'’.-]*)*\s+(?:counties|parishes|townships|cities|towns|villages|districts|provinces|states|streets|avenues|roads|rivers)\b/u;

/** The last word of a company's name. */
const COMPANY_END =
  /\b(?:Inc|Corp|Ltd|Company|Corporation|Incorporated|Limited|Plc|PLC|AG|SA|NV|LLC|Group|Holdings|Industries|Airlines|Airways|Insurance|Steel|Motors|Electric|Technology|Technologies|Systems|Partners|Associates|Agency|Bancorp|Financial|Petroleum|Oil|Gas|Energy|Pharmaceuticals|Communications|Securities)\.?$/;

/** A country, a state, a continent, a sea or a city of some size by its own name. */
function strongName(c: ToponymCandidate): boolean {
  return c.entries.some(
    (e) =>
      /^PCL/.test(e.featureCode) ||
      ((e.nameKind === 0 || e.nameKind === 3) &&
        (/^(?:ADM1|CONT|RGN|PPLC|GULF|SEA|OCN)$/.test(e.featureCode) || e.population >= 1e5)),
  );
}

/**
 * Whether an organisation's name is a company's: by its last word, or by "Co." after at least
 * two words ("Ford Motor Co."; "Platte Co." is a county).
 */
function isCompany(name: string): boolean {
  return COMPANY_END.test(name) || /^\S+(?:\s+\S+)+\s+Co\.?$/.test(name);
}

/**
 * Whether a candidate's words are weak evidence of a place: a name that is not a country, a
 * state, a continent or a city of some size, and that is written with common words ("Still",
 * "Sales", "Secretary", "White House") or that the entity tagger reads as an organisation or a
 * person ("Magna said", "Crane officials").
 */
function weakName(doc: Doc, c: ToponymCandidate, common: (w: string) => boolean, companies: Set<string>): boolean {
  if (c.rule !== 'gazetteer' && c.rule !== 'entity') return false;
  if (c.dateline || c.cue || c.entries.length === 0) return false;
  if (strongName(c)) return false;
  const surface = doc.text.slice(c.start, c.end);
  const words = surface.split(/\s+/);
  if (words.length === 1 && CONTRACTION.test(surface)) return true;
  const allCommon = words.every((w) => common(w.toLowerCase()));
  // A phrase of common words is weak only where the gazetteer knows it as another name of some
  // place ("White House" for Casablanca), or where the article says "the" before it and it can
  // only be a town (no town is "the White House"): "Red River" and "Main Street" are names in
  // their own right.
  const the = /\bthe\s+$/i.test(doc.text.slice(Math.max(0, c.start - 5), c.start));
  if (
    allCommon &&
    (words.length === 1 ||
      c.entries.every((e) => e.nameKind === 1 || e.nameKind === 4) ||
      (the && c.entries.every((e) => e.featureClass === 'P') && !/^(?:LOC|FAC)$/.test(c.entity?.attrs.type ?? '')))
  )
    return true;
  // "the Pope", "the Red River": a county's short name ("Pope" for Pope County) never takes the
  // article; what does is a person or a river the gazetteer lacks.
  if (the && c.entries.every((e) => e.nameKind === 2)) return true;
  for (const ent of doc.layer('entity')) {
    if (ent.start > c.start) break;
    if (ent.end < c.end) continue;
    const t = ent.attrs.type;
    // The tagger reads the very name as a people ("Spanish").
    if (ent.start === c.start && ent.end === c.end && t === 'NORP') return true;
  }
  return companies.has(nameKey(c.name));
}

/**
 * "the White House", "the Golden Gate": a phrase of common words that the article writes with
 * "the" names a landmark, not the towns that bear it as another name (Casablanca, Fallston):
 * where the gazetteer has the landmark under that very name, only it is meant.
 */
function landmarksByThe(doc: Doc, candidates: ToponymCandidate[], common: (w: string) => boolean): void {
  const keys = new Set<string>();
  for (const c of candidates) {
    if (c.entries.length < 2 || !/\bthe\s+$/i.test(doc.text.slice(Math.max(0, c.start - 5), c.start))) continue;
    const words = c.name.split(/\s+/);
    if (words.length > 1 && words.every((w) => common(w.toLowerCase()))) keys.add(nameKey(c.name));
  }
  if (keys.size === 0) return;
  for (const c of candidates) {
    if (!keys.has(nameKey(c.name))) continue;
    const landmarks = c.entries.filter((e) => e.nameKind === 0 && !/^[PA]$/.test(e.featureClass));
    if (landmarks.length > 0) c.entries = landmarks;
  }
}

/**
 * Drops weak names (see {@link weakName}) that no mention in the article places: a locative
 * word before it, a containing unit after it ("Independence, Mo."), or a place it contains.
 * LGL's local news is full of small towns named with common words, always introduced so.
 */
function withPlaceContext(doc: Doc, candidates: ToponymCandidate[]): ToponymCandidate[] {
  const lowers = lowerCaseWords(doc);
  const vocabulary = doc.has('entity') ? commonNewsWords() : undefined;
  const common = (w: string) => lowers.has(w) || vocabulary?.has(w) === true;
  // Names the article also writes as the first words of a company's ("Magna International Inc.").
  const companies = new Set<string>();
  for (const ent of doc.layer('entity')) {
    if (ent.attrs.type !== 'ORG') continue;
    const name = doc.surface(ent);
    if (!isCompany(name)) continue;
    const words = name.split(/\s+/);
    for (let n = 1; n < words.length; n++) companies.add(nameKey(words.slice(0, n).join(' ')));
  }
  landmarksByThe(doc, candidates, common);
  const weak = candidates.filter((c) => weakName(doc, c, common, companies));
  // A mention inside a company's own name ("Bethlehem Steel Corp.") is the company, wherever
  // else the article places the town.
  const companySpans = doc.layer('entity').filter((e) => e.attrs.type === 'ORG' && isCompany(doc.surface(e)));
  const inCompany = (c: ToponymCandidate) =>
    companySpans.some((e) => e.start <= c.start && c.end <= e.end && e.end - e.start > c.end - c.start);
  const placed = new Set<string>();
  // The unit a place lies in; not a news agency after a dateline ("BEIJING, Feb. 27 (Xinhua)").
  const children = new Set(
    candidates
      .filter((c) => c.parent !== undefined && c.parent.entries.some((p) => c.entries.some((e) => contains(p, e))))
      .map((c) => c.parent),
  );
  for (const c of candidates) {
    const before = doc.text.slice(Math.max(0, c.start - 30), c.start);
    const parentHolds = c.parent !== undefined && c.parent.entries.some((p) => c.entries.some((e) => contains(p, e)));
    const after = doc.text.slice(c.end, c.end + 60);
    if (PLACE_BEFORE.test(before) || UNITS_AFTER.test(after) || parentHolds || children.has(c) || c.cue)
      placed.add(nameKey(c.name));
  }
  const drop = new Set(weak.filter((c) => !placed.has(nameKey(c.name))));
  for (const c of candidates)
    if ((c.rule === 'gazetteer' || c.rule === 'entity') && inCompany(c) && !strongName(c)) drop.add(c);
  return drop.size === 0 ? candidates : candidates.filter((c) => !drop.has(c));
}

/**
 * A name within a date or time the temporal stage found ("Nov. 3", "Christmas Day") is part of
 * the date, not a place, unless it is a country or a large place.
 */
function insideTimex(doc: Doc, c: ToponymCandidate): boolean {
  if (!doc.has('timex') || c.entries.some((e) => isCountry(e) || e.population > 1e6)) return false;
  return doc.layer('timex').some((t) => t.start <= c.start && c.end <= t.end);
}

/**
 * A stated parent ("X, Y", "X (Y, Z)") decides between the child's namesakes; when it contains
 * none of them, the small place is missing from the gazetteer and the namesakes are elsewhere:
 * better placed at its parent (a district or province) than in another province.
 * Large towns are spared: "Mosul, Basra and Kirkuk" is a list, not a hierarchy.
 */
function checkParent(c: ToponymCandidate): void {
  const p = c.parent;
  if (!p || p.entries.length === 0 || c.entries.length === 0) return;
  if (c.entries.some((e) => p.entries.some((q) => q.featureClass === 'A' && contains(q, e)))) p.container = true;
  if (c.parentInParens) p.container = true;
  const unitLike = c.parentInParens || p.entries.some((q) => q.featureClass === 'A');
  if (
    !unitLike ||
    c.entries.some((e) => isCountry(e) || /^(?:ADM1|CONT|RGN)$/.test(e.featureCode) || e.population >= 100000)
  )
    return;
  if (c.entries.some((e) => p.entries.some((q) => contains(q, e)))) return;
  // Placed as well as the text allows: in the unit that the text says contains it. A parent that
  // names a country is that country, not a village that shares its name ("East Africa, U.S.
  // forces …" is no hamlet called Us).
  c.entries = p.entries.some(isCountry) ? [] : p.entries.filter((q) => !isCountry(q));
  c.rule = 'stated-parent';
}

/** A resolved place tells the entity layer whether its mention is a GPE, a LOC or a FAC. */
function refineEntity(doc: Doc, ent: Annotation<'entity'>, c: ToponymCandidate, e: GazetteerEntry): void {
  if (ent.start !== c.start || ent.end !== c.end) return;
  const type = entityTypeOf(e);
  if (ent.attrs.type !== type && (ent.attrs.type === 'GPE' || ent.attrs.type === 'LOC' || ent.attrs.type === 'FAC'))
    doc.refine(ent, { type }, { stage: STAGE, rule: 'gazetteer-feature-class', confidence: 0.8 });
}
