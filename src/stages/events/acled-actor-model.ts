/**
 * ACLED's first actor, named the way ACLED's coders name it. For protests and riots the rule is
 * fixed (`Protesters (Iraq)`, `Rioters (India)`: the crowd of the event's country). For battles,
 * explosions, violence against civilians and strategic developments the name depends on who ACLED
 * counts as the actor and on ACLED's actor list, which words alone do not give: "pro-Houthi
 * forces" are `Military Forces of Yemen (2016-) Supreme Political Council`, "the Ukrainian
 * Forces" `Military Forces of Ukraine (2019-)`, "a man was shot dead" with no one named an
 * `Unidentified Armed Group (Mexico)`, or in Mexico often an `Unidentified Gang (Mexico)`.
 *
 * So a classifier learnt from ACLED's notes names a template over the event's country
 * ("Military Forces of {C}", "Unidentified Armed Group ({C})", "Taliban") and the event's place
 * fills the slot; regime periods come back from a table of the full names seen in training
 * ("Military Forces of Ukraine" → "Military Forces of Ukraine (2019-)"). The model file is built by
 * `npm run train:events`; the events benchmark trains one per fold.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ActorKind } from '../../core/layers.js';
import { countryByDemonym, countryByName } from '../../lexicons/countries.js';
import {
  COUNTRY_SLOT,
  acledActorName,
  acledCountryName,
  acledTemplate,
  fillAcledTemplate,
  withoutPeriod,
  type IdentitySuffix,
} from '../entities/acled-actor-name.js';
import { EventClassifier, trainEventClassifier, type EventClassifierModel } from './event-classifier.js';

/** The label of names seen too rarely to learn: the event keeps the actor the text gives. */
export const OTHER_ACTOR = '{OTHER}';

/** How near (km) an observation seen in training must be to say whose fire a new one was, and how many vote. */
const OBSERVED_KM = 10;
const OBSERVED_K = 3;

// The verbs of a monitor's report ("the OSCE SMM observed", "monitors recorded").
const OBSERVING = /^(?:observed|recorded|monitored)$/i;

/**
 * Whether a note reports what a monitor saw or heard rather than who acted: its first verb is
 * one of observing ("the OSCE SMM observed a total of 9 explosions … near Khutir Vilny").
 */
export function isObservation(text: string): boolean {
  const body = text.replace(LEAD, '');
  const verb = FIRST_VERB.exec(body);
  return verb !== null && verb.index <= 60 && OBSERVING.test(verb[0]);
}

/** Great-circle distance in km, flat-earth approximation (fine within tens of km). */
function kmBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dy = lat1 - lat2;
  const dx = (lon1 - lon2) * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180));
  return 111.2 * Math.hypot(dx, dy);
}

/** How sure the country model must be for its country to be used. */
const COUNTRY_MIN = 0.99;

/** ACLED event types whose first actor is the crowd, by rule. */
export const CROWD_EVENT_TYPES: ReadonlySet<string> = new Set(['Protests', 'Riots']);

/** The actor naming model as stored on disk. */
export interface AcledActorModelFile {
  name: string;
  version: number;
  /** Note text → actor template. */
  templates: EventClassifierModel;
  /** Period-less ACLED name → the full name ACLED writes, with the regime period. */
  fullNames: Record<string, string>;
  /**
   * Templates that training only saw in one country (ISO alpha-2): "Military Forces of {C}
   * Supreme Political Council" is Yemen's wherever the place was not found or was misread.
   */
  homeCountries: Record<string, string>;
  /**
   * Templates that are a few countries' conventions, with those countries (ISO alpha-2):
   * "Unidentified Gang ({C})" is how ACLED names Mexico's killers, not Iraq's; named groups seen in
   * no more than five countries ("QSD: Syrian Democratic Forces") too.
   */
  localTemplates: Record<string, string[]>;
  /**
   * Note text → the event's country as ACLED names it: where no place of the text resolves
   * ("the OSCE SMM observed … near Zholobok"), the words still say whose war it is.
   */
  countries?: EventClassifierModel;
  /**
   * A capitalised word of an actor's mention, in an event's country ("SY|hts", "YE|saudi",
   * "CD|fardc") → the ACLED name the notes with that word almost always code among their actors,
   * and how often: ACLED's conventions for what a note's words call a group ("Saudi forces" in
   * Yemen are `Operation Restoring Hope`; "FARDC" the `Military Forces of the Democratic Republic
   * of Congo (2019-)`).
   */
  aliases?: Record<string, [string, number]>;
  /**
   * The places of the notes that report what a monitor observed ("the OSCE SMM observed a total
   * of 9 explosions … near Khutir Vilny") and their first actor's template, as [lat, lon,
   * template]: such a note names no side, and ACLED codes the side by where the fire was seen.
   */
  observed?: [number, number, string][];
  /**
   * A capitalised word of a note's subject, in an event's country ("YE|saudi", "LY|gna") → the
   * first actor the notes whose subject has it almost always code, and how often: how ACLED
   * names who a note says acted ("Saudi forces reportedly fired" in Yemen is `Operation Restoring
   * Hope`; "military forces of India and Pakistan" in India are India's).
   */
  subjects?: Record<string, [string, number]>;
  /**
   * The event's country (ISO alpha-2, or "*" for all) → the kind of identity group its militias
   * are most often named by in training ("YE" → Tribal, "SO" → Clan): what "Dozo militiamen" are
   * where the text does not say; empty where training named the country's militias only as
   * political ones ("Mayi Mayi Militia" in Congo).
   */
  identitySuffixes?: Record<string, IdentitySuffix | ''>;
  /**
   * A battle's or a strategic development's first actor ("Battles|NAF: United Armed Forces of
   * Novorossiya") → the second actor ACLED's notes of that type almost always code against it, and
   * how often: the other side of a front, which a monitor's note ("explosions in both directions
   * of the frontline") does not name; the gang of Brazil's military police's drug seizures.
   */
  counterparts?: Record<string, [string, number]>;
  /**
   * An actor ACLED codes only as an associate of another ("Donbass People's Militia" beside the
   * NAF, "Popular Resistance" beside Yemen's forces) → that main actor, and how often: what a
   * note's words name is then the main actor's side.
   */
  mainActors?: Record<string, [string, number]>;
}

/** One ACLED row as training uses it. */
export interface AcledActorExample {
  text: string;
  eventType: string;
  /** The event's country as ACLED names it ("Yemen"). */
  country: string;
  /** actor1 first, then actor2 and the associated actors (each may be empty). */
  actors: string[];
  /** The event's coordinates as ACLED codes them, where given. */
  point?: { lat: number; lon: number };
}

/** An ACLED CSV row (column → cell) as the actor model trains on it. */
export function acledActorExample(row: Readonly<Record<string, string | undefined>>): AcledActorExample {
  const coordinate = (cell: string | undefined) => {
    const x = cell?.trim() ? Number(cell) : NaN;
    return Number.isFinite(x) ? x : undefined;
  };
  const lat = coordinate(row.latitude);
  const lon = coordinate(row.longitude);
  return {
    text: row.notes_text ?? '',
    eventType: row.event_type ?? '',
    country: row.country ?? '',
    actors: [row.actor1 ?? '', row.actor2 ?? '', row.assoc_actor_1 ?? '', row.assoc_actor_2 ?? ''],
    ...(lat !== undefined && lon !== undefined && { point: { lat, lon } }),
  };
}

/** A named first actor. */
export interface AcledActorGuess {
  /** The ACLED name, filled and with its period where ACLED gives one. */
  name: string;
  template: string;
  kind: ActorKind;
  confidence: number;
}

/** The kind an ACLED name stands for, where its form says so. */
export function kindOfAcledName(name: string): ActorKind {
  if (/^Military Forces of\b/.test(name)) return 'military';
  if (/^Police Forces of\b/.test(name)) return 'police';
  if (/^Government of\b/.test(name)) return 'government';
  if (/^Protesters\b/.test(name)) return 'protesters';
  if (/^Rioters\b/.test(name)) return 'rioters';
  if (/^Civilians\b/.test(name)) return 'civilians';
  if (/^Unidentified (?:Armed Group|Gang)\b/.test(name)) return 'unidentified-armed-group';
  if (/\b(?:Ethnic|Communal|Clan|Tribal|Caste) Militia\b/.test(name)) return 'identity-militia';
  if (/\bMilitia\b/.test(name)) return 'political-militia';
  return 'organisation';
}

/** A loaded actor naming model. */
export class AcledActorNamer {
  readonly name: string;
  private readonly classifier: EventClassifier;
  private readonly fullNames: Record<string, string>;
  private readonly homeCountries: Record<string, string>;
  private readonly localTemplates: Record<string, string[]>;
  private readonly countries: EventClassifier | undefined;
  private readonly aliases: Record<string, [string, number]>;
  private readonly observed: [number, number, string][];
  private readonly subjects: Record<string, [string, number]>;
  private readonly identitySuffixes: Record<string, IdentitySuffix | ''>;
  private readonly counterparts: Record<string, [string, number]>;
  private readonly mainActors: Record<string, [string, number]>;

  constructor(file: AcledActorModelFile) {
    this.name = `${file.name}@${file.version}`;
    this.classifier = new EventClassifier(file.templates);
    this.fullNames = file.fullNames;
    this.homeCountries = file.homeCountries;
    this.localTemplates = file.localTemplates;
    this.countries = file.countries && new EventClassifier(file.countries);
    this.aliases = file.aliases ?? {};
    this.observed = file.observed ?? [];
    this.subjects = file.subjects ?? {};
    this.identitySuffixes = file.identitySuffixes ?? {};
    this.counterparts = file.counterparts ?? {};
    // The actor layer writes a named group without apostrophes ("Donbass Peoples Militia").
    this.mainActors = Object.fromEntries(
      Object.entries(file.mainActors ?? {}).map(([k, v]) => [k.replace(/[’'‘]/g, ''), v]),
    );
  }

  /** The main actor ACLED codes `name` as an associate of, where it codes it only so. */
  mainActorOf(name: string): string | undefined {
    return this.mainActors[this.fullName(name).replace(/[’'‘]/g, '')]?.[0];
  }

  /** The second actor ACLED's notes of `eventType` almost always code against `actor1`, where training learnt one. */
  counterpart(eventType: string, actor1: string): string | undefined {
    return this.counterparts[`${eventType}|${this.fullName(actor1)}`]?.[0];
  }

  /**
   * The kind of identity group a militia of `country` (ISO alpha-2) most likely is, as ACLED names
   * it; empty where the country's named militias are political ones.
   */
  identitySuffix(country: string | undefined): IdentitySuffix | '' | undefined {
    const own = country ? this.identitySuffixes[country] : undefined;
    return own ?? this.identitySuffixes['*'];
  }

  /**
   * The first actor that training's notes in `country` (ISO alpha-2) code where their subject
   * has a capitalised word of this note's subject (the earliest such word of it), where one does;
   * with the word (lower-cased).
   */
  subjectActor(text: string, country: string | undefined): { name: string; word: string } | undefined {
    if (!country) return undefined;
    for (const word of aliasWords(actingSubject(text))) {
      const hit = this.subjects[`${country}|${word}`];
      if (hit) return { name: hit[0], word };
    }
    return undefined;
  }

  /**
   * ACLED's first actor of a monitor's observation (see {@link isObservation}) at `point` in
   * `country`: the template of the nearest observations within {@link OBSERVED_KM}, each voting
   * by the inverse square of its distance (5-fold CV on ACLED's notes: actor1 +1 note against
   * equal votes); undefined for other notes or where none is that near.
   */
  observedSide(
    text: string,
    country: string | undefined,
    point: { lat: number; lon: number } | undefined,
  ): AcledActorGuess | undefined {
    if (!point || this.observed.length === 0 || !isObservation(text)) return undefined;
    const near: [number, string][] = [];
    for (const [lat, lon, template] of this.observed) {
      const d = kmBetween(point.lat, point.lon, lat, lon);
      if (d <= OBSERVED_KM) near.push([d, template]);
    }
    if (near.length === 0) return undefined;
    near.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
    // The nearer an observation, the likelier the same side's ground: votes fall with the square of
    // the distance, so a village's own record outweighs two from the next one.
    const votes = new Map<string, number>();
    let total = 0;
    for (const [d, t] of near.slice(0, OBSERVED_K)) {
      const w = 1 / (d + 0.5) ** 2;
      votes.set(t, (votes.get(t) ?? 0) + w);
      total += w;
    }
    const most = Math.max(...votes.values());
    const template = near.find(([, t]) => votes.get(t) === most)![1];
    return this.named(template, most / total, country);
  }

  /**
   * How far (km) `point` lies from the nearest place where training saw a monitor's observation
   * (see {@link isObservation}); Infinity without any.
   */
  observedDistance(point: { lat: number; lon: number }): number {
    let best = Infinity;
    for (const [lat, lon] of this.observed) best = Math.min(best, kmBetween(point.lat, point.lon, lat, lon));
    return best;
  }

  /**
   * The ACLED name that an actor mention's words stand for in an event in `country` (ISO
   * alpha-2), where training learnt one for one of its capitalised words; the surest word wins.
   */
  aliasOf(said: string, country: string | undefined): string | undefined {
    const mention = said.replace(/['’]s\b/g, '');
    // Only a form the mention writes capitalised names a group ("NAS", not "three women").
    const capitalised = new Set(aliasWords(mention));
    // The mention's own name ("CODECO militiamen"), else an acronym in it standing alone as a
    // short name ACLED uses ("BJP workers"; not "Al" of "Al Hudaydah").
    const acronyms = (mention.match(/\b[A-Z]{3,}\b/g) ?? []).map((w) => w.toLowerCase());
    // A name may be part of the mention, after a qualifier ("STC Security Belt Forces") or
    // before another name ("Amajid Brigade and Resistance"): the longest part, of two words or
    // more, that is one (a single word is a name only in capitals: "NLF", not "Nlf").
    const words = mention.trim().split(/\s+/);
    const parts: string[] = [];
    for (let n = words.length - 1; n >= 2; n--)
      for (let i = 0; i + n <= words.length; i++) parts.push(...nameForms(words.slice(i, i + n).join(' ')));
    for (const f of [...nameForms(mention), ...parts, ...acronyms]) {
      if (!f.split(' ').every((w) => capitalised.has(w))) continue;
      const hit = this.aliases[`*|${f}`];
      const name = hit && fillAcledTemplate(hit[0], country, this.fullNames);
      if (name) return name;
    }
    // A new branch of a faction training saw, hyphenated to its name ("Raia Mutomboki-Lukoba
    // militiamen"), is named as ACLED names its branches: "Mayi Mayi Militia (Raia
    // Mutomboki-Lukoba)".
    for (const m of mention.matchAll(/((?:\p{Lu}[\p{L}]*\s+)*\p{Lu}[\p{L}]*)-(\p{Lu}[\p{L}]*)/gu)) {
      const hit = this.aliases[`*|${m[1]!.toLowerCase()}`];
      if (hit && factionOf(hit[0])?.toLowerCase() === m[1]!.toLowerCase()) {
        const name = fillAcledTemplate(hit[0].replace(/\(([^()]+)\)$/, `(${m[0]})`), country, this.fullNames);
        if (name) return name;
      }
    }
    if (!country) return undefined;
    let best: [string, number] | undefined;
    for (const w of aliasWords(mention)) {
      const hit = this.aliases[`${country}|${w}`];
      if (hit && (!best || hit[1] > best[1])) best = hit;
    }
    return best?.[0];
  }

  /**
   * The event's country (ISO alpha-2) as the words of `text` tell it, where the model is sure
   * (softmax ≥ 0.99: in 5-fold CV on ACLED's notes, 97 % right where no place resolved);
   * undefined otherwise or without a country model.
   */
  countryOf(text: string): string | undefined {
    const top = this.countries?.predict(text);
    return top && top.confidence >= COUNTRY_MIN ? countryByName(top.label)?.alpha2 : undefined;
  }

  /**
   * ACLED's first actor of a (non-crowd) event described by `text` in `country` (ISO alpha-2);
   * undefined where the model names no template it learnt, or the template needs a country and
   * none is known.
   */
  firstActor(text: string, country: string | undefined): AcledActorGuess | undefined {
    const top = this.classifier.predict(withRoleCues(text));
    return this.named(top.label, top.confidence, country, text);
  }

  /** The `k` best first actors the model names for `text` in `country`, best first. */
  firstActors(text: string, country: string | undefined, k: number): AcledActorGuess[] {
    const out: AcledActorGuess[] = [];
    for (const p of this.classifier.rank(withRoleCues(text)).slice(0, k)) {
      const g = this.named(p.label, p.confidence, country, text);
      if (g) out.push(g);
    }
    return out;
  }

  /** A template filled for `country`, where it can be. */
  private named(
    label: string,
    confidence: number,
    country: string | undefined,
    text?: string,
  ): AcledActorGuess | undefined {
    if (label === OTHER_ACTOR) return undefined;
    const kind = kindOfAcledName(label);
    let template = label;
    const home = this.homeCountries[template];
    // With no country known, a named force or group is named only where the words name it or
    // tie the event to its country: "Rebels attacked an army post" is no more Libya's army than
    // anyone's, "The army fired two missiles" no more Novorossiya's.
    if (
      country === undefined &&
      text !== undefined &&
      !namesGroup(text, template) &&
      !(home && this.namesCountry(text, home))
    )
      return undefined;
    const local = this.localTemplates[template];
    // Elsewhere a local convention falls back to ACLED's generic name for its kind.
    // (A named group's countries are checked where the words can bear it out: orderForAcled.)
    // A group the words name ("Islamic State militants" in Somalia) has its branch there, as
    // ACLED names one per country.
    const said =
      text !== undefined &&
      !BY_RULE.has(kind) &&
      (namesGroup(text, template) || (country !== undefined && this.spells(text, template, country)));
    if (!home && local && country && needsCountry(template) && !local.includes(country) && !said) {
      const generic = acledActorName(kind, country);
      // An ethnic or communal group's militia keeps its name in a new country ("Fulani Ethnic
      // Militia (Ghana)"); other local conventions have none there.
      if (!generic && !(kind === 'identity-militia' && !/^Unidentified\b/.test(template))) return undefined;
      if (generic) template = acledTemplate(generic, acledCountryName(country)?.name);
    }
    const name = fillAcledTemplate(template, home ?? country, this.fullNames);
    if (!name) return undefined;
    return { name, template, kind, confidence };
  }

  /**
   * Whether a capitalised word of `text` is one that training's notes in `country` write for the
   * name `template` fills there ("IS" for Islamic State (Syria)).
   */
  private spells(text: string, template: string, country: string): boolean {
    const name = fillAcledTemplate(template, country, this.fullNames);
    return name !== undefined && aliasWords(text).some((w) => this.aliases[`${country}|${w}`]?.[0] === name);
  }

  /** ACLED's generic name for an actor of `kind` in `country` ("Unidentified Armed Group (Mexico)"). */
  genericActor(kind: ActorKind, country: string, confidence: number): AcledActorGuess | undefined {
    const generic = acledActorName(kind, country);
    if (!generic) return undefined;
    const template = acledTemplate(generic, acledCountryName(country)?.name);
    const name = fillAcledTemplate(template, country, this.fullNames);
    return name ? { name, template, kind, confidence } : undefined;
  }

  /**
   * Whether the words of `text` tie it to `country` (ISO alpha-2): they name it ("Myanmar
   * military troops", "Saudi Arabia"), or have a word that training's notes there name a group by
   * ("Saudi-led" in Yemen) or open their subject with ("Turkish" in Iraq). The country model's
   * sureness alone is no such tie: it reads some country into any words (a nurses' protest in
   * Lyon as Ukraine's).
   */
  namesCountry(text: string, country: string): boolean {
    const words = text.match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
    for (let i = 0; i < words.length; i++) {
      if (!/^\p{Lu}/u.test(words[i]!)) continue;
      const w = words[i]!.replace(/[.'’-]+$/, '').toLowerCase();
      // A word of what a unit does ("Police", "Security") names no one's: every state has both.
      if (!FUNCTION_WORDS.test(w) && (this.aliases[`${country}|${w}`] || this.subjects[`${country}|${w}`])) return true;
      for (let n = 1; n <= 3 && i + n <= words.length; n++) {
        const run = words
          .slice(i, i + n)
          .join(' ')
          .replace(/[.'’-]+$/, '');
        if ((countryByName(run) ?? countryByDemonym(run))?.alpha2 === country) return true;
      }
    }
    return false;
  }

  /** Whether the naming model learnt `template` as a first actor. */
  knowsTemplate(template: string): boolean {
    return this.classifier.classes.includes(template);
  }

  /** Whether training saw any event in `country` (ISO alpha-2); true without a country model. */
  trainedOn(country: string): boolean {
    if (!this.countries) return true;
    this.trained ??= new Set(this.countries.classes.map((c) => countryByName(c)?.alpha2 ?? c));
    return this.trained.has(country);
  }

  private trained: Set<string> | undefined;

  /** Whether training saw a template in `country` (ISO alpha-2); true where it kept no list of countries. */
  seenIn(template: string, country: string): boolean {
    const local = this.localTemplates[template];
    return local === undefined || local.includes(country);
  }

  /** The one country (ISO alpha-2) training saw a template in, where it is that country's own. */
  homeCountry(template: string): string | undefined {
    return this.homeCountries[template];
  }

  /** The full ACLED name (with its regime period) of a period-less one, where training saw it. */
  fullName(name: string): string {
    return this.fullNames[withoutPeriod(name)] ?? name;
  }
}

/** Trains the actor naming model on ACLED rows. Deterministic. */
export function trainAcledActorModel(rows: AcledActorExample[], minCount = 2): AcledActorModelFile {
  const fullCounts = new Map<string, Map<string, number>>();
  for (const r of rows)
    for (const cell of r.actors)
      for (const a of cell.split(/;\s*/)) {
        const full = a.trim();
        const bare = withoutPeriod(full);
        if (!full || bare === full) continue;
        const m = fullCounts.get(bare) ?? new Map<string, number>();
        m.set(full, (m.get(full) ?? 0) + 1);
        fullCounts.set(bare, m);
      }
  const fullNames: Record<string, string> = {};
  for (const bare of [...fullCounts.keys()].sort()) {
    const best = [...fullCounts.get(bare)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    fullNames[bare] = best[0];
  }
  const rowsUsed = rows.filter((r) => !CROWD_EVENT_TYPES.has(r.eventType) && r.actors[0]);
  const examples = rowsUsed.map((r) => ({
    text: withRoleCues(r.text),
    label: acledTemplate(r.actors[0]!, r.country || undefined),
  }));
  const counts = new Map<string, number>();
  for (const e of examples) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  for (const e of examples) if ((counts.get(e.label) ?? 0) < minCount) e.label = OTHER_ACTOR;
  const seenIn = new Map<string, Set<string>>();
  examples.forEach((e, i) => {
    if (e.label === OTHER_ACTOR) return;
    const set = seenIn.get(e.label) ?? new Set<string>();
    set.add(rowsUsed[i]!.country);
    seenIn.set(e.label, set);
  });
  const homeCountries: Record<string, string> = {};
  const localTemplates: Record<string, string[]> = {};
  for (const [template, set] of [...seenIn].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const codes = [...set].map((c) => countryByName(c)?.alpha2).filter((c): c is string => c !== undefined);
    // Generic classes (protesters, forces of any state) recur across countries; a template seen
    // often and only ever in one country is that country's.
    if (needsCountry(template) && codes.length === 1 && set.size === 1 && (counts.get(template) ?? 0) >= 5)
      homeCountries[template] = codes[0]!;
    // A named group is local too: ISWAP fights around Lake Chad, the SDF in Syria; guessed from
    // words of violence in another country, it is that country's generic actor of its kind.
    else if (set.size <= 5 && codes.length === set.size) localTemplates[template] = codes.sort();
  }
  const templates = trainEventClassifier(examples, { name: 'acled-actor1', epochs: 8 });
  const countries = trainEventClassifier(
    rows.filter((r) => r.country).map((r) => ({ text: r.text, label: r.country })),
    { name: 'acled-country', epochs: 8 },
  );
  const observed: [number, number, string][] = [];
  examples.forEach((e, i) => {
    const p = rowsUsed[i]!.point;
    if (p && e.label !== OTHER_ACTOR && isObservation(rowsUsed[i]!.text))
      observed.push([Math.round(p.lat * 1e4) / 1e4, Math.round(p.lon * 1e4) / 1e4, e.label]);
  });
  return {
    name: 'acled-actors',
    version: 4,
    templates,
    fullNames,
    homeCountries,
    localTemplates,
    countries,
    aliases: learnAliases(rows),
    subjects: learnSubjects(rowsUsed),
    identitySuffixes: learnIdentitySuffixes(rows),
    observed,
    counterparts: learnCounterparts(rows),
    mainActors: learnMainActors(rows),
  };
}

// A note's opening date and its coder's heading ("Looting: On 5 May 2020,"): not the subject.
const LEAD =
  /^(?:[A-Z][\w -]{0,30}:\s*)?(?:on|around|as reported on|as of|between|during the week of|in the week of|on or around)\s+[^,]{0,40}?\d{4}(?:\s*\([^)]*\))?,?\s*/i;
// The first verb ends the subject: a past participle or tense, an attack verb, an auxiliary.
const FIRST_VERB =
  /\b(?:\w+ed|attack\w*|kill\w*|clash\w*|shot|fired|fire|hit|struck|seized|took|threw|beat|burnt|set|stormed|raided|targeted|abducted|arrested|launched|shelled|detonated|exploded|carried|conducted|opened|ambushed|repelled|repulsed|exchanged|observed|was|were|is|are|has|have|had)\b/;
const BY_AGENT = /\bby\s+((?:[\p{L}'-]+\s+){0,3}[\p{L}'-]+)/gu;
const OBJECT = /\b(?:against|on|at|targeting|targeted)\s+(?:the\s+|an?\s+)?((?:[\p{L}'-]+\s+){0,2}[\p{L}'-]+)/gu;

/** The subject of a note: its words before the first verb, without its opening date ("Egyptian military forces"). */
export function subjectOf(text: string): string {
  const body = text.replace(LEAD, '');
  const verb = FIRST_VERB.exec(body);
  return verb ? body.slice(0, verb.index) : body;
}

/**
 * The subject of a note without the place it may open with ("in Belem, Para, a woman was shot":
 * "a woman"): the words that say who acted. Empty where the subject suffered a passive verb ("7
 * Taliban militants were killed by …"), which says who did not.
 */
export function actingSubject(text: string): string {
  // "suspected JNIM militants attacked": a participle before the subject's noun is no verb.
  const body = text.replace(LEAD, '').replace(HEDGE, '$1');
  const verb = FIRST_VERB.exec(body);
  const subject = verb ? body.slice(0, verb.index) : body;
  if (verb && /^(?:was|were|had|has|have)$/i.test(verb[0]) && PASSIVE.test(body.slice(verb.index))) return '';
  return /^(?:in|near|at|on)\b/i.test(subject) && subject.includes(',')
    ? subject.slice(subject.lastIndexOf(',') + 1)
    : subject;
}

/**
 * The name an event coder's note says the acting subject is coded as ("pro-STC forces, coded as
 * Security Belt forces by default, ambushed …" → "Security Belt forces"; the first of two:
 * "coded as pro-Hadi and Southern Resistance" → "pro-Hadi"); undefined where the subject joins
 * two groups, of which the note may code only the last ("Amajid Brigade and Hazamiyah Resistance
 * forces (coded as Southern Resistance)").
 */
export function codedSubject(text: string): string | undefined {
  const body = text.replace(LEAD, '').replace(HEDGE, '$1');
  const verb = FIRST_VERB.exec(body);
  if (!verb || verb[0].toLowerCase() !== 'coded' || /\band\b/i.test(body.slice(0, verb.index))) return undefined;
  return CODED_AS.exec(body.slice(verb.index))?.[1];
}

// "coded as X" up to a stop: "coded as Security Belt forces by default", "(coded as X)".
const CODED_AS = /^coded as\s+((?:[\p{L}'-]+\s+){0,3}?[\p{L}'-]+)(?=\s*(?:[,.;)]|$)|\s+(?:and|by|due|for)\b)/u;

// Participles that open a subject as adjectives ("suspected", "alleged").
const HEDGE = /^((?:the |a |an )?)(?:suspected|alleged|reported|presumed)\s+/i;

// A passive verb after its auxiliary: "were killed", "was reportedly shot", "had been abducted".
const PASSIVE =
  /^(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?(?:\w+ed|shot|hit|struck|seized|taken|beaten|burnt|set|thrown|caught|held|found)\b/i;

/**
 * The text with its words' roles spelt out as extra words for the naming model: the last words
 * of the subject (before the first verb), of a passive agent ("by X") and of what was hit ("on
 * X", "against X"). A bag of words cannot tell "regime forces targeted Turkish forces" from its
 * converse; ACLED's first actor is the one who acts (5-fold CV on ACLED's notes, template top-1
 * of non-crowd events 0.734 → 0.750).
 */
export function withRoleCues(text: string): string {
  const body = text.replace(LEAD, '');
  const out: string[] = [];
  const words = (s: string) => s.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const w of words(subjectOf(text)).slice(-6)) out.push('zsubj' + w);
  for (const m of body.matchAll(BY_AGENT)) for (const w of words(m[1]!)) out.push('zby' + w);
  for (const m of body.matchAll(OBJECT)) for (const w of words(m[1]!)) out.push('zobj' + w);
  return out.length > 0 ? `${text} ${out.join(' ')}` : text;
}

// The words of a name that say what kind of group it is, not which.
const KIND_WORDS =
  /\b(?:ethnic|communal|clan|sub-clan|tribal|caste|militia|militias|militiamen|militants?|rebels?|fighters?|forces?|members?|cadres?|elements?|tribesmen|gunmen|group|gang|cartel|party|the)\b/giu;

/**
 * The forms a name or a mention of it is looked up by, lower-cased: its acronym ("HTS: …" → hts)
 * and its words without those of its kind or country slot ("Fulani Ethnic Militia ({C})" → fulani).
 */
export function nameForms(name: string): string[] {
  const out = spelledForms(name);
  const initials = nameInitials(name);
  if (initials && !out.includes(initials)) out.push(initials);
  // A faction ACLED names in brackets after its movement ("Mayi Mayi Militia (Raia Mutomboki)"):
  // the text names it by its own name.
  const faction = factionOf(name);
  if (faction && !out.includes(faction.toLowerCase())) out.push(faction.toLowerCase());
  return out;
}

/** The forms a name spells out: its own acronym and its words without kind or country. */
function spelledForms(name: string): string[] {
  const out: string[] = [];
  const lead = /^([\p{Lu}\d][\p{L}\d-]*?\p{Lu}[\p{L}\d-]*):/u.exec(name);
  if (lead) out.push(lead[1]!.toLowerCase());
  const rest = stateUnit(name)
    .replace(/^[^:]*:\s*/, '')
    .replace(/\{C\}|\([^)]*\)/g, ' ')
    .replace(KIND_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (rest.length >= 3 && !out.includes(rest)) out.push(rest);
  return out;
}

/**
 * The faction a name ends with in brackets ("Mayi Mayi Militia (Raia Mutomboki)" → Raia
 * Mutomboki), where the brackets hold neither a country, nor the country slot, nor a period.
 */
export function factionOf(name: string): string | undefined {
  const m = /^[^(]*\S\s*\(([^()]+)\)$/.exec(name);
  const f = m?.[1]!.trim();
  if (!f || f === COUNTRY_SLOT || /\d{4}/.test(f) || countryByName(f) || !/^\p{Lu}/u.test(f)) return undefined;
  return f.length >= 4 ? f : undefined;
}

/**
 * The initials of a name of three or more capitalised words, lower-cased, which is how texts
 * shorten it ("Police Forces of {C} National Directorate of Security" → nds); none for a template
 * over a country ("Fulani Ethnic Militia ({C})").
 */
export function nameInitials(name: string): string | undefined {
  const unit = stateUnit(name).replace(/^[^:]*:\s*/, '');
  // A state's force at large is named by its country, not by initials ("MFI").
  if (unit.includes(COUNTRY_SLOT) || /^(?:Military|Police) Forces of\b/.test(unit)) return undefined;
  const capitals = unit.replace(/\([^)]*\)/g, ' ').match(/\b\p{Lu}/gu) ?? [];
  return capitals.length >= 3 ? capitals.join('').toLowerCase() : undefined;
}

/** Whether `text` writes a name form of `template` as whole words ("Islamic state militants"). */
function namesGroup(text: string, template: string): boolean {
  const lower = text.toLowerCase();
  return nameForms(template).some(
    (f) =>
      f.length >= 4 &&
      // (A plain substring test first: the pattern is built only where the name stands.)
      lower.includes(f) &&
      new RegExp(`(?<![\\p{L}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(lower),
  );
}

/**
 * The unit a state force's name ends with ("Military Forces of {C} Puntland Dervish Force" →
 * "Puntland Dervish Force", "Military Forces of Turkey (2016-) Gendarmerie" → "Gendarmerie"),
 * which is how a text writes it; other names unchanged.
 */
function stateUnit(name: string): string {
  const m = /^(?:Military|Police) Forces of (?:the )?(.*)$/.exec(name);
  if (!m) return name;
  const words = m[1]!.split(' ');
  // The longest country name ("Saudi Arabia", not "Saudi").
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const country = words.slice(0, n).join(' ');
    if (country !== COUNTRY_SLOT && !countryByName(country)) continue;
    const unit = words
      .slice(n)
      .join(' ')
      .replace(/^\(\d{4}-\d{0,4}\)\s*/, '');
    // A unit named only by its function ("Military Police", "Gendarmerie") is what texts call
    // any state's, or the force at large: no form of a name of its own.
    return unit && unit.split(' ').some((w) => !FUNCTION_WORDS.test(w)) ? unit : name;
  }
  return name;
}

// Words that say what a state's unit does, not which unit it is.
const FUNCTION_WORDS =
  /^(?:military|police|civil|federal|national|state|special|security|forces?|guards?|border|intelligence|gendarmerie|prison|army|navy|air|of|the|and)$/i;

/**
 * The initials of each run of capitalised words of a name, lower-cased: "Military Forces of Iraq
 * (2018-) Popular Mobilization Forces" → mf, i, pmf.
 */
export function initialisms(name: string): string[] {
  return (
    name
      .replace(/^[^:]*:\s*/, '')
      .replace(/\([^)]*\)/g, ',')
      .match(/(?:\p{Lu}[\p{L}'-]*[ \t]*)+/gu) ?? []
  )
    .map((run) => run.trim().split(/\s+/))
    .filter((words) => words.length >= 2)
    .map((words) => words.map((w) => w[0]!.toLowerCase()).join(''));
}

/** The capitalised words of a text, lower-cased: the words that may name a group ("pro-Houthi" → houthi). */
export function aliasWords(text: string): string[] {
  // A possessive is the word's own ("the PMF's peace companies" → pmf).
  return [...new Set((text.match(/\p{Lu}[\p{L}\d'’-]*/gu) ?? []).map((w) => w.replace(/['’]s$/, '').toLowerCase()))];
}

/** How many notes must have the word, how often they must code the name, how much above its rate in the country. */
const ALIAS_MIN_NOTES = 3;
const ALIAS_MIN_SHARE = 0.8;
const ALIAS_MIN_LIFT = 0.3;
const BY_RULE: ReadonlySet<ActorKind> = new Set(['protesters', 'rioters', 'civilians', 'unidentified-armed-group']);
/** How often, and how many times more often than any other, a name must be coded to own a form it shares. */
const FORM_MIN_NOTES = 3;
const FORM_MIN_RATIO = 3;
/** A word whose notes code two names alike says which conflict, not which side ("OSCE"). */
const ALIAS_MIN_MARGIN = 0.15;

/**
 * Learns {@link AcledActorModelFile.aliases}: for each country and capitalised word of its notes,
 * the ACLED actor name the notes with the word code among their actors far more often than the
 * country's notes do.
 */
export function learnAliases(rows: AcledActorExample[]): Record<string, [string, number]> {
  const notes = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  const base = new Map<string, Map<string, number>>();
  const rowsIn = new Map<string, number>();
  // Words the notes write in capitals ("FARDC", "SSPDF"): a group's own short name.
  const acronyms = new Set<string>();
  // (Not a monitor's: "the OSCE SMM observed" names who saw, not a side.)
  const monitors = new Set<string>();
  for (const r of rows) {
    const c = countryByName(r.country)?.alpha2;
    if (!c) continue;
    for (const w of r.text.match(/\b\p{Lu}{3,}\b/gu) ?? [])
      (isObservation(r.text) ? monitors : acronyms).add(`${c}|${w.toLowerCase()}`);
    // The two sides only: an associated actor is who a crowd was ("Health Workers"), not a side.
    const names = new Set(
      r.actors
        .slice(0, 2)
        .flatMap((cell) => cell.split(/;\s*/))
        .map((a) => a.trim())
        .filter(Boolean),
    );
    rowsIn.set(c, (rowsIn.get(c) ?? 0) + 1);
    const b = base.get(c) ?? new Map<string, number>();
    for (const n of names) b.set(n, (b.get(n) ?? 0) + 1);
    base.set(c, b);
    for (const w of aliasWords(r.text)) {
      // The country's own name says whose war, not which side ("Afghan").
      if ((countryByName(w) ?? countryByDemonym(w))?.alpha2 === c) continue;
      const key = `${c}|${w}`;
      notes.set(key, (notes.get(key) ?? 0) + 1);
      const m = pairs.get(key) ?? new Map<string, number>();
      for (const n of names) m.set(n, (m.get(n) ?? 0) + 1);
      pairs.set(key, m);
    }
  }
  const out: Record<string, [string, number]> = {};
  // The short forms of every name training saw, in any country: its acronym ("HTS: Hayat Tahrir
  // al Sham" → hts) and what is left of it without its kind and country ("Fulani Ethnic Militia
  // (Mali)" → fulani, a template over the event's country). A form two names share is left out.
  const forms = new Map<string, Map<string, number>>();
  for (const r of rows)
    for (const cell of r.actors)
      for (const a of cell.split(/;\s*/)) {
        const full = a.trim();
        // A joint coding ("JNIM … and/or Islamic State (Greater Sahara)") is ACLED's doubt about
        // who acted, not a name a text writes.
        if (!full || BY_RULE.has(kindOfAcledName(full)) || / and\/or /.test(full)) continue;
        const template = acledTemplate(full, r.country || undefined);
        for (const f of nameForms(template)) {
          const m = forms.get(f) ?? new Map<string, number>();
          m.set(template, (m.get(template) ?? 0) + 1);
          forms.set(f, m);
        }
      }
  // A form two names share names the one ACLED writes far more often, or the bare name whose
  // factions the others are ("Mayi Mayi" is the Mayi Mayi Militia, not its Raia Mutomboki faction).
  // Initials that training's notes write for something else ("IDPs", not the Islamic Dawa Party)
  // are no form of the name: where three or more notes write them, most must code the name.
  const initialsOf = new Map<string, Set<string>>();
  for (const templates of forms.values())
    for (const t of templates.keys()) {
      const i = nameInitials(t);
      if (i) initialsOf.set(i, (initialsOf.get(i) ?? new Set()).add(t));
    }
  const written = new Map<string, [number, number]>();
  for (const r of rows) {
    // "IDPs" writes IDP.
    const words = [...new Set(aliasWords(r.text).map((w) => (initialsOf.has(w) ? w : w.replace(/s$/, ''))))].filter(
      (w) => initialsOf.has(w),
    );
    if (words.length === 0) continue;
    const coded = new Set(
      r.actors
        .slice(0, 2)
        .flatMap((cell) => cell.split(/;\s*/))
        .filter((a) => a.trim())
        .map((a) => acledTemplate(a.trim(), r.country || undefined)),
    );
    for (const w of words) {
      const [n, k] = written.get(w) ?? [0, 0];
      written.set(w, [n + 1, k + ([...initialsOf.get(w)!].some((t) => coded.has(t)) ? 1 : 0)]);
    }
  }
  for (const [w, templates] of initialsOf) {
    const [n, k] = written.get(w) ?? [0, 0];
    // A name that spells the form out ("PDP: Peoples Democratic Party") owns it before names
    // whose initials merely match.
    const spelt = [...forms.get(w)!.keys()].some((t) => spelledForms(t).includes(w));
    if (spelt || (n >= ALIAS_MIN_NOTES && k / n < 0.5))
      for (const t of templates) if (!spelledForms(t).includes(w)) forms.get(w)?.delete(t);
  }
  for (const f of [...forms.keys()]) if (forms.get(f)!.size === 0) forms.delete(f);
  for (const f of [...forms.keys()].sort()) {
    const ranked = [...forms.get(f)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const [top, second] = ranked;
    const bare = ranked.find(([t]) => ranked.every(([u]) => u === t || u.startsWith(`${t} (`)));
    if (!second) out[`*|${f}`] = [top![0], 1];
    else if (bare) out[`*|${f}`] = [bare[0], 1];
    else if (top![1] >= FORM_MIN_NOTES && top![1] >= FORM_MIN_RATIO * second[1]) out[`*|${f}`] = [top![0], 1];
  }
  for (const key of [...notes.keys()].sort()) {
    const n = notes.get(key)!;
    if (n < ALIAS_MIN_NOTES) continue;
    const c = key.slice(0, key.indexOf('|'));
    // Crowds, civilians and unidentified groups ACLED names by rule, never by a word of theirs.
    const ranked = [...pairs.get(key)!]
      .filter(([x]) => !BY_RULE.has(kindOfAcledName(x)))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    // A name the word spells ("PMF": Military Forces of Iraq … Popular Mobilization Forces) is
    // what the word names, whichever side its notes code more often (IS, whom the PMF fight).
    const word = key.slice(key.indexOf('|') + 1);
    const spelt = ranked.find(([x, m]) => m >= ALIAS_MIN_NOTES && initialisms(x).includes(word));
    if (spelt) {
      out[key] = [spelt[0], Math.round((spelt[1] / n) * 1000) / 1000];
      continue;
    }
    const [name, k] = ranked[0] ?? ['', 0];
    const share = k / n;
    const second = (ranked[1]?.[1] ?? 0) / n;
    const rate = (base.get(c)!.get(name) ?? 0) / rowsIn.get(c)!;
    // An acronym names its group however often the country's notes code it: the army's short
    // name ("FARDC") is the army's though most notes there code the army; not one that is
    // another name's own ("AMISOM", in notes of its fights with Al Shabaab).
    const acronym = acronyms.has(key) && !monitors.has(key) && out[`*|${word}`] === undefined;
    if (share >= ALIAS_MIN_SHARE && (share - rate >= ALIAS_MIN_LIFT || acronym) && share - second >= ALIAS_MIN_MARGIN)
      out[key] = [name, Math.round(share * 1000) / 1000];
  }
  return out;
}

/**
 * Learns {@link AcledActorModelFile.subjects} from (non-crowd) rows: for each country and
 * capitalised word of its notes' subjects, the first actor that at least {@link ALIAS_MIN_NOTES}
 * notes with it code {@link ALIAS_MIN_SHARE} of the time.
 */
export function learnSubjects(rows: AcledActorExample[]): Record<string, [string, number]> {
  const notes = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const c = countryByName(r.country)?.alpha2;
    const first = r.actors[0]?.trim();
    if (!c || !first) continue;
    for (const w of aliasWords(actingSubject(r.text))) {
      const key = `${c}|${w}`;
      const m = notes.get(key) ?? new Map<string, number>();
      m.set(first, (m.get(first) ?? 0) + 1);
      notes.set(key, m);
    }
  }
  return dominant(notes);
}

/** The event types whose usual other side is learnt: battles, and strategic developments (a police raid's gang). */
export const COUNTERPART_TYPES: ReadonlySet<string> = new Set(['Battles', 'Strategic developments']);

/**
 * Learns {@link AcledActorModelFile.counterparts}: for each first actor of a battle or a strategic
 * development, the second actor most of its notes of that type code, where there are enough notes
 * and that one dominates.
 */
export function learnCounterparts(rows: AcledActorExample[]): Record<string, [string, number]> {
  const pairs = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const [first, second] = [r.actors[0]?.trim(), r.actors[1]?.trim()];
    if (!COUNTERPART_TYPES.has(r.eventType) || !first || !second) continue;
    const key = `${r.eventType}|${first}`;
    const m = pairs.get(key) ?? new Map<string, number>();
    m.set(second, (m.get(second) ?? 0) + 1);
    pairs.set(key, m);
  }
  return dominant(pairs);
}

/**
 * Learns {@link AcledActorModelFile.mainActors}: the associated actors (of either side) that go
 * with one main actor in most of their notes and are seldom a main actor themselves.
 */
export function learnMainActors(rows: AcledActorExample[]): Record<string, [string, number]> {
  const withMain = new Map<string, Map<string, number>>();
  const asMain = new Map<string, number>();
  for (const r of rows) {
    const [first, second, assoc1, assoc2] = r.actors.map((a) => a?.trim() ?? '');
    for (const a of [first, second]) if (a) asMain.set(a, (asMain.get(a) ?? 0) + 1);
    for (const [cell, main] of [
      [assoc1, first],
      [assoc2, second],
    ] as const)
      if (cell && main)
        for (const a of cell.split(/;\s*/).map((x) => x.trim())) {
          if (!a) continue;
          const m = withMain.get(a) ?? new Map<string, number>();
          m.set(main, (m.get(main) ?? 0) + 1);
          withMain.set(a, m);
        }
  }
  // Seldom a main actor: in under a quarter of the notes that name it at all.
  const seldomMain = (name: string, n: number) => (asMain.get(name) ?? 0) * 4 <= n + (asMain.get(name) ?? 0);
  return dominant(withMain, seldomMain);
}

/**
 * For each key of a tally (key → value → count), the value that at least {@link ALIAS_MIN_NOTES}
 * notes give and {@link ALIAS_MIN_SHARE} of them agree on, with its share; keys in sorted order,
 * ties to the first value in sorted order, so that training stays deterministic.
 */
function dominant(
  tally: Map<string, Map<string, number>>,
  keep: (key: string, notes: number) => boolean = () => true,
): Record<string, [string, number]> {
  const out: Record<string, [string, number]> = {};
  for (const key of [...tally.keys()].sort()) {
    const m = tally.get(key)!;
    const n = [...m.values()].reduce((a, b) => a + b, 0);
    if (n < ALIAS_MIN_NOTES || !keep(key, n)) continue;
    const [value, k] = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    if (k / n >= ALIAS_MIN_SHARE) out[key] = [value, Math.round((k / n) * 1000) / 1000];
  }
  return out;
}

/**
 * Learns {@link AcledActorModelFile.identitySuffixes}: per country, the kind word its identity
 * militias' names most often have ("Fulani Ethnic Militia (Nigeria)" → Ethnic), and overall; a
 * country whose named militias training saw are all political ones ("Mayi Mayi Militia") gets none.
 */
export function learnIdentitySuffixes(rows: AcledActorExample[]): Record<string, IdentitySuffix | ''> {
  const counts = new Map<string, Map<IdentitySuffix, number>>();
  const political = new Set<string>();
  for (const r of rows)
    for (const cell of r.actors)
      for (const a of cell.split(/;\s*/)) {
        const name = a.trim();
        const m = /\b(Ethnic|Communal|Tribal|Clan|Caste) Militia \(([^)]+)\)$/.exec(name);
        const c = m && countryByName(m[2]!)?.alpha2;
        if (!m || !c) {
          const home = countryByName(r.country)?.alpha2;
          if (
            home &&
            /\bMilitia\b/.test(name) &&
            !/^Unidentified\b/.test(name) &&
            kindOfAcledName(name) === 'political-militia'
          )
            political.add(home);
          continue;
        }
        for (const key of [c, '*']) {
          const k = counts.get(key) ?? new Map<IdentitySuffix, number>();
          k.set(m[1] as IdentitySuffix, (k.get(m[1] as IdentitySuffix) ?? 0) + 1);
          counts.set(key, k);
        }
      }
  const out: Record<string, IdentitySuffix | ''> = {};
  for (const c of political) if (!counts.has(c)) out[c] = '';
  for (const key of [...counts.keys()].sort())
    out[key] = [...counts.get(key)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  return Object.fromEntries(Object.entries(out).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

/** Whether a template names the event's country (and so needs one to be filled). */
export function needsCountry(template: string): boolean {
  return template.includes(COUNTRY_SLOT);
}

let shipped: AcledActorNamer | null | undefined;

/** The model that ships in `models/acled-actors.json`, loaded once; null when it is missing. */
export function shippedAcledActorNamer(): AcledActorNamer | null {
  if (shipped !== undefined) return shipped;
  shipped = null;
  // dist/src/stages/events/ → repo root is four levels up; src/ runs (ts loaders) are three.
  for (const rel of ['../../../../models/acled-actors.json', '../../../models/acled-actors.json']) {
    try {
      const json = readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');
      shipped = new AcledActorNamer(JSON.parse(json) as AcledActorModelFile);
      break;
    } catch {
      // try the next location
    }
  }
  return shipped;
}
