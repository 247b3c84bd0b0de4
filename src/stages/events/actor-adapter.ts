/**
 * Actors for event arguments. The `actor` layer (named and nominal mentions with canonical
 * name, kind, country and ACLED string) is the source; where a pipeline runs without it, a small
 * lexicon of nominal actors ("protesters", "security forces", "gunmen") with an adjacent demonym
 * ("Iraqi protesters") stands in, so events still get a participant. ACLED strings follow the
 * conventions of ACLED's actor list (`Protesters (Iraq)`, `Police Forces of Iraq`).
 */
import { createRequire } from 'node:module';
import type { Doc } from '../../core/doc.js';
import type { ActorKind, ActorMentionAttrs, EventParticipant } from '../../core/layers.js';
import type { Span } from '../../core/span.js';
import { countryByDemonym, countryByName } from '../../lexicons/countries.js';
import {
  COUNTRY_SLOT,
  acledActorName,
  acledCountryName,
  acledIdentityMilitia,
  acledTemplate,
  fillAcledTemplate,
} from '../entities/acled-actor-name.js';
import { PRIVATE_SECURITY } from '../entities/nominal-actors.js';
import { ARMED_KINDS, STATE_FORCES } from './acled-mapping.js';
import {
  actingSubject,
  codedSubject,
  subjectOf,
  COUNTERPART_TYPES,
  CROWD_EVENT_TYPES,
  kindOfAcledName,
  type AcledActorGuess,
  type AcledActorNamer,
} from './acled-actor-model.js';

export { acledActorName };

/** An actor mention as the event stage uses it. */
export interface ActorMention extends Span, ActorMentionAttrs {}

interface CountryRecord {
  cca2: string;
  demonyms?: { eng?: { m?: string; f?: string } };
}

let demonyms: Map<string, string> | undefined;

/** ISO alpha-2 of a demonym ("Iraqi" → IQ). */
export function countryOfDemonym(word: string): string | undefined {
  if (!demonyms) {
    demonyms = new Map();
    for (const c of createRequire(import.meta.url)('world-countries') as CountryRecord[])
      for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) demonyms.set(d.toLowerCase(), c.cca2);
  }
  return demonyms.get(word.toLowerCase());
}

const NOMINALS: [RegExp, ActorKind, string][] = [
  [/\b(?:protesters|demonstrators|protestors|marchers|strikers|crowds?)\b/gi, 'protesters', 'Protesters'],
  [/\b(?:rioters|mobs?)\b/gi, 'rioters', 'Rioters'],
  [/\b(?:police(?:men| officers| forces)?|riot police|security forces)\b/gi, 'police', 'Police Forces'],
  [
    /\b(?:soldiers|troops|army|military(?: forces)?|armed forces|(?<=[A-Z][a-z]+ )forces)\b/gi,
    'military',
    'Military Forces',
  ],
  [
    /\b(?:gunmen|armed men|unidentified (?:armed )?(?:men|assailants|attackers|gunmen)|assailants)\b/gi,
    'unidentified-armed-group',
    'Unidentified Armed Group',
  ],
  [/\b(?:civilians|villagers|residents)\b/gi, 'civilians', 'Civilians'],
  [/\b(?:militants|insurgents|rebels|fighters)\b/gi, 'rebels', 'Rebels'],
];

// Words before a name that make it where something happened: "in", "near", "the city of",
// "between Marib and", a coder's "(Mukayras, Al Bayda)".
const WHERE_WORDS_BEFORE =
  /(?:\b(?:in|at|near|towards?|outside|around|across|throughout|inside|between)\s+(?:the\s+)?|\b(?:cit(?:y|ies)|towns?|villages?|districts?|areas?|provinces?|governorates?|regions?|outskirts|countryside)\s+of\s+|\bbetween\s+\S+(?:\s+\S+)?\s+and\s+|\(\s*(?:[^(),]{1,40},\s*)?)$/i;
// A place noun after a name: "Hays city", "Al Bayda governorate".
const PLACE_NOUN_AFTER =
  /^\s+(?:city|town|village|area|district|governorate|province|region|front|county|countryside|neighbou?rhood|camp)\b/i;

/** Whether the words around a name say it is where something happened. */
function toldAsPlace(text: string, a: Span): boolean {
  return (
    WHERE_WORDS_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start)) ||
    PLACE_NOUN_AFTER.test(text.slice(a.end, a.end + 20))
  );
}

const placeNamesCache = new WeakMap<Doc, Set<string>>();

/** The names of the places an article names where it names them as places (literal, resolved). */
function placeNamesOf(doc: Doc): Set<string> {
  let names = placeNamesCache.get(doc);
  if (!names) {
    names = new Set(
      doc.has('place')
        ? doc
            .layer('place')
            .filter((p) => p.attrs.use === 'literal' && p.attrs.lat !== null)
            .map((p) => doc.surface(p))
        : [],
    );
    placeNamesCache.set(doc, names);
  }
  return names;
}

/** A dateline opening a sentence: a place in capitals, its region, a day, the agency, a dash. */
const DATELINE_PREFIX =
  /^\s*\p{Lu}{2,}[\p{Lu}\s.'’-]*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)*(?:,?\s*(?:\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+))?\s*(?:\([^)]{1,40}\))?\s*(?:--|—|–|-|_)\s/u;

// A name that ends in an administrative unit is a place the tagger took for a person or an
// organisation ("Adan Yabaal District", "Warri South LGA", "Kyauktaw Township").
const ADMIN_UNIT =
  /\s(?:District|LGA|Township|Province|Governorate|County|Region|Village|Municipality|Commune|Prefecture|Subdivision|Tehsil|Neighbou?rhood|Barangay)$/;

// A weapon or a word of the trade the tagger took for an organisation ("an IED exploded", "fired
// ZU-23 shells", "IDPs fled", "an NGO said"): no one who acted or was acted on by that name.
const NO_PARTY = /^(?:(?:SV|V|PB)?IEDs?|RPGs?|ATGMs?|UXOs?|ZU-\d+|PK[MT]?|AK-?\d+|IDPs?|NGOs?|LGAs?)\b/;

/** A person a place's name stands before as a modifier: "a Paris woman", "a Dover couple". */
const RESIDENT_AFTER =
  /^\s+(?:man|woman|men|women|boy|girl|teen(?:ager)?s?|youths?|residents?|couple|family|mother|father|native|students?|driver|motorist)\b/;

/**
 * Actor mentions inside `span`: from the actor layer when the pipeline produced one, else from
 * the nominal lexicon above.
 */
export function actorMentionsIn(doc: Doc, span: Span): ActorMention[] {
  if (doc.has('actor')) {
    // ACLED's own wording, "military forces of India and Pakistan", which the entity stage reads
    // as two governments, names a state force per country.
    // A name the places stage read as a place it found ("In Heroica Matamoros, members of the
    // Gulf Cartel clashed"), which the tagger took for a person or an organisation, is no actor.
    const places = doc.has('place')
      ? doc.within('place', span).filter((p) => p.attrs.use === 'literal' && p.attrs.lat !== null)
      : [];
    // A wire story's dateline ("HARARE, Dec 3 -", "FLINT, Mich., Oct. 4 (UPI) —") names where it
    // was filed and by whom, not who acted.
    const dateline = DATELINE_PREFIX.exec(doc.text.slice(span.start, span.start + 120));
    const datelineEnd = dateline ? span.start + dateline[0].length : span.start;
    const placeNames = placeNamesOf(doc);
    const layer: ActorMention[] = doc
      .within('actor', span)
      .filter(
        (a) =>
          a.start >= datelineEnd &&
          !(
            (a.attrs.kind === 'person' || a.attrs.kind === 'organisation') &&
            (places.some((p) => p.start <= a.start && a.end <= p.end) ||
              ADMIN_UNIT.test(a.attrs.name) ||
              NO_PARTY.test(a.attrs.name) ||
              // "in the city of Hays … (Hays, Al Hudaydah)": a name the article uses for a place
              // it names, where the words around it say where, is that place here too.
              (placeNames.has(doc.surface(a)) && toldAsPlace(doc.text, a)))
          ) &&
          // "A Paris man was arrested" in Texas: a capital's name the places stage put in another
          // country is that place, not the capital's government.
          !(
            a.attrs.kind === 'government' &&
            a.attrs.country !== undefined &&
            places.some(
              (p) =>
                p.start <= a.start && a.end <= p.end && p.attrs.country != null && p.attrs.country !== a.attrs.country,
            )
          ) &&
          // "A Paris woman was arrested": a place's name before a person says where she is from.
          !(a.attrs.kind === 'government' && RESIDENT_AFTER.test(doc.text.slice(a.end, a.end + 24))),
      )
      .map((a) => ({ start: a.start, end: a.end, ...a.attrs }));
    const forces = stateForcesIn(doc.text, span);
    return [...layer.filter((a) => !forces.some((f) => f.start < a.end && a.start < f.end)), ...forces].sort(
      (a, b) => a.start - b.start,
    );
  }
  const text = doc.text.slice(span.start, span.end);
  const out: ActorMention[] = [];
  for (const [re, kind, base] of NOMINALS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      let start = span.start + m.index;
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      // An adjacent demonym gives the country: "Iraqi protesters", "Ukrainian forces".
      const before = /([A-Z][a-z]+)\s+$/.exec(doc.text.slice(Math.max(0, start - 30), start));
      const country = before ? countryOfDemonym(before[1]!) : undefined;
      if (before && country) start -= before[0].length;
      const acled = acledActorName(kind, country);
      out.push({ start, end, name: acled ?? base, kind, ...(country && { country }), ...(acled && { acled }) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// "military forces of India and Pakistan", "the police forces of Chile": ACLED's own wording,
// one state force per country named.
const FORCES_OF =
  /\b([Mm]ilitary|[Pp]olice|[Ss]ecurity|[Aa]rmed) [Ff]orces of ((?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*)(?:(?:,| and) ((?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*))?/gu;

/** The state forces "X forces of C (and D)" names inside `span`, one per country. */
export function stateForcesIn(text: string, span: Span): ActorMention[] {
  const out: ActorMention[] = [];
  FORCES_OF.lastIndex = 0;
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(FORCES_OF)) {
    const kind: ActorKind = m[1]!.toLowerCase() === 'police' ? 'police' : 'military';
    let at = span.start + m.index;
    for (const name of [m[2], m[3]]) {
      if (!name) continue;
      const country = countryByName(name.replace(/^the /, ''))?.alpha2;
      const end = text.indexOf(name, at) + name.length;
      const acled = country && acledActorName(kind, country);
      if (country && acled)
        out.push({
          start: name === m[2] ? span.start + m.index : end - name.length,
          end,
          name: acled,
          kind,
          country,
          acled,
        });
      at = end;
    }
  }
  return out;
}

// What follows a mention that suffered the event: "militants were killed", "soldiers, including
// a commander, were wounded".
const PASSIVE_VICTIM =
  /^(?:\s+(?:militants?|members?|fighters?|soldiers?|personnel|commanders?|officers?|elements?|rebels?))?(?:,[^,.;]{0,40},)?\s+(?:were|was|had been|have been|has been|got)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|arrested|captured|detained|abducted|kidnapped|executed|shot|ambushed|attacked|targeted)\b/i;

// Before an actor's mention: a casualty verb whose object it is ("operations by ANDSF forces
// killed 8 Taliban militants").
const ACTIVE_VICTIM =
  /\b(?:killed|wounded|injured|captured|arrested|abducted|executed)\s+(?:(?:at least|about|around|some|several|dozens of|scores of|an?|the|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:(?:other|more|suspected|alleged)\s+)?$/i;

// Words that say what kind of group, not which one.
const GENERIC_NAME_WORDS = new Set(
  'forces force military police army group armed militia militias movement unidentified the and of for pro anti national government'.split(
    ' ',
  ),
);

/** The distinctive words of an actor name, lower-cased ("Anti-Houthi National Resistance" → houthi, resistance). */
function nameWords(name: string): string[] {
  return (name.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !GENERIC_NAME_WORDS.has(w));
}

/**
 * The short forms of an ACLED name: the acronym it opens with ("NAF: United Armed Forces of
 * Novorossiya" → NAF) and the initials of its capitalised words ("Operation Peace Spring" → OPS),
 * which is how notes and articles write the group.
 */
export function shortForms(name: string): string[] {
  const out: string[] = [];
  const lead = /^([\p{Lu}\d][\p{L}\d-]*?\p{Lu}[\p{L}\d-]*)(?::|\s*\()/u.exec(name);
  if (lead) out.push(lead[1]!);
  const initials = (name.replace(/^[^:]*:\s*/, '').match(/\b\p{Lu}/gu) ?? []).join('');
  if (initials.length >= 3) out.push(initials);
  return out;
}

/**
 * Whether the words of `text` bear out a name of ACLED's that is not just its kind and the event's
 * country: a distinctive word of the name ("Houthi", "Gendarmerie"), its acronym or initials
 * ("NAF", "OPS"), or, for a name only ever seen in one country, the event being in that country.
 * A name guessed from the way notes are worded ("Military Forces of Israel" for shelling) that
 * the text never bears out yields to the actors the text names.
 */
function bornOut(guess: AcledActorGuess, text: string, home: string | undefined, country: string | undefined): boolean {
  if (home !== undefined) return home === country;
  const lower = text.toLowerCase();
  if (nameWords(guess.template.replace(COUNTRY_SLOT, '')).some((w) => new RegExp(`\\b${w}`, 'u').test(lower)))
    return true;
  return shortForms(guess.name).some((f) => new RegExp(`\\b${f}\\b`, 'u').test(text));
}

/**
 * Puts ACLED's first actor first. Crowd events keep their crowd (named by rule); for other
 * ACLED-coded events the naming model says who ACLED would count as the actor: an actor of the
 * text that fits the name (same kind, or a name that contains the other) moves to the front and
 * takes the ACLED name; else the named actor is added, with the event's first mention as its
 * evidence (ACLED codes "a man was shot dead" as an unidentified armed group's attack). Other
 * state forces get their regime period. Where a monitor's observation names no side, the
 * event's `point` says whose (see {@link AcledActorNamer.observedSide}). Returns whether the
 * model decided.
 */
export function orderForAcled(
  actors: EventParticipant[],
  eventType: string | undefined,
  text: string,
  country: string | undefined,
  namer: AcledActorNamer | null,
  evidence: Span,
  source?: string,
  point?: { lat: number; lon: number },
): boolean {
  const decided = orderActors(actors, eventType, text, country, namer, evidence, source, point);
  // ACLED names the unknown attackers of violence the words put down to gangs ("what police
  // believe is a gang-related shooting", "a shoot-out between rival gangs") an unidentified gang.
  const first = actors[0];
  const gang = namer && country ? namer.genericActor('unidentified-armed-group', country, 1) : undefined;
  if (first && gang && namer!.knowsTemplate(GANG_TEMPLATE) && first.acled === gang.name && GANG_VIOLENCE.test(text)) {
    const name = fillAcledTemplate(GANG_TEMPLATE, country, {});
    if (name) first.acled = name;
  }
  return decided;
}

const GANG_TEMPLATE = `Unidentified Gang (${COUNTRY_SLOT})`;
// Words that put violence down to gangs, not to a gang member as its victim.
const GANG_VIOLENCE =
  /\bgang[- ]related\b|\b(?:rival|between|another|two|by)\s+gangs?\b|\bgang (?:rivalry|war|dispute|feud)s?\b|\bby (?:\w+ )?gang members\b/i;

function orderActors(
  actors: EventParticipant[],
  eventType: string | undefined,
  text: string,
  country: string | undefined,
  namer: AcledActorNamer | null,
  evidence: Span,
  source?: string,
  point?: { lat: number; lon: number },
): boolean {
  if (!namer) return false;
  // An identity group's militia the text names ("Al Hayash tribesmen") takes the event's country,
  // and the kind of group its country's militias are where the text did not say.
  for (const a of actors)
    if (a.kind === 'identity-militia' && a.acled === undefined) {
      const acled = acledIdentityMilitia(a.name, country, namer.identitySuffix(country));
      if (acled && kindOfAcledName(acled) !== 'identity-militia')
        Object.assign(a, { acled, kind: kindOfAcledName(acled) });
      else if (acled) Object.assign(a, { acled, ...(country && { country }) });
    } else if (a.name === PRIVATE_SECURITY && a.acled === undefined) {
      const acled = acledActorName(a.kind, country, { group: PRIVATE_SECURITY });
      if (acled) Object.assign(a, { acled, ...(country && { country }) });
    }
  // What ACLED calls the group the words name, as learnt from its notes ("HTS", "Saudi forces").
  const resolved = new Set<EventParticipant>();
  if (source !== undefined && eventType && !CROWD_EVENT_TYPES.has(eventType))
    for (const a of actors) {
      // A government the text names is named by rule ("the Afghan government").
      if (a.kind === 'government' && a.acled !== undefined) continue;
      // "JNIM or ISGS militants": a doubt between two groups, which ACLED codes jointly; the
      // naming model, not either group's own name, says how.
      if (a.evidence.some((e) => /^\s+(?:or|and\/or)\s+\p{Lu}/u.test(source.slice(e.end, e.end + 12)))) continue;
      const alias = namer.aliasOf(a.evidence.map((e) => source.slice(e.start, e.end)).join(' '), country);
      if (alias && renamed(a, alias)) resolved.add(a);
    }
  // "7 Taliban militants were killed … during an operation by ANDSF forces": the subject of a
  // passive casualty verb suffered the event; it is no candidate for its first actor.
  const casualtyObject = (e: Span) =>
    source !== undefined && ACTIVE_VICTIM.test(source.slice(Math.max(0, e.start - 40), e.start));
  const victim = (a: EventParticipant) =>
    source !== undefined &&
    a.evidence.every((e) => PASSIVE_VICTIM.test(source.slice(e.end, e.end + 60)) || casualtyObject(e));
  // A country's name is its government only where it stands alone ("Washington struck"), not
  // where it qualifies the force or craft that acted ("a UAE ship", "a US drone strike").
  const qualifier = (a: EventParticipant) =>
    source !== undefined &&
    a.kind === 'government' &&
    a.evidence.every(
      (e) =>
        countryByName(source.slice(e.start, e.end)) !== undefined && FORCE_NOUN.test(source.slice(e.end, e.end + 24)),
    );
  // Whether a participant is the group an ACLED name names: by that name, or by a word of it.
  const namedAs = (a: EventParticipant, name: string) =>
    (a.acled !== undefined && namer.fullName(a.acled) === name) ||
    nameWords(a.name).some((w) => nameWords(name).includes(w));
  for (const a of actors)
    if (a.acled && (a.kind === 'military' || a.kind === 'police')) a.acled = namer.fullName(a.acled);
  if (!eventType || CROWD_EVENT_TYPES.has(eventType)) {
    // A crowd that no place or demonym placed is of the event's country as the words tell it.
    for (const a of actors)
      if ((a.kind === 'protesters' || a.kind === 'rioters') && a.acled === undefined && country) {
        const acled = acledActorName(a.kind, country);
        if (acled) Object.assign(a, { country, acled });
      }
    return false;
  }
  // "pro-STC forces, coded as Security Belt forces by default, ambushed …": the coder's note
  // says which name the acting subject goes by.
  const coded = codedSubject(text);
  const codedName = coded !== undefined ? namer.aliasOf(coded, country) : undefined;
  if (codedName) {
    const name = namer.fullName(codedName);
    actors.unshift({
      name,
      kind: kindOfAcledName(name),
      ...(country && { country }),
      acled: name,
      evidence: [{ start: evidence.start, end: evidence.end }],
    });
    return true;
  }
  // Who the subject names, as ACLED's notes with that word in their subject code it ("Saudi
  // forces reportedly fired" in Yemen are Operation Restoring Hope): the mention that has the
  // word takes the name.
  // An institution ("the Iraqi parliament voted") is its country's government, whatever else
  // notes with its country's name in their subject code.
  let said = INSTITUTION.test(actingSubject(text)) ? undefined : namer.subjectActor(text, country);
  // "Israeli settlers uprooted …": where the word is a nationality qualifying a group with an ACLED
  // name of its own (Settlers (Israel), not Israel's army), the group is who acted.
  if (
    said &&
    source !== undefined &&
    STATE_FORCES.has(kindOfAcledName(said.name)) &&
    (countryByDemonym(said.word) ?? countryByName(said.word)) !== undefined
  ) {
    const word = new RegExp(`\\b${escapeRe(said.word)}`, 'iu');
    const name = namer.fullName(said.name);
    const own = actors.find(
      (a) =>
        OWN_NAMED.has(a.kind) &&
        a.acled !== undefined &&
        namer.fullName(a.acled) !== name &&
        a.evidence.some((e) => word.test(source.slice(e.start, e.end))),
    );
    if (own) said = undefined;
  }
  if (said) {
    const name = namer.fullName(said.name);
    const word = new RegExp(`\\b${escapeRe(said.word)}`, 'iu');
    const at = actors.findIndex(
      (a) =>
        (a.acled !== undefined && namer.fullName(a.acled) === name) ||
        word.test(a.name) ||
        (source !== undefined && a.evidence.some((e) => word.test(source.slice(e.start, e.end)))),
    );
    // A group named by its own acronym stays itself: "the PMF repelled an IS attack" has IS,
    // which ACLED codes first, beside the PMF, not the PMF renamed.
    const other =
      at >= 0 &&
      /\p{Lu}{2,}/u.test(actors[at]!.name) &&
      !namedAs(actors[at]!, name) &&
      !shortForms(name).includes(actors[at]!.name);
    const [a] = at >= 0 && !other ? actors.splice(at, 1) : [];
    const c = country && acledCountryName(country)?.name;
    actors.unshift({
      name: a?.name ?? name,
      kind: kindOfAcledName(name),
      ...(country && c && name.includes(c) && { country }),
      acled: name,
      evidence: a?.evidence ?? [{ start: evidence.start, end: evidence.end }],
    });
    return true;
  }
  // A group the acting subject opens with, under a name of ACLED's ("QSD fighters raided", "ADF
  // fighters … killed"), is who acted, before a guess from the words around it.
  if (source !== undefined) {
    const subject = actingSubject(text);
    const named = actors.findIndex(
      (a) =>
        a.acled !== undefined &&
        !BY_KIND.has(a.kind) &&
        !victim(a) &&
        a.evidence.some((e) => {
          const said = source.slice(e.start, e.end).trim();
          if (said.length < 2 || /\bsecurity\b/i.test(said)) return false;
          if (qualifier(a)) return false;
          const m = new RegExp(`(?:^|\\W)${escapeRe(said)}(?:\\W|$)`, 'u').exec(subject);
          // The subject's first actor: no other name or conjunct before it ("pro-Hadi and
          // Resistance fighters" are the first's).
          return m !== null && !/\band\b|[,&-]|\p{Lu}/u.test(subject.slice(0, m.index));
        }),
    );
    if (named >= 0) {
      const [a] = actors.splice(named, 1);
      actors.unshift({ ...a!, acled: namer.fullName(a!.acled!) });
      return false;
    }
  }
  // A monitor's report names no side: where it was seen says whose fire it was.
  // Where the model's best is a name too rare to learn and the text gives no actor at all, its
  // next best is still ACLED's likeliest name ("set on fire by suspected IS militants").
  let guess =
    namer.observedSide(text, country, point) ??
    namer.firstActor(text, country) ??
    (actors.length === 0 ? namer.firstActors(text, country, 2)[0] : undefined);
  // "20 Taliban militants were killed by Afghan military airstrikes": a guess that names only
  // casualties of an agent the text gives gives way to the model's next one that does not.
  // (Without an agent ACLED often codes the casualties' side: "2 Taliban militants were killed
  // when landmines they were planting exploded".)
  const byAgent = (a: EventParticipant) =>
    source !== undefined &&
    a.evidence.every((e) => {
      const after = source.slice(e.end, e.end + 80);
      const passive = PASSIVE_VICTIM.exec(after);
      return passive ? /^[^.;]{0,30}?\bby\b/.test(after.slice(passive.index + passive[0].length)) : casualtyObject(e);
    });
  const namesVictim = (g: AcledActorGuess) => {
    const hit = actors.filter((a) => namedAs(a, g.name));
    return hit.length > 0 && hit.every(byAgent);
  };
  if (guess && namesVictim(guess)) {
    const next = namer.firstActors(text, country, 3).find((g) => g.name !== guess!.name && !namesVictim(g));
    if (next) guess = next;
  }
  // A named group guessed from words of violence alone, in a country ACLED never saw it in (an
  // American sniper is no West African jihadist), is that country's generic actor of its kind.
  // So is a country's own force guessed for an event in a country training never saw at all
  // (Brazil's military police in a Hartford drug raid). Where training knows the event's country,
  // the force stays its own: the place is more often misread than the force ("Houthi forces
  // shelled Salim" is Yemen's, wherever Salim is read to be).
  const home = guess && namer.homeCountry(guess.template);
  if (
    guess &&
    country &&
    ((!guess.template.includes(COUNTRY_SLOT) && !namer.seenIn(guess.template, country)) ||
      (home !== undefined && home !== country && !namer.trainedOn(country))) &&
    !bornOut(guess, text, undefined, country)
  )
    guess = namer.genericActor(guess.kind, country, guess.confidence);
  if (!guess) return false;
  const nonState = (k: ActorKind) =>
    k === 'rebels' || k === 'political-militia' || k === 'identity-militia' || k === 'organisation';
  const fits = (a: EventParticipant) =>
    namedAs(a, guess.name) ||
    (a.kind === guess.kind && guess.kind !== 'organisation' && (!a.country || !country || a.country === country)) ||
    shortForms(guess.name).includes(a.name) ||
    // "Security forces" are the army in one country's notes and the police in another's.
    (STATE_FORCES.has(a.kind) &&
      STATE_FORCES.has(guess.kind) &&
      /\bsecurity\b/i.test(a.name) &&
      (!a.country || !country || a.country === country)) ||
    // "Militants", "insurgents": the group ACLED names them by.
    // (An acronym is a group's own name: "the PMF repelled an IS attack" is no IS attack.)
    (nonState(guess.kind) &&
      nonState(a.kind) &&
      a.kind !== 'organisation' &&
      a.acled === undefined &&
      !a.country &&
      !/\p{Lu}{2,}/u.test(a.name));
  const at = actors.findIndex(fits);
  if (at >= 0) {
    const [a] = actors.splice(at, 1);
    // A unit of the guessed force that the words name ("Security Belt Forces" of Yemen's
    // military) keeps its own name, which is ACLED's where it knows the unit.
    const unit = resolved.has(a!) && a!.acled !== undefined && a!.acled.startsWith(`${guess.name} `);
    actors.unshift({ ...a!, acled: unit ? a!.acled! : guess.name });
    return true;
  }
  // A named group the text bears out is ACLED's name for who acted ("Turkish forces … operating
  // under OPS" are Operation Peace Spring; "Gendarmerie forces" Turkey's gendarmerie).
  const named = guess.template !== acledTemplate(acledActorName(guess.kind, 'FR') ?? '', 'France');
  if (named && bornOut(guess, text, namer.homeCountry(guess.template), country)) {
    actors.unshift(guessed(guess, country, evidence));
    return true;
  }
  // "Egyptian military forces conducted a raid against IS militants": a state force the subject
  // names, which the actor layer missed, is the guess's, before any group the text names later.
  if (STATE_FORCES.has(guess.kind) && stateSubject(subjectOf(text), guess.kind)) {
    // Of the country the subject names ("Israeli warplanes" over Homs), unless it names the event's.
    const own = subjectCountries(subjectOf(text));
    const theirs = own.length > 0 && !(country && own.includes(country)) ? namer.firstActor(text, own[0]) : undefined;
    actors.unshift(theirs ? guessed(theirs, own[0], evidence) : guessed(guess, country, evidence));
    return true;
  }
  // A state or a named armed group that the text gives as acting outranks a guess from the
  // words around it: ACLED's notes name their actors in few ways, articles in many.
  // "pro-Hadi forces and Southern Resistance fighters thwarted …": a group named second in a joint
  // subject is not who ACLED counts first; the guess, which read the whole subject, stands.
  const subject = source !== undefined ? actingSubject(text) : '';
  const second = (a: EventParticipant) =>
    source !== undefined &&
    a.evidence.some((e) => {
      const said = source.slice(e.start, e.end).trim();
      const at = said.length >= 2 ? subject.indexOf(said) : -1;
      return at > 0 && /\band\b/.test(subject.slice(0, at));
    });
  const solid = actors.findIndex(
    (a) =>
      !victim(a) &&
      !second(a) &&
      (resolved.has(a) ||
        ((a.kind === 'military' || a.kind === 'police') && a.country !== undefined) ||
        // A capital or country standing for its government ("Washington struck"): solid when it is
        // a foreign one; the event's own ("Tripoli") is as likely its place.
        (a.kind === 'government' && a.country !== undefined && a.country !== country && !qualifier(a)) ||
        // An institution the text names ("the Iraqi parliament voted") is no place in disguise.
        (a.kind === 'government' && a.country !== undefined && INSTITUTION.test(a.name)) ||
        (nonState(a.kind) && a.kind !== 'organisation' && a.acled !== undefined)),
  );
  if (solid >= 0) {
    const [a] = actors.splice(solid, 1);
    // "Security forces" of the event's country.
    const acled = a!.acled ?? acledActorName(a!.kind, a!.country ?? country);
    actors.unshift({ ...a!, ...(acled && { acled: namer.fullName(acled) }) });
    return false;
  }
  actors.unshift(guessed(guess, country, evidence));
  return true;
}

// A force, craft or strike a country's name may qualify ("UAE ship", "US drone strike").
const FORCE_NOUN =
  /^\s+(?:air force|navy|naval|army|military|troops|soldiers|forces|warplanes?|jets?|aircraft|helicopters?|drones?|ships?|vessels?|gunboats?|warships?|airstrikes?|air strikes?|strikes?|artillery|convoy|patrol)\b/i;

/** Non-state groups whose ACLED name says who they are, not whose side. */
const OWN_NAMED: ReadonlySet<ActorKind> = new Set(['political-militia', 'identity-militia']);

/** Kinds ACLED names by rule, not by who they are. */
const BY_KIND: ReadonlySet<ActorKind> = new Set(['protesters', 'rioters', 'civilians', 'unidentified-armed-group']);

/** `s` with the characters a regular expression reads specially escaped. */
function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names of a state's institutions, which stand for its government as actors. */
const INSTITUTION =
  /\b(?:parliament|ministry|minister|president|presidency|government|cabinet|council|assembly|congress|senate|court|governor|mayor|prime minister)\b/i;

// Capitalised words a state force's subject may have besides countries and demonyms.
const STATE_WORDS = /^(?:Military|Police|Army|Armed|Forces?|Security|Troops|Soldiers|Govt|Government|Regime|The)$/;

/**
 * Whether a note's subject is a state force of `kind` and names nothing else: "Egyptian military
 * forces", "military forces of India and Pakistan", not "Southern Resistance forces" or "HTS
 * brought military reinforcements".
 */
function stateSubject(subject: string, kind: ActorKind): boolean {
  const re =
    kind === 'police'
      ? /\b(?:police|gendarmes|gendarmerie)/i
      : /\b(?:military|army|troops|soldiers|forces|warplanes|jets|aircraft|drones?|navy|artillery)\b/i;
  if (!re.test(subject)) return false;
  return (subject.match(/\b\p{Lu}[\p{L}-]*/gu) ?? []).every(
    (w) => STATE_WORDS.test(w) || countryByName(w) !== undefined || countryByDemonym(w) !== undefined,
  );
}

/** The countries (ISO alpha-2) a subject names by name or demonym, in order. */
function subjectCountries(subject: string): string[] {
  const out: string[] = [];
  for (const w of subject.match(/\b\p{Lu}[\p{L}-]*/gu) ?? []) {
    const c = (countryByName(w) ?? countryByDemonym(w))?.alpha2;
    if (c && !out.includes(c)) out.push(c);
  }
  return out;
}

/** The named first actor as a participant, with the event's first mention as its evidence. */
function guessed(guess: AcledActorGuess, country: string | undefined, evidence: Span): EventParticipant {
  return {
    name: guess.name,
    kind: guess.kind,
    ...(country && guess.template.includes(COUNTRY_SLOT) && { country }),
    acled: guess.name,
    evidence: [{ start: evidence.start, end: evidence.end }],
  };
}

// Kinds ACLED names generically, by kind and country ("Police Forces of Mexico (2018-)"). Not a
// crowd's: "health workers" attacked are no "Protesters (C)".
const GENERIC_KINDS: ReadonlySet<ActorKind> = new Set([
  'military',
  'police',
  'government',
  'civilians',
  'unidentified-armed-group',
]);

// The capitalised words right before a mention, which the actor layer leaves out of a nominal
// ("Taliban" of "Taliban militants", "pro-Houthi" of "pro-Houthi fighters"; not "anti-Houthi",
// which names the other side).
const QUALIFIER = /(?:^|[^\p{L}-])((?:(?:pro-)?\p{Lu}[\p{L}'’-]*\s+){1,3})$/u;

/** A mention's words with the capitalised qualifier before them ("Taliban militants"). */
function qualified(source: string, e: Span): string {
  const q = QUALIFIER.exec(source.slice(Math.max(0, e.start - 40), e.start));
  return (q ? q[1]! : '') + source.slice(e.start, e.end);
}

// The sides ACLED's associates of crowds join ("Labour Group (Mexico)" beside "Protesters
// (Mexico)"): an attacked union is no crowd.
const CROWD_KINDS: ReadonlySet<ActorKind> = new Set(['protesters', 'rioters']);

/**
 * The state and regime an ACLED state force's name is of ("Police Forces of Brazil (2019-)" →
 * "Brazil (2019-)"): Yemen's forces of 2012 and the Houthis' of 2016 are two sides.
 */
function stateOf(name: string): string | undefined {
  return /^(?:Military|Police) Forces of (?:the )?([^(]+?(?:\s*\(\d{4}-(?:\d{4})?\))?)(?:\s|$)/.exec(name)?.[1];
}

/**
 * The other side of an event under the names ACLED gives it (its `actor2`): each target takes
 * the name its words have in the event's country (what ACLED's notes call the group, else a state
 * force or a crowd by kind). In a battle, armed groups come first, and where it names no one acted
 * on, the second group of the subject is the other side ("GNA and LNA forces clashed"), else the
 * side ACLED's notes almost always code against the first actor (a monitor's "explosions in both
 * directions of the frontline"), which stands on the event's first mention. Returns whether the
 * naming model supplied that side. Actors are otherwise left as they are.
 */
export function nameTargets(
  actors: EventParticipant[],
  targets: EventParticipant[],
  acled: { eventType: string; subEventType: string } | undefined,
  country: string | undefined,
  namer: AcledActorNamer | null,
  source: string,
  evidence: Span,
): boolean {
  if (!namer || !acled) return false;
  // A crowd's event names only the forces that met it and the civilians it attacked, by kind, as
  // its crowd is named (see orderActors); the crowd's own people ("workers") are no other side.
  const crowd = CROWD_EVENT_TYPES.has(acled.eventType);
  // A side with no name yet takes ACLED's generic one for its kind in its country.
  const byKind = (a: EventParticipant, c: string | undefined) => {
    const generic = a.acled === undefined && c ? namer.genericActor(a.kind, c, 1)?.name : undefined;
    if (generic) a.acled = generic;
  };
  const name = (a: EventParticipant) => {
    const c = a.country ?? country;
    // A government the text does not place ("the government") is whose the event's country is
    // only as often as not ("rebels fighting Managua's Sandinista government", told from Washington).
    if (a.kind === 'government' && a.country === undefined) return;
    if (crowd) {
      if (STATE_FORCES.has(a.kind) || a.kind === 'civilians') byKind(a, c);
      return;
    }
    // A government the text names is named by rule ("the Afghan government").
    const alias =
      (a.kind === 'government' && a.acled !== undefined) || a.kind === 'person'
        ? undefined
        : namer.aliasOf(a.evidence.map((e) => qualified(source, e)).join(' '), c);
    if (!(alias && renamed(a, alias)) && GENERIC_KINDS.has(a.kind)) byKind(a, c);
    // An associate ACLED codes beside a main actor stands for that side.
    const main = a.acled !== undefined ? namer.mainActorOf(a.acled) : undefined;
    if (main && !CROWD_KINDS.has(kindOfAcledName(main))) {
      a.acled = main;
      const kind = kindOfAcledName(main);
      if (kind !== 'organisation') a.kind = kind;
    }
    if (a.acled !== undefined && STATE_FORCES.has(kindOfAcledName(a.acled))) a.acled = namer.fullName(a.acled);
  };
  targets.forEach(name);
  // A force of the first actor's own state ("police officers were attacked" in a military
  // police operation) is on its side, not the other.
  const own = (t: EventParticipant) =>
    actors[0]?.acled !== undefined &&
    t.acled !== undefined &&
    STATE_FORCES.has(kindOfAcledName(actors[0].acled)) &&
    STATE_FORCES.has(kindOfAcledName(t.acled)) &&
    stateOf(t.acled) === stateOf(actors[0].acled);
  let guessed = false;
  if (COUNTERPART_TYPES.has(acled.eventType) && !targets.some((t) => t.acled !== undefined)) {
    const first = actors[0];
    const other =
      acled.eventType === 'Battles'
        ? actors.findIndex((a, i) => i > 0 && a.acled !== undefined && a.acled !== first?.acled)
        : -1;
    // The usual enemy only where the words name no other armed group: "Indian forces clashed
    // with militants" in Kashmir are not fighting Pakistan's army, whom ACLED's notes of Indian
    // battles mostly name.
    const side =
      first?.acled && !targets.some((t) => ARMED_KINDS.has(t.kind))
        ? namer.counterpart(acled.eventType, first.acled)
        : undefined;
    if (other > 0) targets.unshift(...actors.splice(other, 1));
    else if (side) {
      targets.unshift({
        name: side,
        kind: kindOfAcledName(side),
        ...(country && { country }),
        acled: side,
        evidence: [{ start: evidence.start, end: evidence.end }],
      });
      guessed = true;
    }
  }
  // In a battle the other side is an armed group: it comes before whoever else the sentence
  // names after the trigger (a village the tagger took for a person, officials), and before the
  // first actor's own state's forces; order kept.
  if (acled.eventType === 'Battles') {
    const rank = (t: EventParticipant) => (!ARMED_KINDS.has(t.kind) ? 2 : own(t) ? 1 : 0);
    targets.sort((a, b) => rank(a) - rank(b));
  }
  return guessed;
}

/**
 * Gives a participant the ACLED name an alias of its words stands for, and the kind that name
 * says, unless it keeps its own: "Israeli settlers" are Settlers (Israel), whatever notes with
 * "Israeli" in them code (a group with a name of its own stays itself beside a state force a word
 * of its mention stands for elsewhere); a unit the state force's name spells out ("Amajid
 * Brigade") is the force's. Returns whether it was renamed.
 */
function renamed(a: EventParticipant, alias: string): boolean {
  if (
    OWN_NAMED.has(a.kind) &&
    a.acled !== undefined &&
    STATE_FORCES.has(kindOfAcledName(alias)) &&
    !nameWords(a.name).some((w) => nameWords(alias).includes(w))
  )
    return false;
  a.acled = alias;
  const kind = kindOfAcledName(alias);
  if (kind !== 'organisation') a.kind = kind;
  return true;
}

/**
 * An ACLED name without its regime period where the event comes before that period began: the
 * Iraqi army of 1987 is not "Military Forces of Iraq (2018-)", whose name the notes of 2020 taught.
 */
export function withinPeriod(name: string, year: number | undefined): string {
  const m = /\s*\((\d{4})-(\d{4})?\)/.exec(name);
  if (!m || year === undefined) return name;
  const [from, to] = [Number(m[1]), m[2] ? Number(m[2]) : Infinity];
  return year < from || year > to ? (name.slice(0, m.index) + name.slice(m.index + m[0].length)).trim() : name;
}
