/**
 * Toponym recognition from the text alone: spans of capitalized words that the gazetteer knows,
 * kept or dropped by their context (a preceding title makes "Henry" a person, "X province" makes
 * X a region even when the gazetteer lacks it, "the capital" refers to a capital city), plus the
 * GPE/LOC/FAC mentions of the entity layer when an entity stage ran before.
 */
import { organisationKind } from '../entities/organisation-kind.js';
import type { Annotation, Doc } from '../../core/doc.js';
import type { GazetteerEntry, PlaceIndex } from '../../gazetteer/gazetteer.js';
import { nameKey } from '../../gazetteer/name-key.js';

/** What the context says a toponym is. */
export type TypeCue = 'city' | 'region' | 'county' | 'country' | 'facility' | 'capital';

/** A toponym candidate with its gazetteer entries. */
export interface ToponymCandidate {
  start: number;
  end: number;
  /** The name looked up (the surface, or the capital's name for "the capital"). */
  name: string;
  entries: GazetteerEntry[];
  cue?: TypeCue;
  /** "X, Y" or "X (Y)": the candidate that follows and may contain this one. */
  parent?: ToponymCandidate;
  /** The parent was written in parentheses ("X (district, province)"): it surely contains X. */
  parentInParens?: true;
  /** Set on a parent whose administrative reading contains its child: read it as that unit. */
  container?: true;
  /** The entity annotation this candidate came from or matches. */
  entity?: Annotation<'entity'>;
  /** Why it was recognized (provenance rule). */
  rule: string;
  /** Index of its sentence, and whether it opens the sentence. */
  sentence: number;
  sentenceInitial: boolean;
  /** Set for "the capital": resolved later, once the focus country is known. */
  capitalOf?: true;
  /** The dateline of a wire story ("BAGHDAD (Reuters) -"). */
  dateline?: true;
}

interface Tok {
  start: number;
  end: number;
  text: string;
  kind: string;
  sentence: number;
  first: boolean;
}

/** Lower-case words that may sit inside a name ("Ain al Asad", "Isle of Wight"). */
const CONNECTORS = new Set([
  ...['of', 'de', 'del', 'la', 'le', 'al', 'el', 'ad', 'as', 'ash', 'an', 'upon', 'on', 'du', 'es', '&'],
  // Portuguese, Italian, French, Dutch and German particles ("Mato Grosso do Sul").
  ...['do', 'da', 'dos', 'das', 'di', 'des', 'van', 'von', 'der', 'den', 'los', 'las'],
]);

/**
 * Particles that join the words of one name in the languages of the places news reports on
 * ("Qabr al Kabir", "Lanao del Sur", "Qala i Naw", "Khabb wa ash Shaaf", "Toba tek Singh", "Guru ki
 * Wadali"), but
 * are not English words.
 */
const PARTICLE =
  '(?:al|el|es|ad|ar|az|ash|de|del|la|le|los|las|du|da|dos|das|di|des|van|von|der|den|i|e|sub|imeni|bin|ibn|ul|ur|wa|tek|ki|ka)';
const PIECE_AFTER = new RegExp(
  `^\\s+(?:(?:${PARTICLE}\\s+){1,2}\\p{Lu}|(?:al|el|ad|ar|az|ash|an|as|at)[-‐]\\p{Lu})`,
  'u',
);
const CURRENCY_AFTER = /^\s+(?:dollars?|pounds?|currency|currencies|lira|rupees?|yuan|rials?|dinars?)\b/i;
const PIECE_BEFORE = new RegExp(`\\p{Lu}[\\p{L}'’.-]*\\s+(?:${PARTICLE}\\s+){1,2}$`, 'u');

/**
 * Whether a known name is a piece of a longer name the gazetteer lacks, joined to capitalized
 * words by a particle ("Kabir" of "Qabr al Kabir", "Wadi" of "Wadi al-Rabi", "Sur" of "Lanao
 * del Sur"), or an armed movement's name that some village also bears ("Taliban prisons"): the
 * village of that name elsewhere in the world is not what the article means.
 */
export function notThePlaceNamed(text: string, c: ToponymCandidate): boolean {
  if (c.entries.length === 0) return false;
  // "the high US dollar exchange rate": a country naming a currency is not a place of the story.
  if (CURRENCY_AFTER.test(text.slice(c.end, c.end + 12))) return true;
  if (c.entries.some((e) => /^PCL/.test(e.featureCode) || e.featureCode === 'ADM1' || e.population > 1e6)) return false;
  // So is an international body or a news agency that some hamlet is named after ("Red Cross",
  // 742 people; "Xinhua").
  const kind = organisationKind(c.name);
  if (kind === 'rebels' || kind === 'international' || kind === 'media') return true;
  return (
    PIECE_AFTER.test(text.slice(c.end, c.end + 40)) || PIECE_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))
  );
}

/** Designators that follow a name and say what kind of place it is. */
const AFTER_CUES: Record<string, TypeCue> = {
  province: 'region',
  governorate: 'region',
  region: 'region',
  state: 'region',
  district: 'county',
  county: 'county',
  parish: 'county',
  // The local units of the countries conflict reports come from: Nigeria's LGAs, South Asia's
  // tehsils and townships, the Sahel's communes, Ukraine's oblasts and raions.
  lga: 'county',
  municipality: 'county',
  subdivision: 'county',
  township: 'county',
  tehsil: 'county',
  taluka: 'county',
  upazila: 'county',
  commune: 'county',
  raion: 'county',
  rayon: 'county',
  locality: 'county',
  oblast: 'region',
  prefecture: 'region',
  department: 'region',
  city: 'city',
  town: 'city',
  village: 'city',
  base: 'facility',
  camp: 'facility',
  crossing: 'facility',
};

/** "the town of X", "province of X". */
const BEFORE_CUES: Record<string, TypeCue> = {
  province: 'region',
  governorate: 'region',
  state: 'region',
  city: 'city',
  town: 'city',
  village: 'city',
  district: 'county',
  county: 'county',
};

/** The Arabic article at the start of a name key ("al ", "ar ", "as ", …). */
const ARABIC_ARTICLE = /^(?:(?:al|el)[-‐\s]|(?:ar|as|ash|ad|an|at|az|adh)[-‐])(?=\S{3})/i;

/** Designators of a unit that a name's container follows ("X district (Y", "X village, Y"). */
const UNIT_DESIGNATORS =
  'city|town|village|district|sub-?district|province|governorate|municipality|department|county|subdivision|locality|commune|LGA|tehsil|regency';

/** Between a place and the parenthesised unit that contains it: "X (", "X village (", "X city, (". */
const PARENT_PAREN = new RegExp(
  `^\\s*(?:(?:${UNIT_DESIGNATORS}|region|state|area|neighbou?rhood|camp|territory|chieftaincy)\\s*)?,?\\s*\\(\\s*$`,
  'i',
);

/** Between a place with its designator and the unit that contains it: "X district, ", "X village, ". */
const PARENT_COMMA = new RegExp(`^\\s+(?:${UNIT_DESIGNATORS})\\s*,\\s*$`, 'i');

/** Words before a name that make it a person ("Gen. Jackson", "Mr. Lincoln"). */
const PERSON_TITLES = new Set(
  (
    'mr mrs ms miss dr prof rev gen lt col maj capt sgt cpl adm sen rep gov pres president minister ' +
    'king queen prince princess sheikh imam pope judge justice officer deputy detective sheriff chief ' +
    'coach father sister brother saint lord lady sir mayor chairman spokesman spokeswoman'
  ).split(' '),
);

/**
 * Capitalized words that the gazetteer knows as places but that in prose are almost always
 * something else: calendar words, titles, institutions, common nouns of news.
 */
export const NOT_PLACES = new Set(
  (
    'january february march april may june july august september october november december monday tuesday ' +
    'wednesday thursday friday saturday sunday the a an this that these those he she it we they i you his ' +
    'her its our their there here but and or if when while after before since as at in on of for to by ' +
    'from with about police president minister government army court university school college church ' +
    'hospital news reuters ap afp bbc cnn god allah christmas easter ramadan islam muslim christian jewish ' +
    'state city county district province parish north south east west northern southern eastern western ' +
    'central national international federal republic democratic union united party council congress ' +
    'senate house office department center centre street road avenue mr mrs ms dr st mount lake river ' +
    'said says also however meanwhile monday sheriff fire deputy officer officers board committee ' +
    'commission agency ministry company group bank market new old big little good best hope victoria molotov ' +
    'earth world internet web facebook twitter google apple amazon mobile orange reading bath nice ' +
    'beach park hill valley springs falls island islands bay harbor harbour port middle high low ' +
    'american republican democrat democrats republicans gop obama bush clinton trump king queen ' +
    'page sports business weather community health education justice public library museum ' +
    'hall center plaza mall hotel airport station media press post times tribune herald journal ' +
    'gazette star sun daily weekly record patch register bulletin observer chronicle globe examiner ' +
    'were ive im one no so most many none man day section metro commerce passover arab northeast ' +
    'northwest southeast southwest pack lane yes not all some both each every other such what who ' +
    // Function words that open sentences ("More than 5,000 …") and month abbreviations ("Nov. 3"):
    // some village somewhere bears each as a name or an alternate name.
    'more less than only even just then now why how where which whose would could should will can ' +
    'very much any own same too again once over under through during without within upon against ' +
    'among jan feb mar apr jun jul aug sep sept oct nov dec ' +
    // Parts of Arabic, Spanish and administrative names that are never a place alone.
    'al el la zone colonia headquarters mine bani madinat route soviet'
  ).split(' '),
);

/** Cities named by a common word ("Nice", "Reading", "Bath"): places only where the words say so. */
const COMMON_WORD_CITIES = new Set(['nice', 'reading', 'bath', 'mobile', 'victoria', 'orange']);

/**
 * "in Nice", "the city of Nice", "near Reading", "the Nice attack": a place's preposition or
 * designator around token i.
 */
function afterLocative(toks: Tok[], i: number): boolean {
  const prev = toks[i - 1];
  if (!prev || prev.sentence !== toks[i]!.sentence) return false;
  if (/^(?:in|near|at|outside|to)$/.test(prev.text)) return true;
  // "the Nice attack", "the Reading bombing": the city names the scene of an event.
  const next = toks[i + 1];
  if (
    prev.text.toLowerCase() === 'the' &&
    next?.sentence === toks[i]!.sentence &&
    /^(?:attacks?|bombings?|shootings?|massacre|stabbings?|killings?|victims|rampage|tragedy|carnage|riots?)$/i.test(
      next.text,
    )
  )
    return true;
  const before = toks[i - 2];
  return prev.text === 'of' && before !== undefined && /^(?:city|town|resort|port|suburb)$/i.test(before.text);
}

/**
 * Capitalized words after a place name that make the name a modifier of an organisation or
 * facility ("Alexandria Police", "Gainesville City Council"): the place is still a toponym.
 */
const ORG_HEADS = new Set(
  (
    'police sheriff sheriffs city department state mayor fire high community public district council ' +
    'highway school schools national board jail town attorney superior regional senior volunteer circuit ' +
    'international army road court foreign coroner chamber medical detention democratic area electric ' +
    'arts central house county parish university college hospital airport times news church library ' +
    'museum center centre memorial middle elementary academy street avenue boulevard river lake valley ' +
    'port harbor bay water utilities transit housing health planning economic development chamber ' +
    'republican republicans democrats party government ministry embassy consulate province governorate ' +
    'region square bridge station stadium park mall club league zoo festival fair times post herald ' +
    'tribune journal gazette daily press pta unified independent municipal metropolitan ' +
    'lga tehsil taluka township upazila municipality subdivision commune oblast raion rayon prefecture ' +
    'department district sub-district locality'
  ).split(' '),
);

/** AP state abbreviations (US local news writes "Alexandria, La."). */
export const STATE_ABBREVIATIONS: Record<string, string> = {
  'ala.': 'Alabama',
  'ariz.': 'Arizona',
  'ark.': 'Arkansas',
  'calif.': 'California',
  'colo.': 'Colorado',
  'conn.': 'Connecticut',
  'del.': 'Delaware',
  'fla.': 'Florida',
  'ga.': 'Georgia',
  'ill.': 'Illinois',
  'ind.': 'Indiana',
  'kan.': 'Kansas',
  'ky.': 'Kentucky',
  'la.': 'Louisiana',
  'md.': 'Maryland',
  'mass.': 'Massachusetts',
  'mich.': 'Michigan',
  'minn.': 'Minnesota',
  'miss.': 'Mississippi',
  'mo.': 'Missouri',
  'mont.': 'Montana',
  'neb.': 'Nebraska',
  'nev.': 'Nevada',
  'n.h.': 'New Hampshire',
  'n.j.': 'New Jersey',
  'n.m.': 'New Mexico',
  'n.y.': 'New York',
  'n.c.': 'North Carolina',
  'n.d.': 'North Dakota',
  'okla.': 'Oklahoma',
  'ore.': 'Oregon',
  'pa.': 'Pennsylvania',
  'r.i.': 'Rhode Island',
  's.c.': 'South Carolina',
  's.d.': 'South Dakota',
  'tenn.': 'Tennessee',
  'tex.': 'Texas',
  'vt.': 'Vermont',
  'va.': 'Virginia',
  'wash.': 'Washington',
  'w.va.': 'West Virginia',
  'wis.': 'Wisconsin',
  'wyo.': 'Wyoming',
};

function isCap(t: Tok): boolean {
  if (t.kind !== 'word') return false;
  const c = t.text.charAt(0);
  if (c !== c.toLowerCase() && c === c.toUpperCase()) return true;
  // "al-Asad", "el-Arish": an Arabic article before a capitalized name.
  return /^(?:al|el|ad|as|ash|an|ar|at|az)[-‐][\p{Lu}]/u.test(t.text);
}

function tokensOf(doc: Doc): Tok[] {
  const sentences = doc.layer('sentence');
  const out: Tok[] = [];
  let lastSentence = -1;
  for (const t of doc.layer('token')) {
    const s = sentences[t.attrs.sentence];
    if (s && s.attrs.zone === 'furniture') continue;
    // The first word of a sentence (after any opening quote or bullet) is capitalized anyway.
    const first = t.label === 'word' && t.attrs.sentence !== lastSentence;
    out.push({
      start: t.start,
      end: t.end,
      text: doc.text.slice(t.start, t.end),
      kind: t.label,
      sentence: t.attrs.sentence,
      first,
    });
    if (t.label === 'word') lastSentence = t.attrs.sentence;
  }
  return out;
}

/** Days and months, which follow a place's "on" or "of" as dates, never as part of its name. */
const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Where a name's tokens may run: capitalized words, with connectors only between them. */
function nameRun(toks: Tok[], i: number, max: number): number {
  let j = i;
  while (j < toks.length && j - i < max) {
    const t = toks[j]!;
    if (t.sentence !== toks[i]!.sentence) break;
    if (isCap(t)) j++;
    // "Nice on Thursday", "Rostov on Monday": a day or a month after "on" or "of" is a date.
    else if (
      j > i &&
      CONNECTORS.has(t.text) &&
      toks[j + 1] &&
      isCap(toks[j + 1]!) &&
      !CALENDAR_WORD.test(toks[j + 1]!.text)
    )
      j++;
    // Two particles in a row ("Santa Cruz de la Sierra", "San Juan de los Lagos").
    else if (
      j > i &&
      CONNECTORS.has(t.text) &&
      toks[j + 1] &&
      CONNECTORS.has(toks[j + 1]!.text) &&
      toks[j + 2] &&
      isCap(toks[j + 2]!)
    )
      j += 2;
    else break;
  }
  return j;
}

function lower(t: Tok | undefined): string {
  return t ? t.text.toLowerCase() : '';
}

/**
 * Last words of capitalized runs that look like a person's full name ("Sheila Brown"), so that
 * "Brown" alone later in the article is not taken for a place.
 */
function personSurnames(toks: Tok[], gaz: PlaceIndex): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < toks.length;) {
    if (
      !isCap(toks[i]!) ||
      NOT_PLACES.has(nameKey(toks[i]!.text)) ||
      PERSON_TITLES.has(lower(toks[i]).replace(/\.$/, ''))
    ) {
      i++;
      continue;
    }
    let j = i;
    while (j < toks.length && toks[j]!.sentence === toks[i]!.sentence && isCap(toks[j]!) && toks[j]!.text.length > 1)
      j++;
    const n = j - i;
    const last = toks[j - 1]!;
    if (n >= 2 && n <= 3 && !ORG_HEADS.has(lower(last)) && !/\.$/.test(last.text)) {
      const whole = nameKey(
        toks
          .slice(i, j)
          .map((t) => t.text)
          .join(' '),
      );
      if (gaz.lookupKey(whole).length === 0) out.add(last.text);
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Words before a name that say a place follows ("near X", "in the village of X"). */
const FOLD_BEFORE = new Set(['in', 'near', 'at', 'of', 'outside', 'around', 'into', 'toward', 'towards', 'between']);

/** The Arabic article as romanizations write it in lower case before a name ("el Mina", "ech Choueifat"). */
const LOWER_ARTICLES = new Set([
  'al',
  'el',
  'ech',
  'ash',
  'esh',
  'as',
  'es',
  'ad',
  'ed',
  'an',
  'en',
  'ar',
  'er',
  'at',
  'et',
  'az',
  'ez',
]);

/** Words after a name that say it is a place ("X town", "X district"). */
const FOLD_AFTER =
  /^(?:town|village|city|district|sub-?district|area|province|governorate|region|neighbou?rhood|camp|municipality|locality|county|state|hill|checkpoint)$/i;

/**
 * The fallback of a span that no name matches exactly: the places whose names fold to the same
 * key ("Staromykhaylivka", "Mirpurkhas"). Only where the text itself says a place is named, by
 * a locative word before it or a designator or a parenthesised or comma-linked unit after it,
 * and not at a sentence's start, where capitalized common words and surnames abound: a folded
 * key meets many ordinary words ("Prior" and Pryor, "Route" and Rote).
 */
function foldedEntries(gaz: PlaceIndex, toks: Tok[], i: number, n: number, key: string): GazetteerEntry[] {
  const first = toks[i]!;
  if (first.first || (n === 1 && key.length < 5)) return [];
  const words = key.split(' ');
  // A demonym ("Swiss", "Angolan") is no misspelt town.
  if (NOT_PLACES.has(words[0]!) || NOT_PLACES.has(words[words.length - 1]!) || gaz.demonymCountry(key)) return [];
  const prev = toks[i - 1];
  const next = toks[i + n];
  const same = (t: Tok | undefined): t is Tok => t !== undefined && t.sentence === first.sentence;
  // The whole capitalized run, not a piece of a longer name ("International Coffee Organization").
  if ((same(prev) && isCap(prev)) || (same(next) && isCap(next))) return [];
  const before = same(prev) && (FOLD_BEFORE.has(prev.text.toLowerCase()) || LOWER_ARTICLES.has(prev.text));
  // "X (Y, Z)", "X, Y": the unit after it is a place the gazetteer knows, not an acronym ("(WHO)").
  const unit = toks[i + n + 1];
  const after =
    same(next) &&
    (FOLD_AFTER.test(next.text) ||
      ((next.text === '(' || next.text === ',') &&
        same(unit) &&
        isCap(unit) &&
        !/^[A-Z]{2,5}$/.test(unit.text) &&
        gaz.lookup(unit.text).length > 0));
  if (!before && !after && !inUnitList(toks, i, n)) return [];
  return gaz.lookupFoldedKey(key);
}

/**
 * Whether the span is one of a parenthesized list of names after a name, the containing units
 * event reports give ("Garas Barey (Wanla Weyn, Lower Shabelle)").
 */
function inUnitList(toks: Tok[], i: number, n: number): boolean {
  let open = i - 1;
  while (open >= 0 && i - open < 12 && toks[open]!.text !== '(' && toks[open]!.text !== ')') open--;
  let close = i + n;
  while (close < toks.length && close - i < 12 && toks[close]!.text !== ')' && toks[close]!.text !== '(') close++;
  if (open < 1 || toks[open]!.text !== '(' || toks[close]?.text !== ')' || !isCap(toks[open - 1]!)) return false;
  const inside = toks.slice(open + 1, close);
  if (!inside.some((t) => t.text === ',')) return false;
  // Comma-separated runs of capitalized words only.
  return inside.every((t, k) => (t.text === ',' ? k > 0 && inside[k - 1]!.text !== ',' : isCap(t)));
}

/**
 * A name found only by its folded spelling has namesakes the world over ("Bennsh" folds like
 * Belgium's Binche): it stands only where the article's exactly named places put it, in a
 * country one of them is in (their most populous reading, or their only country); otherwise it
 * is dropped, as it was before the fallback existed.
 */
function keepFoldedInContext(out: ToponymCandidate[]): void {
  const folded = (c: ToponymCandidate) => c.entries.length > 0 && c.entries[0]!.nameKind === 4;
  if (!out.some(folded)) return;
  const countries = new Set<string>();
  for (const c of out) {
    if (folded(c) || c.entries.length === 0) continue;
    countries.add(c.entries[0]!.country);
    const all = new Set(c.entries.map((e) => e.country));
    if (all.size === 1) countries.add(c.entries[0]!.country);
  }
  // With no exact name to go by, two folded names that agree on a country vouch for each other
  // ("Wanla Weyn, Lower Shabelle").
  if (countries.size === 0) {
    const names = new Map<string, Set<string>>();
    for (const c of out)
      if (folded(c))
        for (const e of c.entries) {
          const set = names.get(e.country) ?? new Set<string>();
          set.add(nameKey(c.name));
          names.set(e.country, set);
        }
    for (const [cc, set] of names) if (set.size >= 2) countries.add(cc);
  }
  for (let k = out.length - 1; k >= 0; k--) {
    const c = out[k]!;
    if (!folded(c)) continue;
    const inContext = c.entries.filter((e) => countries.has(e.country));
    if (inContext.length > 0) c.entries = inContext;
    else out.splice(k, 1);
  }
}

/** Finds toponym candidates in the analysed zones of the document. */
export function findToponyms(doc: Doc, gaz: PlaceIndex): ToponymCandidate[] {
  const toks = tokensOf(doc);
  const out: ToponymCandidate[] = [];
  // Words seen in lower case somewhere in the article are common words, not names, at a sentence start.
  const lowerWords = new Set<string>();
  for (const t of toks) if (t.kind === 'word' && t.text === t.text.toLowerCase()) lowerWords.add(t.text);
  const surnames = personSurnames(toks, gaz);

  for (let i = 0; i < toks.length;) {
    const t = toks[i]!;
    // "D-W" of "D-W. Va." is a party and a state, handled below with the abbreviations.
    if (!isCap(t) || /^[DRI][-‐]\p{Lu}$/u.test(t.text)) {
      i++;
      continue;
    }
    const runEnd = nameRun(toks, i, 8);
    // Longest gazetteer name starting here; an unknown capitalized span before a designator
    // ("Qaim district") is still a toponym.
    let found: { n: number; entries: GazetteerEntry[] } | undefined;
    for (let n = Math.min(6, runEnd - i); n >= 1; n--) {
      const last = toks[i + n - 1]!;
      if (CONNECTORS.has(last.text)) continue;
      const surface = doc.text.slice(t.start, last.end);
      const key = nameKey(surface);
      if (n === 1 && NOT_PLACES.has(key) && !(COMMON_WORD_CITIES.has(key) && afterLocative(toks, i))) continue;
      // "in el Hermel": the article written in lower case before the name belongs to it.
      const article = toks[i - 1];
      let entries =
        article?.sentence === t.sentence && LOWER_ARTICLES.has(article.text)
          ? gaz.lookupKey(`${article.text} ${key}`)
          : [];
      if (entries.length === 0) entries = gaz.lookupKey(key);
      // "Ar-Raqqa", "Al Hasakah": the Arabic article is written or not, hyphenated or not.
      if (entries.length === 0 && ARABIC_ARTICLE.test(surface)) entries = gaz.lookupKey(key.replace(/^\S+\s/, ''));
      // Another romanization of a longer name ("Ras Al Ain" for "Ra's al 'Ayn", "Staromykhaylivka")
      // beats a shorter name spelled exactly ("Ras"); a single word only when nothing shorter exists.
      if (entries.length === 0) entries = foldedEntries(gaz, toks, i, n, key);
      if (entries.length > 0) {
        // "Dublin City" as an administrative area (Ireland's) is not what "Dublin City Council"
        // in Ohio means; a town called "X City" (Kansas City) is a populated place and stays.
        if (n > 1 && lower(last) === 'city' && entries.every((e) => e.featureClass !== 'P')) continue;
        found = { n, entries };
        break;
      }
    }
    const after = (n: number) => toks[i + n];
    // "Johnson & Johnson", "Procter & Gamble": a town's name joined by an ampersand to another
    // name is a firm's, unless the whole is a place ("Trinidad & Tobago") or the part a country
    // or state ("Texas & Oklahoma").
    let amp = -1;
    for (let k = i + 1; found && k < runEnd && amp < 0; k++) if (toks[k]!.text === '&') amp = k - i;
    if (
      found &&
      amp > 0 &&
      found.n <= amp &&
      !found.entries.some((e) => /^PCL/.test(e.featureCode) || e.featureCode === 'ADM1')
    ) {
      i = runEnd;
      continue;
    }
    if (!found) {
      // "Foo province", "the town of Foo": a toponym the gazetteer lacks.
      const n = runEnd - i;
      const next = after(n);
      const cue = next && next.sentence === t.sentence ? AFTER_CUES[lower(next)] : undefined;
      const prev = toks[i - 1];
      const prevCue = prev && lower(prev) === 'of' && toks[i - 2] ? BEFORE_CUES[lower(toks[i - 2])] : undefined;
      const last = toks[runEnd - 1]!;
      const unknown = doc.text.slice(t.start, last.end);
      if ((cue && cue !== 'facility') || prevCue) {
        // "the Iraqi province of Anbar": a demonym before the designator is not the name.
        if (!NOT_PLACES.has(nameKey(unknown)) && !(t.first && n === 1) && !gaz.demonymCountry(unknown)) {
          out.push({
            start: t.start,
            end: last.end,
            name: doc.text.slice(t.start, last.end),
            entries: [],
            cue: cue ?? prevCue,
            rule: 'designator',
            sentence: t.sentence,
            sentenceInitial: t.first,
          });
        }
      }
      // A name may still start inside the run ("Northeast Georgia", "Six Flags Over Texas").
      i++;
      continue;
    }
    const n = found.n;
    const last = toks[i + n - 1]!;
    const start = t.start;
    const end = last.end;
    const surface = doc.text.slice(start, end);
    // An acronym ("IS", "OPS", "NGO") is an organisation, not the village whose name it spells;
    // only countries are written so ("US", "UAE"). A wire dateline ("ROME (Reuters)") is a name.
    const datelineAhead = t.first && t.sentence <= 1 && /^\s*(?:\(|,|[-–—])/.test(doc.text.slice(end, end + 3));
    if (n === 1 && /^[A-Z]{2,4}$/.test(surface) && !datelineAhead) {
      // So are a few states, where they close a place's units ("Bhimber district, AJK").
      const unit = toks[i - 1] !== undefined && /^[,(]$/.test(toks[i - 1]!.text);
      const countries = found.entries.filter(
        (e) => /^PCL/.test(e.featureCode) || (unit && e.featureCode === 'ADM1' && e.nameKind === 0),
      );
      if (countries.length === 0) {
        i += n;
        continue;
      }
      found.entries = countries;
    }
    const prev = toks[i - 1];
    const next = after(n);
    // The capitalized words just before and after the match, function words and calendar words
    // aside ("On Sunday Alexandria Police …").
    const prevWord =
      prev && prev.sentence === t.sentence && isCap(prev) && !NOT_PLACES.has(nameKey(prev.text)) ? prev : undefined;
    const nextWord = next && next.sentence === t.sentence && isCap(next) ? next : undefined;
    let keep = true;
    let rule = 'gazetteer';
    const top = found.entries[0]!;
    const major = found.entries.some(
      (e) => /^PCL/.test(e.featureCode) || e.featureCode === 'ADM1' || e.featureCode === 'CONT' || e.population > 1e6,
    );
    // A title before the name makes it a person's name.
    if (prev && PERSON_TITLES.has(lower(prev).replace(/\.$/, ''))) keep = false;
    // "Raquel Henry": a surname; "Michael Smith": a first name; but "Alexandria Police" is a
    // place naming an organisation, which LGL and GeoWebNews count as a toponym.
    if (keep && prevWord && !PERSON_TITLES.has(lower(prevWord).replace(/\.$/, ''))) {
      // Even a country's name is a surname after a given name ("Henry Jordan"), but not after
      // another place ("Kurdistan Iraq") or a direction ("Northeast Georgia").
      const afterPlace = out.length > 0 && out[out.length - 1]!.end === prevWord.end;
      if (!major || (n === 1 && !afterPlace)) keep = false;
    }
    // A designator closes the name ("Laurel County Clerk"); a small place before another
    // capitalized word is most often a first name ("Michael Smith").
    const designated = n > 1 && AFTER_CUES[lower(last)] !== undefined;
    const namePopulation = Math.max(0, ...found.entries.filter((e) => e.nameKind < 2).map((e) => e.population));
    if (keep && !major && !designated && nextWord && !ORG_HEADS.has(lower(nextWord)) && namePopulation < 50000)
      keep = false;
    if (keep && n === 1 && !prevWord && !nextWord && surnames.has(t.text)) keep = false;
    // "Bat Galim Square": the first word of a longer name that the gazetteer knows only as
    // another spelling of some town (Bath) or as a hamlet's name is part of that name.
    if (
      keep &&
      n === 1 &&
      nextWord &&
      !ORG_HEADS.has(lower(nextWord)) &&
      found.entries.some((e) => e.nameKind >= 1) &&
      found.entries.every((e) => (e.nameKind >= 1 || e.population < 1000) && !/^PCL/.test(e.featureCode))
    )
      keep = false;
    if (keep && n === 1 && t.first && !major) {
      // A sentence-initial word that the article also writes in lower case is a common word.
      if (lowerWords.has(t.text.toLowerCase())) keep = false;
    }
    if (keep && !major && top.population < 1000 && top.nameKind > 0 && n === 1) keep = false;
    // All-caps dateline ("BAGHDAD (Reuters) -"): the first word of the story.
    const dateline = t.first && t.sentence <= 1 && surface === surface.toUpperCase() && surface.length > 2;
    if (dateline) rule = 'dateline';
    if (keep) {
      let cue: TypeCue | undefined;
      const nextCue = next && next.sentence === t.sentence ? AFTER_CUES[lower(next)] : undefined;
      if (nextCue) cue = nextCue;
      if (prev && lower(prev) === 'of' && toks[i - 2]) cue = BEFORE_CUES[lower(toks[i - 2])] ?? cue;
      out.push({
        start,
        end,
        name: surface,
        entries: found.entries,
        ...(cue && { cue }),
        rule,
        sentence: t.sentence,
        sentenceInitial: t.first,
        ...(dateline && { dateline: true as const }),
      });
    }
    i += n;
  }

  // AP state abbreviations after a comma ("Alexandria, La.", "Charleston, W. Va.").
  // Also after a party letter ("Sen. Jane Doe, D-W. Va."), and dotted pairs ("N.Y.") anywhere.
  for (const m of doc.text.matchAll(
    /(?:,\s+|\b[DRI][-‐]|(?<=[\s(])(?=(?:[A-Z]\.){2}))((?:[A-Z]\.\s?){2}|[A-Z][a-z]{1,4}\.|W\.\s?Va\.)/g,
  )) {
    const abbr = m[1]!.replace(/\s/g, '').toLowerCase();
    const state = abbr === 'd.c.' ? 'District of Columbia' : STATE_ABBREVIATIONS[abbr];
    if (!state) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    if (doc.zoneAt(start) === 'furniture') continue;
    const entries = gaz.lookup(state).filter((e) => e.featureCode === 'ADM1' && e.country === 'US');
    const tok = toks.find((x) => x.start >= start);
    if (entries.length > 0)
      out.push({
        start,
        end: start + m[1]!.trimEnd().length,
        name: state,
        entries,
        cue: 'region',
        rule: 'state-abbreviation',
        sentence: tok?.sentence ?? 0,
        sentenceInitial: false,
      });
  }
  // Places inside hyphenated words: "D-Charleston" (a legislator's home), "Gainesville-area".
  for (const t of toks) {
    if (t.kind !== 'word') continue;
    const m =
      /^[DRI][-‐](\p{Lu}\p{L}+)$/u.exec(t.text) ??
      /^(\p{Lu}\p{L}+)[-‐](?:area|based|born|bound|style|made|led)$/u.exec(t.text);
    // "Mogadishu-Hodan", "Khulna-Jessore highway": a city joined to its district or to the
    // other end of a road, a compound the gazetteer lacks as a whole; the first part places it.
    const compound =
      m ??
      (/^\p{Lu}\p{L}{3,}[-‐]\p{Lu}/u.test(t.text) && gaz.lookup(t.text).length === 0
        ? /^(\p{Lu}\p{L}+)[-‐]/u.exec(t.text)
        : null);
    if (!compound) continue;
    if (!m && !gaz.lookup(compound[1]!).some((e) => e.featureClass === 'A' || e.population >= 10000)) continue;
    const start = t.start + t.text.indexOf(compound[1]!);
    const entries = gaz.lookup(compound[1]!);
    if (entries.length > 0 && !NOT_PLACES.has(nameKey(compound[1]!)))
      out.push({
        start,
        end: start + compound[1]!.length,
        name: compound[1]!,
        entries,
        rule: m ? 'hyphenated' : 'compound',
        sentence: t.sentence,
        sentenceInitial: false,
      });
  }
  keepFoldedInContext(out);
  out.sort((a, b) => a.start - b.start);
  // A state abbreviation or a hyphen rule beats a plain look-up of the same words ("Kan." is
  // Kansas, not a Chinese city whose alternate name is Kan).
  for (let k = out.length - 1; k > 0; k--) {
    const a = out[k - 1]!;
    const b = out[k]!;
    // A designated name the gazetteer lacks ("Mogadishu-Hodan district") yields to the part of
    // it that the gazetteer knows.
    if (a.start < b.end && b.start < a.end)
      out.splice(a.rule === 'gazetteer' || (a.entries.length === 0 && b.entries.length > 0) ? k - 1 : k, 1);
  }
  // "X, Y": Y may be the state, province or country that contains X. "X (Y, Z)" and
  // "X district (Y)": the units that contain X, as conflict reporting writes them.
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    const between = doc.text.slice(a.end, b.start);
    if (between.trim() === ',' || PARENT_COMMA.test(between)) a.parent = b;
    else if (PARENT_PAREN.test(between)) {
      a.parent = b;
      a.parentInParens = true;
    }
  }

  // "the capital" (not "the capital of X", not "the capital Baghdad").
  const capRe = /\b(?:the|the country['’]s|the nation['’]s) capital\b(?!\s+(?:of\b|city\b|[A-Z]))/g;
  for (const m of doc.text.matchAll(capRe)) {
    const start = m.index + m[0].lastIndexOf('capital');
    const zone = doc.zoneAt(start);
    if (zone === 'furniture') continue;
    const tok = toks.find((x) => x.start === start);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      name: m[0],
      entries: [],
      cue: 'capital',
      capitalOf: true,
      rule: 'the-capital',
      sentence: tok?.sentence ?? 0,
      sentenceInitial: false,
    });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
