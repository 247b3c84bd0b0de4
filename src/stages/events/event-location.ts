/**
 * Where an event happened: of the places named in the sentences that report it, the one the
 * event's words govern ("clashed in X", "near X", "at X"), not every place in the sentence. A
 * place named as origin or affiliation ("protesters from X", "X-based", "X's government", "US
 * forces") is where someone comes from, not where it happened; the container of a small place
 * ("X (district, province)", "X, province") stands in for it only when the small place itself
 * could not be placed; a place in the country the rest of the article is about beats one in a
 * country named in passing.
 */
import type { Annotation, Doc } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { openGazetteer } from '../../gazetteer/gazetteer.js';

type Place = Annotation<'place'>;
type Sentence = Annotation<'sentence'>;

/** How precisely a place locates an event, from its GeoNames feature code. */
export function precisionOf(
  featureCode: string | undefined,
): 'point' | 'neighbourhood' | 'city' | 'region' | 'country' {
  const f = featureCode ?? '';
  if (/^PCL/.test(f)) return 'country';
  if (/^(?:ADM|RGN|AREA|PRK|CONT|OCN|SEA)/.test(f)) return 'region';
  if (f === 'PPLX' || f === 'PPLL') return 'neighbourhood';
  if (/^PPL/.test(f)) return 'city';
  return f ? 'point' : 'city';
}

const PRECISION_RANK = { city: 4, neighbourhood: 3, point: 3, region: 2, country: 1 };

/**
 * Words just before a place that make it the scene: a locative preposition, possibly with a
 * designator ("in the village of", "on the outskirts of") or a verb of attack or arrival.
 */
const LOCATIVE_BEFORE =
  /\b(?:in|at|near|outside|inside|around|into|across|on|onto|toward|towards|within|throughout|along|between|entered|reached|stormed|raided|attacked|shelled|bombed|targeted|hit|struck|besieged|captured|seized)\s+(?:the\s+)?(?:(?:\w+\s+)?(?:villages?|towns?|city|cities|districts?|areas?|regions?|provinces?|governorates?|countryside|outskirts|vicinity|suburbs?|neighbou?rhoods?|municipality|department|state|county|countys|sub-?district|localit(?:y|ies)|camp|square|streets?|road|highway|frontlines?|front|areas? of)\s+(?:of\s+)?(?:the\s+)?)?$/i;

/** Origin or affiliation before a place ("from X", "natives of X", "X's"). */
const ORIGIN_BEFORE = /\b(?:from|of the|by the|natives? of|residents? of|citizens? of|nationals? of)\s+(?:the\s+)?$/i;

/** Goods or people that come from a place ("beef imports from the United States"): not the scene. */
const COMES_FROM_BEFORE =
  /\b(?:imports?|exports?|shipments?|goods|products|beef|investments?|aid|funds?|visitors|tourists|delegations?|envoys?|ambassadors?|diplomats|immigrants|refugees|migrants)\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?$/i;

/** An organisation named after a place ("Bank of Tokyo", "University of Nairobi"). */
const ORGANISATION_OF_BEFORE =
  /\b(?:bank|university|college|council|ministry|chamber|institute|museum|archdiocese|diocese|embassy|consulate|port authority|stock exchange)\s+of\s+(?:the\s+)?$/i;

/** After a place: it names an affiliation ("X-based", "X-led"). */
const AFFILIATION_AFTER = /^[-‐](?:based|led|backed|born|affiliated|allied|supported|sponsored|funded|made|owned)\b/i;

/** After a place: it names a street ("Main Street", "Haifa Street"). */
const STREET_AFTER = /^\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive)(?![\p{L}])/u;

/** A possessive ("X's government"), which is a place only after a preposition ("in X's north"). */
const POSSESSIVE_AFTER = /^['’]s?\b/;

/** A country before a noun it modifies ("US forces", "Iraq war", "US dollar"). */
const PREMODIFIER_AFTER =
  /^\s+(?!and\b|or\b|on\b|in\b|at\b|to\b|for\b|from\b|with\b|by\b|as\b|after\b|since\b|during\b|when\b|where\b|which\b|that\b|is\b|was\b|were\b|are\b|has\b|had\b)[a-z]+/;

/**
 * Text between a small place and the unit that contains it: "X, Y", "X (Y", "X city (Y",
 * "X checkpoint (Y", "X neighbourhood of Y".
 */
const CONTAINER_LINK = new RegExp(
  '^\\s*(?:(?:neighbou?rhood|district|village|sub-?district|quarter|suburb|area)\\s+of\\s+(?:the\\s+)?|' +
    '(?:(?:city|town|village|district|province|governorate|region|state|municipality|department|county|area|neighbou?rhood|sub-?district|subdivision|locality|lga|tehsil|taluka|township|upazila|commune|raion|rayon|oblast|prefecture|chieftaincy|regency|territory|camp|checkpoint|base|airbase|hospital|prison|market|bridge|crossing|front|frontline|sector|road|highway|port|airport|junction|roundabout|square|station|mine|valley|mountains?|hills?|island|community)\\s*)?(?:,|\\(|,\\s*\\(|\\s+in\\s+)\\s*(?:the\\s+)?)$',
  'i',
);

/** A unit's name made of compass words alone ("North East", "Upper West", "Central"). */
const DIRECTIONAL =
  /^(?:(?:north|south|east|west|central|upper|lower|middle|far)(?:ern)?(?:[- ]?(?:north|south|east|west)(?:ern)?)?\s*)+(?:region|province|state|zone|district)?$/i;

/** What naming a place as the container of a smaller one costs it. */
const CONTAINER_DISCOUNT = 1.5;

interface Scored {
  place: Place;
  score: number;
  /** The small place this one was named as the container of. */
  contained?: Place;
}

/**
 * The event's place among the places of its sentences (first the mentions' own sentences, then,
 * if they name none, the nearest earlier sentence of the same paragraph, where a lead sentence
 * sets the scene that the next one's "were arrested" happened in, then the next sentences).
 */
export function eventPlace(doc: Doc, mentionSentences: Sentence[]): { place: Place; same: Place[] } | undefined {
  // Coreference asks again for the same sentences, pair after pair: answer from a cache.
  let byDoc = cache.get(doc);
  if (!byDoc) cache.set(doc, (byDoc = new Map()));
  const key = mentionSentences.map((s) => s.start).join(',');
  if (byDoc.has(key)) return byDoc.get(key);
  const found = findEventPlace(doc, mentionSentences);
  byDoc.set(key, found);
  return found;
}

type Found = { place: Place; same: Place[] } | undefined;
const cache = new WeakMap<Doc, Map<string, Found>>();

function findEventPlace(doc: Doc, mentionSentences: Sentence[]): Found {
  const focus = doc.meta.focusCountry;
  const scoreAll = (pool: { place: Place; sentence: Sentence }[]): Scored[] => {
    const scored: Scored[] = [];
    pool.forEach(({ place, sentence }, i) => {
      if (!usable(place)) return;
      const { score, contained } = scorePlace(doc, place, sentence, pool, i, focus);
      if (score > -Infinity) scored.push({ place, score, ...(contained && { contained }) });
    });
    return scored;
  };
  let pool: { place: Place; sentence: Sentence }[] = [];
  for (const s of mentionSentences) for (const p of doc.within('place', s)) pool.push({ place: p, sentence: s });
  let scored = scoreAll(pool);
  // No scene in the mentions' own sentences (none named, or only "Zambia's army", "DRC
  // authorities"): the nearest sentence of the paragraph that names one.
  if (scored.length === 0) {
    const first = mentionSentences[0];
    if (!first) return undefined;
    const last = mentionSentences[mentionSentences.length - 1]!;
    const paragraph = doc
      .layer('sentence')
      .filter((s) => s.attrs.paragraph === first.attrs.paragraph && s.attrs.zone === first.attrs.zone);
    // Earlier sentences first, nearest first; then the next two ("Police raided a mosque. …
    // Locals held a few police hostage in Nawabshah.").
    const earlier = paragraph.filter((s) => s.end <= first.start).reverse();
    const later = paragraph.filter((s) => s.start >= last.end).slice(0, 2);
    for (const s of [...earlier, ...later]) {
      const found = doc.within('place', s).map((p) => ({ place: p, sentence: s }));
      const foundScored = scoreAll(found);
      if (foundScored.length > 0) {
        pool = found;
        scored = foundScored;
        break;
      }
    }
  }
  if (scored.length === 0) return undefined;
  const { penalty, chains } = disagreements(doc, pool, scored, focus);
  for (const x of scored) {
    x.score -= penalty.get(x.place) ?? 0;
    // The container of a namesake ("As Shaab area of Hudaydah city") is the best statement left.
    if (x.contained && penalty.has(x.contained)) x.score += CONTAINER_DISCOUNT;
  }
  // Stable: of equal scores the earlier place wins (ACLED's notes and news leads name the scene first).
  let best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  // Within "X (district, province)" each unit contains the one before it, so the first that
  // agrees with the rest is the most precise statement of the scene, whatever the gazetteer's
  // feature code says (a district entry is no less precise than the town of the province).
  const chain = chains.find((c) => c.includes(best.place));
  const first = chain?.find(
    (m) => !penalty.has(m) && precisionOf(m.attrs.featureCode) !== 'country' && scored.some((x) => x.place === m),
  );
  if (first && first !== best.place) best = scored.find((x) => x.place === first)!;
  const same = scored.filter((x) => x.place.attrs.name === best.place.attrs.name).map((x) => x.place);
  return { place: best.place, same };
}

/**
 * How much each scene place disagrees with the others its sentence names. A chain "X (district,
 * province)", "X, province", "X in province" is the writer's own disambiguation, so its members
 * should lie in one country and one another: a member in another country than the chain's
 * (its majority, a tie broken by the article's focus) is a namesake elsewhere, and so is one
 * outside a stated state or far from a stated province's seat; the container, though coarser,
 * is then the better place. Outside chains, a place far from every other town the sentence puts
 * the event in ("in the North Zone of Rio de Janeiro … in Jacarezinho neighborhood", where the
 * gazetteer knows only the Jacarezinho in Paraná) is most likely a namesake too.
 */
function disagreements(
  doc: Doc,
  pool: { place: Place; sentence: Sentence }[],
  scored: Scored[],
  focus: string | undefined,
): { penalty: Map<Place, number>; chains: Place[][] } {
  const out = new Map<Place, number>();
  const chains: Place[][] = [];
  const scene = new Set(scored.map((x) => x.place));
  const chained = new Set<Place>();
  for (let i = 0; i < pool.length;) {
    const chain = [pool[i]!.place];
    let k = i + 1;
    for (; k < pool.length && pool[k]!.sentence === pool[i]!.sentence; k++) {
      const link = doc.text.slice(pool[k - 1]!.place.end, pool[k]!.place.start);
      if (!CONTAINER_LINK.test(link)) break;
      chain.push(pool[k]!.place);
    }
    i = k;
    const members = chain.filter(usable);
    if (members.length < 2) continue;
    chains.push(members);
    for (const m of members) chained.add(m);
    // A unit named by a direction alone ("North East", "Central") is a region of many countries,
    // and so is an unknown place put at it: neither votes ("Gordi (Mamprugo Moaduri, North
    // East)" is Ghana's, not Botswana's).
    const directional = new Set(members.filter((m) => DIRECTIONAL.test(doc.surface(m))).map((m) => m.attrs.name));
    const votes = new Map<string, number>();
    for (const m of members)
      if (m.attrs.country && !directional.has(m.attrs.name))
        votes.set(m.attrs.country, (votes.get(m.attrs.country) ?? 0) + 1);
    if (votes.size === 0) continue;
    const top = Math.max(...votes.values());
    const leaders = [...votes].filter(([, v]) => v === top).map(([c]) => c);
    // A tie is broken by the chain's last unit, the writer's own container ("Daman district,
    // Kandahar"), else by the article's focus.
    const lastUnit = [...members].reverse().find((m) => m.attrs.country);
    const last =
      lastUnit &&
      doc.surface(lastUnit) !== doc.surface(members[0]!) &&
      !DIRECTIONAL.test(doc.surface(lastUnit)) &&
      (precisionOf(lastUnit.attrs.featureCode) === 'region' || /^PPL(?:A|A2|C)$/.test(lastUnit.attrs.featureCode ?? ''))
        ? lastUnit.attrs.country
        : undefined;
    const country =
      leaders.length === 1
        ? leaders[0]
        : last && leaders.includes(last)
          ? last
          : focus && leaders.includes(focus)
            ? focus
            : undefined;
    if (!country) continue;
    members.forEach((m, j) => {
      if (m.attrs.country !== country) return void out.set(m, 4);
      const outside = members
        .slice(j + 1)
        .some((c) => c.attrs.country === country && c.attrs.name !== m.attrs.name && !withinUnit(m, c));
      if (outside) out.set(m, 4);
    });
  }
  const towns = scored
    .map((x) => x.place)
    .filter((q) => /^(?:city|neighbourhood|point)$/.test(precisionOf(q.attrs.featureCode)));
  for (const { place: p, sentence: s } of pool) {
    if (!scene.has(p) || chained.has(p) || !towns.includes(p)) continue;
    const others = towns.filter(
      (q) => q.attrs.name !== p.attrs.name && pool.some((x) => x.place === q && x.sentence === s),
    );
    if (others.length === 0) continue;
    if (!others.some((q) => q.attrs.country === p.attrs.country && km(p, q) < 300)) out.set(p, 2);
  }
  // A place in another country than two or more other scene places that agree on theirs
  // ("Hodeidah Red Sea port (Al Hali, Al Hudaydah)", where the gazetteer knows only Sudan's Red
  // Sea state) is a namesake, whatever its kind.
  for (const p of scene) {
    if (out.has(p) || !p.attrs.country || precisionOf(p.attrs.featureCode) === 'country') continue;
    const others = new Map<string, string>();
    for (const q of scene)
      if (q.attrs.name !== p.attrs.name && q.attrs.country) others.set(q.attrs.name, q.attrs.country);
    const countries = new Set(others.values());
    if (others.size >= 2 && countries.size === 1 && !countries.has(p.attrs.country)) out.set(p, 2);
  }
  return { penalty: out, chains };
}

/**
 * Whether `p` may lie in the stated unit `c`: a state by its code, a district or a province's
 * seat (which stands for the province, "Jarablus in Aleppo") by distance; a town or
 * neighbourhood after a name ("Panama City (Bella Vista)") says nothing either way.
 */
function withinUnit(p: Place, c: Place): boolean {
  const f = c.attrs.featureCode ?? '';
  if (f === 'ADM1') return !p.attrs.admin1 || !c.attrs.admin1 || p.attrs.admin1 === c.attrs.admin1;
  if (f === 'ADM2' || f === 'PPLA') return km(p, c) < 250;
  return true;
}

function km(a: Place, b: Place): number {
  const x = (b.attrs.lon! - a.attrs.lon!) * Math.cos(((a.attrs.lat! + b.attrs.lat!) / 2) * (Math.PI / 180));
  const y = b.attrs.lat! - a.attrs.lat!;
  return 111.2 * Math.sqrt(x * x + y * y);
}

/** A place with coordinates; a metonymic one ("Beirut's decision") is judged by its context. */
function usable(p: Place): boolean {
  return p.attrs.lat !== null;
}

function scorePlace(
  doc: Doc,
  p: Place,
  s: Sentence,
  pool: { place: Place; sentence: Sentence }[],
  i: number,
  focus: string | undefined,
): { score: number; contained?: Place } {
  const precision = precisionOf(p.attrs.featureCode);
  let score = PRECISION_RANK[precision];
  const after = doc.text.slice(p.end, Math.min(s.end, p.end + 30));
  // The place that heads a chain "X (Y, Z)", "X, Y" or "X and Y" lends its context to the rest.
  let head = p;
  let container = false;
  for (let k = i - 1; k >= 0; k--) {
    const prev = pool[k]!;
    if (prev.sentence !== s || prev.place.end > head.start) break;
    const link = doc.text.slice(prev.place.end, head.start);
    // "in X and Y": a list shares its preposition.
    const list = /^\s*(?:and|or|&)\s+(?:the\s+)?$/i.test(link);
    if (!list && !CONTAINER_LINK.test(link)) break;
    // "Bank of Tokyo in Lima": the bank's Tokyo contains nothing.
    if (ORGANISATION_OF_BEFORE.test(doc.text.slice(Math.max(s.start, prev.place.start - 40), prev.place.start))) break;
    head = prev.place;
    if (!list) container = true;
  }
  const before = doc.text.slice(Math.max(s.start, head.start - 60), head.start);
  const locative = LOCATIVE_BEFORE.test(before);
  if (locative) score += 2;
  else if (ORIGIN_BEFORE.test(before)) score -= 3;
  const none = { score: -Infinity };
  if (!locative && COMES_FROM_BEFORE.test(before)) return none;
  // "the manager of Bank of Tokyo in Peru": a place inside an organisation's name is not where.
  // (Not every ORG the tagger finds: "Biu LGA" and "Miniyeh Municipality" are the places.)
  if (ORGANISATION_OF_BEFORE.test(before)) return none;
  if (!locative && (POSSESSIVE_AFTER.test(after) || p.attrs.use === 'metonymic')) return none;
  // Affiliation and premodifying countries are not the scene at all ("Saudi-led coalition
  // airstrikes targeted …", "against the high US dollar exchange rate").
  if (AFFILIATION_AFTER.test(after)) return none;
  // "on North Main Street", "in Haifa Street": a street named after a place is in the article's
  // town, not in that place.
  if (STREET_AFTER.test(after)) return none;
  if (precision === 'country' && PREMODIFIER_AFTER.test(after)) return none;
  // A container places the event only as well as its own precision; the small place, where it
  // was found, is better.
  if (container) score -= CONTAINER_DISCOUNT;
  if (focus && p.attrs.country && p.attrs.country !== focus) score -= 1;
  return container ? { score, contained: head } : { score };
}

/**
 * Where an event that names no place happened, as far as its actor tells: "the Iraqi parliament
 * voted" happened in Iraq. The country of the first demonym before the trigger, at country
 * precision, with the demonym as evidence; the country's point from the article's own mention of
 * it, else from the gazetteer.
 */
export function actorCountryPlace(
  doc: Doc,
  sentence: Sentence,
  trigger: Span,
): { name: string; lat: number; lon: number; country: string; evidence: Span } | undefined {
  const norp = doc
    .within('entity', { start: sentence.start, end: trigger.start })
    .find((e) => e.attrs.type === 'NORP' && e.attrs.country);
  const cc = norp?.attrs.country;
  if (!norp || !cc) return undefined;
  const named = doc
    .layer('place')
    .find((p) => p.attrs.country === cc && /^PCL/.test(p.attrs.featureCode ?? '') && p.attrs.lat !== null);
  const entry = named ? undefined : openGazetteer()?.country(cc);
  const name = named?.attrs.name ?? entry?.name;
  const lat = named?.attrs.lat ?? entry?.lat;
  const lon = named?.attrs.lon ?? entry?.lon;
  if (name === undefined || lat == null || lon == null) return undefined;
  return { name, lat, lon, country: cc, evidence: { start: norp.start, end: norp.end } };
}
