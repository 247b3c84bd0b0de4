/**
 * The entities stage: named entities (PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, MISC) and the
 * actor layer that event coding reads.
 *
 * 1. A statistical tagger (ner-model.ts) marks names with CoNLL's four types.
 * 2. Rules where lists beat learning repair its spans: news outlets from the lexicon, Arabic
 *    names kept whole across their particles ("Abu Mahdi al-Muhandis"), titles kept out of a
 *    person's span but read as evidence of one, organisation cues ("Kata'ib Hezbollah") and
 *    facility cues ("the Ain al-Assad base").
 * 3. The four types are refined: LOC to GPE/LOC/FAC, MISC to NORP/EVENT/MISC, with countries.
 * 4. Mentions are resolved within the article into chains with a canonical name.
 * 5. Actors: named entities that can act, nominal groups ("Iraqi protesters", "gunmen"), and
 *    pronouns and role nouns that are subjects of speech or event verbs ("he said", "the
 *    cleric called"), linked to the person they stand for.
 */
import type { Annotation, Doc, NewAnnotation } from '../../core/doc.js';
import { compareSpans } from '../../core/span.js';
import type { ActorAttrs, ActorKind, EntityType, Zone } from '../../core/layers.js';
import type { Stage } from '../../core/stage.js';
import { countryByCapital, countryByDemonym, countryByName } from '../../lexicons/countries.js';
import { hasArabicArticle, isArabicParticle } from '../../lexicons/arabic-names.js';
import { newsOrganisation } from '../../lexicons/news-organisations.js';
import { isEventCue, isFacilityCue, isOrganisationCue } from '../../lexicons/organisation-cues.js';
import { isTitle, titleRole } from '../../lexicons/titles.js';
import { acledActorName, identityMilitiaName, type IdentitySuffix } from './acled-actor-name.js';
import { spansOfTags } from './ner-data.js';
import { normaliseWord, type NerType } from './ner-features.js';
import { defaultNerModel, tagSentences, type NerModel } from './ner-model.js';
import { nominalActorAt } from './nominal-actors.js';
import { organisationKind } from './organisation-kind.js';
import { acronym, resolveChains, type ChainMention } from './resolve-chains.js';

/** Options of {@link entities}. */
export interface EntitiesOptions {
  /** A model other than the committed one (tests, experiments). */
  model?: NerModel;
}

interface Sentence {
  zone: Zone;
  words: string[];
  starts: number[];
  ends: number[];
}

interface WordSpan {
  from: number;
  to: number;
  type: NerType;
  rule?: string;
}

interface Mention {
  start: number;
  end: number;
  sentence: number;
  from: number;
  to: number;
  type: EntityType;
  rule?: string;
  country?: string;
  acronymOf?: number;
  /** After a locative preposition ("in Baghdad"): a place, not an actor. */
  locative?: boolean;
}

const LOCATIVE = new Set([
  'in',
  'at',
  'to',
  'from',
  'near',
  'across',
  'towards',
  'toward',
  'of',
  'into',
  'outside',
  'inside',
  'around',
  'capital',
  'city',
  'province',
  'throughout',
  'via',
]);

const MODEL_NAME = 'ner-perceptron';

function isCap(w: string): boolean {
  return /^\p{Lu}/u.test(w);
}

/** A word that can belong to a proper name: capitalised, "al-Haq", or an acronym-like token. */
function nameWord(w: string): boolean {
  return isCap(w) || hasArabicArticle(w);
}

function overlapsAny(spans: WordSpan[], from: number, to: number): boolean {
  return spans.some((s) => s.from < to && from < s.to);
}

function replaceSpans(spans: WordSpan[], next: WordSpan): WordSpan[] {
  const kept = spans.filter((s) => !(s.from < next.to && next.from < s.to));
  kept.push(next);
  return kept.sort((a, b) => a.from - b.from);
}

const FUNCTION_WORDS = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'Of',
  'For',
  'And',
  'But',
  'To',
  'By',
  'With',
  'From',
  'As',
  'After',
  'Before',
  'According',
  'Speaking',
]);

/** Word-level repairs of the tagger's spans in one sentence. */
function repair(words: string[], spans: WordSpan[]): WordSpan[] {
  const n = words.length;
  // A name never ends in a comma or semicolon (the tagger sometimes runs one on).
  let out = spans.map((s) => {
    let to = s.to;
    while (to > s.from + 1 && /^[,;]$/.test(words[to - 1] as string)) to--;
    return to === s.to ? s : { ...s, to };
  });
  // News outlets from the lexicon, longest match first.
  for (let i = 0; i < n; i++) {
    if (!nameWord(words[i] as string)) continue;
    for (let j = Math.min(n, i + 4); j > i; j--) {
      const phrase = words.slice(i, j).join(' ');
      if (words.slice(i, j).every(nameWord) && newsOrganisation(phrase)) {
        out = replaceSpans(out, { from: i, to: j, type: 'ORG', rule: 'news-lexicon' });
        i = j - 1;
        break;
      }
    }
  }
  // Organisation cues: a run of name words containing one ("Kata'ib Hezbollah", "Asa'ib Ahl
  // al-Haq", "Popular Mobilization Units") is one organisation.
  for (let i = 0; i < n; i++) {
    if (!nameWord(words[i] as string)) continue;
    let j = i;
    while (
      j < n &&
      !(j > i && isTitle(words[j] as string)) &&
      (nameWord(words[j] as string) ||
        (isArabicParticle(words[j] as string) && j + 1 < n && nameWord(words[j + 1] as string)))
    )
      j++;
    let from = i;
    while (
      from < j &&
      (FUNCTION_WORDS.has(words[from] as string) ||
        isTitle(words[from] as string) ||
        /^\p{Lu}+[-‐‑]\p{Ll}/u.test(words[from] as string))
    )
      from++;
    const run = words.slice(from, j).map(normaliseWord);
    const cue = run.some((w) => isOrganisationCue(w));
    const allCaps = run.every((w) => w === w.toUpperCase());
    // Where the tagger already found one organisation or place over the run, it is trusted; a
    // person or a MISC name over an organisation cue is the tagger's mistake.
    const over = out.filter((sp) => sp.from < j && from < sp.to);
    const trusted = over.length === 1 && (over[0]!.type === 'ORG' || over[0]!.type === 'LOC');
    if (cue && !trusted && !allCaps && j - from >= 2 && !run.every((w) => countryByName(w) || countryByDemonym(w))) {
      if (!newsOrganisation(run.join(' ')))
        out = replaceSpans(out, { from, to: j, type: 'ORG', rule: 'organisation-cue' });
    }
    i = j;
  }
  // Two names back to back where the second opens with an article ("Jaafar" "al-Husseini") are
  // one; a lone "al-X" right after a person is that person's family name whatever its type.
  out = out.reduce<WordSpan[]>((acc, s) => {
    const prev = acc[acc.length - 1];
    if (
      prev &&
      prev.to === s.from &&
      (prev.type === s.type || (prev.type === 'PER' && s.to - s.from === 1)) &&
      s.type !== 'MISC' &&
      hasArabicArticle(words[s.from] as string)
    ) {
      acc[acc.length - 1] = { ...prev, to: s.to, rule: prev.rule ?? 'arabic-particles' };
    } else acc.push(s);
    return acc;
  }, []);
  // Arabic names stay whole across their particles: extend PER/ORG/LOC spans over "al-X",
  // "bin X" on the right and "Abu", "Abd", "Umm" on the left.
  out = out.map((s) => {
    if (s.type === 'MISC') return s;
    let { from, to } = s;
    const taken = (k: number) => out.some((o) => o !== s && o.from <= k && k < o.to);
    for (;;) {
      if (taken(to)) break;
      const w = words[to];
      if (w !== undefined && hasArabicArticle(w) && /^\p{L}+[-‐‑]\p{Lu}/u.test(w)) to++;
      else if (w !== undefined && /^(bin|ibn|bint|ben)$/.test(w) && to + 1 < n && isCap(words[to + 1] as string))
        to += 2;
      else break;
    }
    while (from > 0 && !taken(from - 1) && /^(Abu|Abd|Abdel|Abdul|Umm|Bin|Ibn)$/.test(words[from - 1] as string))
      from--;
    if (from === s.from && to === s.to) return s;
    return { ...s, from, to, rule: s.rule ?? 'arabic-particles' };
  });
  out = out.filter(
    (s, k) =>
      !out.some((o, q) => q !== k && o.from <= s.from && s.to <= o.to && (o.to - o.from > s.to - s.from || q < k)),
  );
  // A kunya with a family name ("Abu Bakr al-Janabi", "Umm Ahmad al-Jabouri") is a person's
  // name unless a cue says organisation or facility.
  out = out.map((s) => {
    const ws = words.slice(s.from, s.to).map(normaliseWord);
    const kunya =
      /^(Abu|Umm|Abd|Abdel|Abdul)$/.test(ws[0] as string) &&
      ws.length >= 3 &&
      hasArabicArticle(ws[ws.length - 1] as string);
    const cue =
      ws.some((w) => isOrganisationCue(w) || isFacilityCue(w)) ||
      (words[s.to] !== undefined && isFacilityCue(words[s.to] as string));
    return kunya && !cue && s.type !== 'PER' ? { ...s, type: 'PER', rule: 'kunya' } : s;
  });
  // Titles stay out of a person's span; a title before an untagged name makes it a person.
  out = out.map((s) => {
    let from = s.from;
    while (s.type === 'PER' && from < s.to - 1 && isTitle(words[from] as string)) from++;
    return from === s.from ? s : { ...s, from, rule: s.rule ?? 'title' };
  });
  // A title alone ("Gen." before a name the tagger split off) is no name.
  out = out.filter(
    (s) =>
      !(
        s.type === 'PER' &&
        s.to - s.from === 1 &&
        isTitle(words[s.from] as string) &&
        /\.$/.test(words[s.from] as string)
      ),
  );
  for (let i = 0; i < n - 1; i++) {
    if (!isTitle(words[i] as string) || !isCap(words[i] as string)) continue;
    let j = i + 1;
    while (j < n && isTitle(words[j] as string)) j++;
    let k = j;
    while (k < n && nameWord(words[k] as string) && !isTitle(words[k] as string)) k++;
    if (
      k > j &&
      !overlapsAny(out, j, k) &&
      titleRole(words[i] as string) !== undefined &&
      /\.$|^[A-Z]/.test(words[i] as string)
    ) {
      if (k - j >= 2 || /\.$/.test(words[j - 1] as string))
        out = replaceSpans(out, { from: j, to: k, type: 'PER', rule: 'title' });
    }
    i = j - 1;
  }
  // "Australian Tom Moody", "American Oliver McCall": a nationality before a person's name is a
  // name of its own, whatever type the tagger gave the pair.
  out = out.flatMap((s) => {
    const ws = words.slice(s.from, s.to).map(normaliseWord);
    const rest = ws.slice(1);
    if (ws.length < 3 || !countryByDemonym(ws[0] as string) || countryByName(ws[0] as string) || s.type === 'LOC')
      return [s];
    if (
      rest.some((w) => !isCap(w) || w === w.toUpperCase() || isOrganisationCue(w) || isEventCue(w) || isFacilityCue(w))
    )
      return [s];
    return [
      { from: s.from, to: s.from + 1, type: 'MISC' as NerType, rule: 'demonym' },
      { from: s.from + 1, to: s.to, type: 'PER' as NerType, rule: 'demonym' },
    ];
  });
  // A demonym the tagger left out is still a nationality ("Iraqis", "Lebanese").
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    if (isCap(w) && w !== w.toUpperCase() && countryByDemonym(w) && !overlapsAny(out, i, i + 1))
      out = replaceSpans(out, { from: i, to: i + 1, type: 'MISC', rule: 'demonym' });
  }
  // Named events take the capitalised words before them: "the Great Iraqi Revolution".
  out = out.map((s) => {
    if (s.type !== 'MISC' || !words.slice(s.from, s.to).some((w) => isEventCue(w))) return s;
    let from = s.from;
    while (
      from > 0 &&
      isCap(words[from - 1] as string) &&
      !FUNCTION_WORDS.has(words[from - 1] as string) &&
      !overlapsAny(out, from - 1, from)
    )
      from--;
    return from === s.from ? s : { ...s, from, rule: s.rule ?? 'event-name' };
  });
  return out;
}

const EVENT_HEADS = /\s(?:Revolution|War|Uprising|Intifada|Olympics|Games|Cup|Championships?|Open|Prix|Massacre)$/;
const GEO_FEATURE =
  /\b(?:River|Sea|Ocean|Gulf|Bay|Lake|Mountains?|Mount|Mt\.?|Valley|Desert|Peninsula|Strait|Island|Islands|Coast|Plain|Basin|Hills?|Delta|Canal|Channel)\b/;
const IDENTITY = new Set(
  "shia shiite shi'ite sunni sunnis shias shiites muslim muslims christian christians jewish jew jews arab arabs kurd kurds kurdish druze alawite alawites yazidi yazidis copt coptic catholic catholics hindu hindus sikh sikhs buddhist buddhists islamist islamists palestinian palestinians pashtun baloch tamil tamils hutu tutsi fulani".split(
    ' ',
  ),
);

const STREET_END = /\s(?:St|Ave|Rd|Blvd)\.?$|\s(?:Street|Avenue|Road|Boulevard)$/;

function refineType(
  type: NerType,
  surface: string,
  nextWord: string | undefined,
): { type: EntityType; country?: string } {
  const s = normaliseWord(surface);
  if (type !== 'ORG' && nextWord && isFacilityCue(nextWord) && nextWord === nextWord.toLowerCase())
    return { type: 'FAC' };
  // "of 1935 Orchard St.": no one's name ends in a street's word.
  if (type === 'PER' && STREET_END.test(s)) return { type: 'FAC' };
  if (type === 'PER') return { type: 'PERSON' };
  if (type === 'ORG') {
    // "the Great Iraqi Revolution", "the World Cup": a name ending in an event word is an event.
    if (EVENT_HEADS.test(s)) return { type: 'EVENT' };
    const news = newsOrganisation(s);
    return news?.country ? { type: 'ORG', country: news.country } : { type: 'ORG' };
  }
  if (type === 'LOC') {
    const c = countryByName(s);
    if (c) return { type: 'GPE', country: c.alpha2 };
    if ((nextWord && isFacilityCue(nextWord)) || s.split(' ').some((w) => isFacilityCue(w) && /^\p{Lu}/u.test(w)))
      return { type: 'FAC' };
    if (GEO_FEATURE.test(s)) return { type: 'LOC' };
    const cap = countryByCapital(s);
    return cap ? { type: 'GPE', country: cap.alpha2 } : { type: 'GPE' };
  }
  const d = countryByDemonym(s);
  if (d) return { type: 'NORP', country: d.alpha2 };
  if (IDENTITY.has(s.toLowerCase())) return { type: 'NORP' };
  if (s.split(' ').some((w) => isEventCue(w))) return { type: 'EVENT' };
  return { type: 'MISC' };
}

const SPEECH_OR_EVENT_VERBS = new Set(
  'said says added told stated declared announced warned urged called calls described accused insisted noted explained claimed denied vowed threatened ordered led demanded asked rejected condemned praised welcomed tweeted wrote argued replied confirmed met visited signed attacked killed arrested'.split(
    ' ',
  ),
);
const ROLE_NOUNS = new Set(
  'cleric spokesman spokeswoman leader president minister official commander premier chief general lawmaker senator governor mayor activist ambassador secretary envoy prime'.split(
    ' ',
  ),
);

/** The entities stage. */
export function entities(options: EntitiesOptions = {}): Stage {
  return {
    name: 'entities',
    requires: ['sentence', 'token'],
    produces: ['entity', 'actor'],
    run(doc: Doc) {
      const model = options.model ?? defaultNerModel();
      const sentences = collectSentences(doc);
      const tagged = tagSentences(
        model,
        sentences.map((s) => s.words),
        sentences.map((s) => s.starts.map((st) => st === 0 || doc.text[st - 1] === '\n')),
      );
      const mentions: Mention[] = [];
      // "celebrating Bastille Day": a name the temporal stage read as a whole date is a day, not
      // an organisation that could act.
      const dates = doc.has('timex') ? doc.layer('timex') : [];
      sentences.forEach((s, si) => {
        if (s.zone === 'furniture') return;
        const spans = repair(s.words, spansOfTags(tagged[si] as Uint8Array));
        for (const sp of spans) {
          const start = s.starts[sp.from] as number;
          let end = s.ends[sp.to - 1] as number;
          // A possessive clitic is not part of the name ("Iraq's" → "Iraq").
          const surface = doc.text.slice(start, end);
          const poss = /[’']s$/.exec(surface);
          if (poss && sp.to - sp.from === 1 && surface.length > 2) end -= 2;
          const refined = refineType(sp.type, doc.text.slice(start, end), s.words[sp.to]);
          if (refined.type === 'ORG' && dates.some((t) => t.start === start && t.end === end)) refined.type = 'MISC';
          const m: Mention = { start, end, sentence: si, from: sp.from, to: sp.to, type: refined.type };
          if (sp.from > 0 && LOCATIVE.has((s.words[sp.from - 1] as string).toLowerCase())) m.locative = true;
          if (sp.rule) m.rule = sp.rule;
          if (refined.country) m.country = refined.country;
          mentions.push(m);
        }
      });
      addAcronymParts(doc, sentences, mentions);
      mentions.sort((a, b) => a.start - b.start);
      // "Popular Mobilization Units (PMU)": the text pairs the name with its acronym.
      mentions.forEach((m, i) => {
        const prev = mentions[i - 1];
        if (
          prev &&
          /^\s*\(\s*$/.test(doc.text.slice(prev.end, m.start)) &&
          acronym(doc.text.slice(prev.start, prev.end)) === doc.text.slice(m.start, m.end)
        ) {
          m.acronymOf = i - 1;
          m.type = prev.type;
        }
      });
      const chainInput: ChainMention[] = mentions.map((m) => ({
        text: doc.text.slice(m.start, m.end),
        type: m.type,
        ...(m.acronymOf !== undefined && { acronymOf: m.acronymOf }),
      }));
      const links = resolveChains(chainInput);
      // "the Patriotic and Integrationist Force of Congo (FPIC)": ACLED names such a group by its
      // acronym and its name ("FPIC: Patriotic and Integrationist Force of Congo").
      const acronyms = new Map<number, string>();
      // Where the acronym is of the name in another language ("National Liberation Army (ELN)"),
      // an upper-case word in brackets right after the name still is its acronym.
      mentions.forEach((m, i) => {
        const prev = mentions[i - 1];
        const short = doc.text.slice(m.start, m.end);
        if (m.acronymOf !== undefined) acronyms.set(links[m.acronymOf]!.head, short);
        else if (
          prev &&
          prev.type === 'ORG' &&
          /^\p{Lu}[\p{Lu}\d-]{1,7}$/u.test(short) &&
          /^\s*\(\s*$/.test(doc.text.slice(prev.end, m.start)) &&
          /^\s*\)/.test(doc.text.slice(m.end, m.end + 2))
        )
          acronyms.set(links[i - 1]!.head, short);
      });
      // The acronym on its own later ("1 ELN member was killed") names the same group.
      const fullNames = new Map<string, string>();
      for (const [head, short] of acronyms)
        fullNames.set(short, `${short}: ${links[head]!.canonical.replace(/^the\s+/i, '')}`);
      const anns: Annotation<'entity'>[] = [];
      mentions.forEach((m, i) => {
        const link = links[i]!;
        const headMention = mentions[link.head]!;
        const country = m.country ?? headMention.country;
        let actor =
          m.locative && m.type !== 'PERSON' && m.type !== 'ORG'
            ? undefined
            : actorOf(m.type, link.canonical, country, doc.text.slice(m.start, m.end));
        const short = acronyms.get(link.head) ?? doc.text.slice(m.start, m.end);
        const full = fullNames.get(short);
        if (actor && full && ACRONYM_NAMED.has(actor.kind)) actor = { ...actor, acled: full };
        anns.push(
          doc.add('entity', {
            start: m.start,
            end: m.end,
            label: m.type,
            attrs: {
              type: m.type,
              canonical: link.canonical,
              ...(country && { country }),
              chain: `chain${link.head + 1}`,
              ...(actor && { actor }),
            },
            by: {
              stage: 'entities',
              model: MODEL_NAME,
              ...(m.rule && { rule: m.rule }),
              confidence: m.rule ? 0.8 : 0.85,
            },
          }),
        );
      });
      addActors(doc, sentences, mentions, anns);
    },
  };
}

function collectSentences(doc: Doc): Sentence[] {
  const sents = doc.layer('sentence');
  const out: Sentence[] = sents.map((s) => ({ zone: s.attrs.zone, words: [], starts: [], ends: [] }));
  for (const t of doc.layer('token')) {
    const s = out[t.attrs.sentence];
    if (!s) continue;
    s.words.push(doc.text.slice(t.start, t.end));
    s.starts.push(t.start);
    s.ends.push(t.end);
  }
  return out;
}

/** "PMU-affiliated": a known acronym as the first part of a hyphenated word is an ORG mention. */
function addAcronymParts(doc: Doc, sentences: Sentence[], mentions: Mention[]): void {
  let known: Set<string> | undefined;
  sentences.forEach((s, si) => {
    if (s.zone === 'furniture') return;
    s.words.forEach((w, i) => {
      const m = /^([A-Z]{2,6})[-‐‑]\p{Ll}/u.exec(w);
      if (!m) return;
      if (!known) {
        known = new Set();
        for (const x of mentions) {
          if (x.type !== 'ORG') continue;
          known.add(doc.text.slice(x.start, x.end));
          known.add(acronym(doc.text.slice(x.start, x.end)));
        }
      }
      if (!known.has(m[1] as string)) return;
      const start = s.starts[i] as number;
      const idx = mentions.findIndex((x) => x.start <= start && start < x.end);
      if (idx >= 0) {
        const x = mentions[idx] as Mention;
        // The hyphenated word led a longer name ("PMU-affiliated Kata'ib Hezbollah"): keep the rest.
        if (x.to > i + 1) {
          x.start = s.starts[i + 1] as number;
          x.from = i + 1;
        } else mentions.splice(idx, 1);
      }
      mentions.push({
        start,
        end: start + (m[1] as string).length,
        sentence: si,
        from: i,
        to: i + 1,
        type: 'ORG',
        rule: 'acronym-part',
      });
    });
  });
}

function actorOf(
  type: EntityType,
  canonical: string,
  country: string | undefined,
  surface: string,
): ActorAttrs | undefined {
  if (type === 'PERSON') return { name: canonical, kind: 'person', ...(country && { country }) };
  if (type === 'ORG') {
    const kind = organisationKind(canonical);
    const named = kind === 'political-militia' || kind === 'rebels' || kind === 'identity-militia';
    const acled = named
      ? canonical.replace(/[’'‘]/g, '')
      : kind === 'military' || kind === 'police'
        ? acledActorName(kind, country)
        : undefined;
    return { name: canonical, kind, ...(country && { country }), ...(acled && { acled }) };
  }
  if (type === 'GPE' && country && (countryByName(surface) || countryByCapital(surface))) {
    // A country or its capital acting ("Washington assassinated …") stands for its government.
    return { name: canonical, kind: 'government', country };
  }
  if (type === 'NORP' && country && /s$/.test(surface) && countryByDemonym(surface)) {
    // A plural demonym ("Iraqis") names people of that country.
    return { name: canonical, kind: 'civilians', country, acled: acledActorName('civilians', country) as string };
  }
  return undefined;
}

/** First words of place names that go on ("New Jersey", "South Sudanese", "West Virginia"). */
const NAME_HEAD = /^(?:New|North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Little|Great|Greater)$/;

/** Actor mentions: named entities, nominal groups, and subject pronouns and role nouns. */
function addActors(doc: Doc, sentences: Sentence[], mentions: Mention[], anns: Annotation<'entity'>[]): void {
  const by = { stage: 'entities', confidence: 0.7 };
  // Collected first and added in text order: the layer re-sorts on every out-of-order add.
  const pending: NewAnnotation<'actor'>[] = [];
  const add = (_layer: 'actor', a: NewAnnotation<'actor'>) => pending.push(a);
  const groups = identityGroups(doc, sentences, mentions);
  anns.forEach((a, i) => {
    const actor = a.attrs.actor;
    if (actor && !groups.has(i))
      add('actor', {
        start: a.start,
        end: a.end,
        label: actor.kind,
        attrs: { ...actor, entity: a.id },
        by: { ...by, rule: 'named', confidence: 0.85 },
      });
  });
  const covered = sentences.map((s) => new Uint8Array(s.words.length));
  for (const m of mentions) covered[m.sentence]?.fill(1, m.from, m.to);
  for (const [i, group] of groups) {
    const m = mentions[i]!;
    const s = sentences[m.sentence]!;
    covered[m.sentence]!.fill(1, group.from, group.to);
    add('actor', {
      start: s.starts[group.from] as number,
      end: s.ends[group.to - 1] as number,
      label: 'identity-militia',
      attrs: {
        name: identityMilitiaName(doc.text.slice(m.start, m.end), group.suffix),
        kind: 'identity-militia',
        entity: anns[i]!.id,
      },
      by: { ...by, rule: 'identity-group', confidence: 0.75 },
    });
  }
  const chainHead = new Map<string, Annotation<'entity'>>();
  for (const a of anns) if (a.attrs.chain && !chainHead.has(a.attrs.chain)) chainHead.set(a.attrs.chain, a);
  let cursor = 0;
  sentences.forEach((s, si) => {
    if (s.zone === 'furniture') return;
    const lower = s.words.map((w) => normaliseWord(w).toLowerCase());
    for (let i = 0; i < lower.length; i++) {
      const start = s.starts[i] as number;
      if (covered[si]![i]) continue;
      const found = nominalActorAt(lower, i);
      if (found) {
        const endWord = i + found.length - 1;
        // "forces" alone is too vague unless a country or demonym says whose.
        let from = i;
        let country: string | undefined;
        const prev = s.words[i - 1];
        // "New Jersey police", "New Mexico State Police": the word before is part of a longer
        // name, which names its own country ("South African police") or none.
        const head = i >= 2 && NAME_HEAD.test(s.words[i - 2] as string) ? `${s.words[i - 2]} ` : undefined;
        if (prev) {
          const name = (head ?? '') + prev;
          const c = countryByDemonym(name) ?? countryByName(name.replace(/[’']s$/, ''));
          if (c) {
            country = c.alpha2;
            from = head ? i - 2 : i - 1;
          } else if (
            i >= 2 &&
            (NOMINAL_MODIFIERS.has(prev) || /^\p{Ll}+-\p{Ll}+$/u.test(prev)) &&
            countryByDemonym(s.words[i - 2] as string)
          ) {
            // "Zimbabwean high-ranking officials", "Iraqi riot police": one modifier between.
            country = countryByDemonym(s.words[i - 2] as string)!.alpha2;
            from = i - 2;
          } else if (i >= 2 && /^[’']s$/.test(prev)) {
            const owner = countryByName(s.words[i - 2] as string);
            if (owner) {
              country = owner.alpha2;
              from = i - 2;
            }
          }
        }
        if (found.actor.name === 'Forces' && !country) continue;
        const kind: ActorKind = found.actor.kind;
        const acled = acledActorName(kind, country, found.actor.group ? { group: found.actor.group } : {});
        add('actor', {
          start: s.starts[from] as number,
          end: s.ends[endWord] as number,
          label: kind,
          attrs: { name: found.actor.name, kind, ...(country && { country }), ...(acled && { acled }) },
          by: { ...by, rule: 'nominal' },
        });
        i = endWord;
        continue;
      }
      // "He said", "the cleric called": the subject of a speech or event verb stands for the
      // person most recently named (for role nouns, one whose introduction carried that noun).
      const w = lower[i] as string;
      let len = 0;
      let role: string | undefined;
      if ((w === 'he' || w === 'she') && SPEECH_OR_EVENT_VERBS.has(lower[i + 1] ?? '')) len = 1;
      else if (w === 'the' && ROLE_NOUNS.has(lower[i + 1] ?? '') && SPEECH_OR_EVENT_VERBS.has(lower[i + 2] ?? '')) {
        len = 2;
        role = lower[i + 1];
      }
      if (len === 0) continue;
      while (cursor < mentions.length && (mentions[cursor] as Mention).start < start) cursor++;
      const target = antecedent(doc, mentions, anns, chainHead, cursor, si, role);
      if (!target) continue;
      const actor = target.attrs.actor as ActorAttrs;
      add('actor', {
        start,
        end: s.ends[i + len - 1] as number,
        label: actor.kind,
        attrs: { ...actor, entity: target.id },
        by: { ...by, rule: role ? 'role-noun' : 'pronoun', confidence: 0.6 },
      });
      i += len - 1;
    }
  });
  pending.sort(compareSpans);
  for (const p of pending) doc.add('actor', p);
}

/** Words that may stand between a demonym and the group it qualifies. */
const NOMINAL_MODIFIERS = new Set(
  'senior top local regional federal government armed provincial state district municipal county junior former other opposition'.split(
    ' ',
  ),
);

function antecedent(
  doc: Doc,
  mentions: Mention[],
  anns: Annotation<'entity'>[],
  chainHead: Map<string, Annotation<'entity'>>,
  before: number,
  si: number,
  role: string | undefined,
): Annotation<'entity'> | undefined {
  // Pronouns look back a few sentences; a role noun ("the cleric") may reach further back.
  const reach = role ? 12 : 4;
  for (let i = before - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (si - m.sentence > reach) break;
    if (m.type !== 'PERSON') continue;
    const a = anns[i] as Annotation<'entity'>;
    if (role) {
      // The chain's first mention must have been introduced with the role noun nearby.
      const head = chainHead.get(a.attrs.chain as string) ?? a;
      const around = doc.text.slice(Math.max(0, head.start - 40), head.end + 40).toLowerCase();
      if (!around.includes(role)) continue;
    }
    return a;
  }
  return undefined;
}

/** Kinds of group ACLED names "ACRONYM: Full Name"; states and outlets have conventions of their own. */
const ACRONYM_NAMED: ReadonlySet<ActorKind> = new Set(['rebels', 'political-militia', 'organisation']);

/** What an identity group's armed men are called by ACLED, by the word the text uses for them. */
const IDENTITY_SUFFIX: Record<string, IdentitySuffix> = {
  tribesmen: 'Tribal',
  tribe: 'Tribal',
  tribes: 'Tribal',
  tribal: 'Tribal',
  clan: 'Clan',
  clans: 'Clan',
  'sub-clan': 'Clan',
  'sub-clans': 'Clan',
  caste: 'Caste',
  ethnic: 'Ethnic',
  communal: 'Communal',
};
// Words that say armed men of a group without saying what kind of group.
const ARMED_MEN = new Set(['militia', 'militias', 'militiamen']);
const FIGHTING = /\b(?:clash\w*|fought|fight\w*|attack\w*|exchanged|raided|killed|shot|opened)\b/;
// After a kind word ("tribal militias", "clan militiamen").
const NOT_ARMED =
  /^(?:family|families|elders?|leaders?|chiefs?|villages?|lands?|areas?|regions?|communit(?:y|ies)|disputes?|m[ae]n|wom[ae]n|houses?|homes?|members?hip|council|customs?|affiliation)$/;
const MILITIA_WORDS = new Set(['militia', 'militias', 'militiamen', 'fighters', 'gunmen', 'members']);

/** A name's armed group as the text words it: where its words lie and what kind of group it is. */
interface IdentityGroup {
  from: number;
  to: number;
  suffix?: IdentitySuffix;
}

/**
 * The named identity groups that act as armed men ("Al Hayash tribesmen", "Dozo militiamen",
 * "militiamen from the Leelkayse clan", "members of the Koli caste", "between X and Y tribal
 * militias"), by mention index. A name the organisation cues already place ("Hezbollah
 * militiamen"), an acronym ("NDC militia", a party's or a movement's), or a country or demonym
 * ("Libyan militias") is no identity group.
 */
function identityGroups(doc: Doc, sentences: Sentence[], mentions: Mention[]): Map<number, IdentityGroup> {
  const out = new Map<number, IdentityGroup>();
  mentions.forEach((m, i) => {
    const surface = doc.text.slice(m.start, m.end);
    if (m.type === 'EVENT' || m.type === 'FAC') return;
    if (organisationKind(surface) !== 'organisation' || /^\p{Lu}[\p{Lu}\d&-]+$/u.test(surface)) return;
    // "the pro-Hadi Al Humayqani tribal militia": a side's militia, which ACLED codes as that side.
    if (countryByName(surface) || countryByDemonym(surface) || /^(?:pro|anti)-/i.test(surface)) return;
    const words = sentences[m.sentence]!.words.map((w) => w.toLowerCase());
    const cue = (at: number): { to: number; suffix?: IdentitySuffix } | undefined => {
      const w = words[at];
      if (w === undefined) return undefined;
      const suffix = IDENTITY_SUFFIX[w];
      // "a Rajput caste family", "the tribal region": the group's people or land, not its armed men.
      if (suffix && NOT_ARMED.test(words[at + 1] ?? '')) return undefined;
      if (suffix) return { to: MILITIA_WORDS.has(words[at + 1] ?? '') ? at + 2 : at + 1, suffix };
      // "groups" are armed men only where they fight ("Beni Amir and Nuba groups clashed"), not
      // where they merge or rally.
      if (w === 'groups') return FIGHTING.test(words.slice(at + 1, at + 3).join(' ')) ? { to: at + 1 } : undefined;
      return ARMED_MEN.has(w) ? { to: at + 1 } : undefined;
    };
    // "militiamen from the Leelkayse clan", "members of the Koli caste": the armed men are the group's.
    const lead = words.slice(Math.max(0, m.from - 4), m.from).join(' ');
    const before = /\b(?:militiamen|militias?|members|fighters|gunmen) (?:from|of) (?:the )?$/.exec(lead + ' ');
    const from = before ? m.from - before[0].trim().split(' ').length : m.from;
    let after = cue(m.to);
    // "between Al Tilan and Al Dahshal tribal militias": the kind word after the second name is the first's too.
    const next = mentions[i + 1];
    if (!after && words[m.to] === 'and' && next && next.sentence === m.sentence && next.from === m.to + 1) {
      const shared = cue(next.to);
      if (shared) after = { to: m.to, ...(shared.suffix && { suffix: shared.suffix }) };
    }
    // "militiamen from Tonj South county": a place's militia is a communal one.
    if (!after && before && /^(?:county|district|village|town|area)$/.test(words[m.to] ?? ''))
      after = { to: m.to + 1, suffix: 'Communal' };
    // "communal militias from Zamwara", "militias from Umumubu and Omor": the militia's own kind
    // word, else none (the event stage knows its country's).
    const militia = /\b(?:(\S+) )?militia(?:s|men)? from $/.exec(lead + ' ');
    if (!after && militia) {
      const suffix = IDENTITY_SUFFIX[militia[1] ?? ''];
      after = { to: m.to, ...(suffix && { suffix }) };
    }
    if (after) out.set(i, { from, to: Math.max(after.to, m.to), ...(after.suffix && { suffix: after.suffix }) });
  });
  return out;
}
