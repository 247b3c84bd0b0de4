/**
 * Features of the named-entity tagger: hashed, so the model is one dense table of weights with
 * no vocabulary to store. The training script and the stage share this file, so a feature seen
 * in training is exactly the feature computed at run time.
 *
 * Per token: the word, its lower case, shape, prefixes and suffixes, the words and shapes ±2
 * around it, word pairs, the two previous tags, lexicon membership (countries, demonyms, news
 * organisations, titles, organisation and facility cues, Arabic-name particles), whether the
 * sentence is an all-capitals headline, and two document-level facts: whether the word also
 * occurs in lower case in the article (a capitalised common word), and the type the tagger gave
 * the same word earlier in the article (what a reader remembers about "Fischler"); and word
 * clusters learned from unlabelled news (see ner-clusters.ts) for the word and its neighbours.
 */
import { countryByDemonym, countryByName, countryNameFirstWords } from '../../lexicons/countries.js';
import { isArabicParticle, hasArabicArticle } from '../../lexicons/arabic-names.js';
import { newsOrganisation, newsOrganisationFirstWords } from '../../lexicons/news-organisations.js';
import { isEventCue, isFacilityCue, isOrganisationCue } from '../../lexicons/organisation-cues.js';
import { isTitle } from '../../lexicons/titles.js';
import { CLUSTER_BITS, clusterOf, type WordClusters } from './ner-clusters.js';

/** BIO tags over CoNLL's four types; index = tag id. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;

/** Number of tags. */
export const N_TAGS = TAGS.length;

/** The coarse types, in tag order (tag 2k+1 is B-type k+1). */
export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** One of CoNLL's four coarse types. */
export type NerType = (typeof NER_TYPES)[number];

const LEX_COUNTRY_B = 1;
const LEX_COUNTRY_I = 2;
const LEX_DEMONYM = 4;
const LEX_NEWS_B = 8;
const LEX_NEWS_I = 16;
const LEX_TITLE = 32;
const LEX_ORG_CUE = 64;
const LEX_FAC_CUE = 128;
const LEX_EVENT_CUE = 256;
const LEX_PARTICLE = 512;
const LEX_ARTICLE = 1024;
const LEX_CALENDAR = 2048;
const LEX_BITS = 12;

const CALENDAR = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/** A sentence prepared for feature extraction: normalised words and per-word hashes. */
export interface PreparedSentence {
  words: string[];
  lower: string[];
  /** Hashes: word, lower, shape, short shape, prefixes 1–4, suffixes 1–4. */
  h: Int32Array;
  lex: Uint16Array;
  /** Shape class per word: 0 lower, 1 Capitalised, 2 ALLCAPS, 3 other. */
  cap: Uint8Array;
  /** 1 where the word starts a line of the text (tables, headlines and datelines break lines). */
  lineStart: Uint8Array;
  /** Name-list membership per word: bit 2k = begins a type-k name, bit 2k+1 = inside one. */
  gaz: Uint8Array;
  /** Word-cluster classes per word, packed as in WordClusters, +1 (0 = unknown or no clusters). */
  cl: Int32Array;
  /** Whether the model has word clusters (without them, no cluster features at all). */
  clustered: boolean;
  allCaps: boolean;
}

/** Hashes per word in PreparedSentence.h. */
export const H_PER_WORD = 12;

/** FNV-1a over a string's UTF-16 units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
  return (h ^ (h >>> 13)) | 0;
}

function charClass(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return ch;
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
}

function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const c = charClass(ch);
    if (out.length < 6 || c !== last) out += c;
    last = c;
  }
  return out;
}

function shortShape(w: string): string {
  let out = '';
  for (const ch of w) {
    const c = charClass(ch);
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
}

/** Typographic quotes and apostrophes folded to ASCII, as in the training text. */
export function normaliseWord(w: string): string {
  if (!/[’‘ʼ`“”„«»‐‑–—]/.test(w)) return w;
  return w
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[‐‑–—]/g, '-');
}

function capClass(w: string): number {
  const first = w.charAt(0);
  if (!/\p{Lu}/u.test(first)) return /\p{Ll}/u.test(first) ? 0 : 3;
  return w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w.slice(1)) ? 2 : 1;
}

let firstWords: Set<string> | undefined;

/** Whether a country or outlet name can start with this word (saves most multi-word lookups). */
function canStartName(w: string): boolean {
  firstWords ??= new Set([...countryNameFirstWords(), ...newsOrganisationFirstWords()]);
  return firstWords.has(w.toLowerCase());
}

/** The lexicon flags a word has by itself, plus LEX_CAN_START when a longer name may start with it. */
function wordLexicon(w: string): number {
  let f = 0;
  if (isTitle(w)) f |= LEX_TITLE;
  if (isOrganisationCue(w)) f |= LEX_ORG_CUE;
  if (isFacilityCue(w)) f |= LEX_FAC_CUE;
  if (isEventCue(w)) f |= LEX_EVENT_CUE;
  if (isArabicParticle(w)) f |= LEX_PARTICLE;
  if (hasArabicArticle(w)) f |= LEX_ARTICLE;
  if (CALENDAR.has(w.toLowerCase())) f |= LEX_CALENDAR;
  if (!/^\p{Lu}/u.test(w)) return f;
  if (countryByDemonym(w)) f |= LEX_DEMONYM;
  if (canStartName(w)) f |= LEX_CAN_START;
  return f;
}

/** Not a feature: marks (in wordLexicon's result only) a word a country or outlet name can start with. */
const LEX_CAN_START = 1 << 15;

function lexiconFlags(words: string[], own: readonly number[]): Uint16Array {
  const n = words.length;
  const flags = new Uint16Array(n);
  for (let i = 0; i < n; i++) flags[i]! |= (own[i] as number) & ~LEX_CAN_START;
  for (let i = 0; i < n; i++) {
    // Longest multi-word match of a country or outlet name starting here.
    if (!((own[i] as number) & LEX_CAN_START)) continue;
    const w = words[i] as string;
    let phrase = '';
    for (let j = i; j < Math.min(n, i + 4); j++) {
      phrase = j === i ? w : phrase + ' ' + (words[j] as string);
      if (countryByName(phrase)) for (let k = i; k <= j; k++) flags[k]! |= k === i ? LEX_COUNTRY_B : LEX_COUNTRY_I;
      if (newsOrganisation(phrase)) for (let k = i; k <= j; k++) flags[k]! |= k === i ? LEX_NEWS_B : LEX_NEWS_I;
    }
  }
  return flags;
}

/**
 * Hashes of the 1–4 character prefixes and suffixes of `lw` into h[o+4..o+7] and h[o+8..o+11]
 * (0 where the word is shorter), equal to hashString of each slice but without making strings.
 */
function affixHashes(lw: string, h: Int32Array, o: number): void {
  const len = lw.length;
  let p = 0x811c9dc5;
  for (let k = 1; k <= 4; k++) {
    if (k > len) {
      h[o + 3 + k] = 0;
      h[o + 7 + k] = 0;
      continue;
    }
    p ^= lw.charCodeAt(k - 1);
    p = Math.imul(p, 0x01000193);
    h[o + 3 + k] = p | 0;
    let q = 0x811c9dc5;
    for (let c = len - k; c < len; c++) {
      q ^= lw.charCodeAt(c);
      q = Math.imul(q, 0x01000193);
    }
    h[o + 7 + k] = q | 0;
  }
}

/**
 * What a word contributes to a prepared sentence by itself; the same for every occurrence of
 * the word (given the same clusters), so a tagger may keep it across sentences and articles.
 */
export interface WordInfo {
  word: string;
  lower: string;
  /** The word's H_PER_WORD hashes (see PreparedSentence.h). */
  h: Int32Array;
  cap: number;
  cl: number;
  /** Lexicon flags of the word alone, with LEX_CAN_START. */
  lex: number;
  /** 0 no letters, 1 letters not all upper case, 2 letters all upper case. */
  letters: number;
}

/** Word → its {@link WordInfo}, for one set of clusters (or none). */
export type WordInfoCache = Map<string, WordInfo>;

/**
 * The most words a cache keeps before it starts again (bounds a long-running process's memory:
 * every ingest thread keeps its own, about 160 bytes a word; 20,000 words hold a newswire day's
 * vocabulary).
 */
const WORD_CACHE_MAX = 20_000;

function wordInfo(raw: string, clusters: WordClusters | undefined): WordInfo {
  const w = normaliseWord(raw);
  const lw = w.toLowerCase();
  const h = new Int32Array(H_PER_WORD);
  h[0] = hashString(w);
  h[1] = hashString(lw);
  h[2] = hashString(shapeOf(w));
  h[3] = hashString(shortShape(w));
  affixHashes(lw, h, 0);
  return {
    word: w,
    lower: lw,
    h,
    cap: capClass(w),
    cl: clusters ? clusterOf(clusters, w) : 0,
    lex: wordLexicon(w),
    letters: /\p{L}/u.test(w) ? (w === w.toUpperCase() ? 2 : 1) : 0,
  };
}

/**
 * Normalises a sentence's words and computes everything that does not depend on tags. With a
 * `cache` (which must only ever see these `clusters`), each distinct word is analysed once.
 */
export function prepareSentence(
  rawWords: readonly string[],
  names?: NameList,
  lineStarts?: ArrayLike<boolean>,
  clusters?: WordClusters,
  cache?: WordInfoCache,
): PreparedSentence {
  const n = rawWords.length;
  const infos: WordInfo[] = new Array<WordInfo>(n);
  for (let i = 0; i < n; i++) {
    const raw = rawWords[i] as string;
    let info = cache?.get(raw);
    if (!info) {
      info = wordInfo(raw, clusters);
      if (cache) {
        if (cache.size >= WORD_CACHE_MAX) cache.clear();
        cache.set(raw, info);
      }
    }
    infos[i] = info;
  }
  const words = infos.map((x) => x.word);
  const lower = infos.map((x) => x.lower);
  const h = new Int32Array(n * H_PER_WORD);
  const cap = new Uint8Array(n);
  const cl = new Int32Array(n);
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < n; i++) {
    const info = infos[i] as WordInfo;
    h.set(info.h, i * H_PER_WORD);
    cap[i] = info.cap;
    cl[i] = info.cl;
    if (info.letters) {
      letters++;
      if (info.letters === 2) upper++;
    }
  }
  const gaz = new Uint8Array(n);
  if (names) nameFlags(names, lower, cap, gaz);
  const lineStart = new Uint8Array(n);
  if (lineStarts) for (let i = 0; i < n; i++) lineStart[i] = lineStarts[i] ? 1 : 0;
  return {
    words,
    lower,
    h,
    lex: lexiconFlags(
      words,
      infos.map((x) => x.lex),
    ),
    cap,
    gaz,
    lineStart,
    cl,
    clustered: clusters !== undefined,
    allCaps: letters >= 2 && upper === letters,
  };
}

/**
 * Names seen in training with their types: lower-cased word sequences joined by spaces, each
 * with a bit mask of coarse types (bit k = NER_TYPES[k]). Learned from the training data and
 * stored in the model.
 */
export type NameList = Map<string, number>;

/** The most words a name of a name list may have. */
export const NAME_MAX_WORDS = 4;

const namePrefixes = new WeakMap<NameList, Set<string>>();

/** The word sequences that begin a longer name of the list (so a lookup knows when to stop). */
function prefixesOf(names: NameList): Set<string> {
  let p = namePrefixes.get(names);
  if (!p) {
    p = new Set();
    for (const phrase of names.keys()) {
      let at = phrase.indexOf(' ');
      while (at > 0) {
        p.add(phrase.slice(0, at));
        at = phrase.indexOf(' ', at + 1);
      }
    }
    namePrefixes.set(names, p);
  }
  return p;
}

function nameFlags(names: NameList, lower: string[], cap: Uint8Array, out: Uint8Array): void {
  const n = lower.length;
  const prefixes = prefixesOf(names);
  for (let i = 0; i < n; i++) {
    if (cap[i] === 0 || cap[i] === 3) continue;
    let phrase = '';
    for (let j = i; j < Math.min(n, i + NAME_MAX_WORDS); j++) {
      phrase = j === i ? (lower[i] as string) : phrase + ' ' + (lower[j] as string);
      const mask = names.get(phrase);
      const longer = prefixes.has(phrase);
      if (mask === undefined) {
        if (longer) continue;
        break;
      }
      for (let t = 0; t < 4; t++) {
        if (!(mask & (1 << t))) continue;
        out[i]! |= 1 << (2 * t);
        for (let q = i + 1; q <= j; q++) out[q]! |= 1 << (2 * t + 1);
      }
      if (!longer) break;
    }
  }
}

/** What the tagger remembers about an article while it tags it. */
export interface DocState {
  /** Lower-cased words that occur in lower case somewhere in the article. */
  seenLower: Set<string>;
  /** Lower-cased word → coarse type (1–4) last given to it inside an entity. */
  history: Map<string, number>;
  /**
   * In the second pass: lower-cased capitalised word → the type (1–4) the first pass gave it
   * most often anywhere in the article, 0 when it was mostly outside names.
   */
  majority?: Map<string, number>;
}

/** The majority type of each capitalised word over a first pass's tags. */
export function majorityTypes(
  sentences: readonly PreparedSentence[],
  tags: readonly Uint8Array[],
): Map<string, number> {
  const counts = new Map<string, number[]>();
  sentences.forEach((s, si) => {
    const t = tags[si] as Uint8Array;
    for (let i = 0; i < s.words.length; i++) {
      if (s.cap[i] === 0 || s.cap[i] === 3) continue;
      const lw = s.lower[i] as string;
      let c = counts.get(lw);
      if (!c) counts.set(lw, (c = [0, 0, 0, 0, 0]));
      c[((t[i] as number) + 1) >> 1]!++;
    }
  });
  const out = new Map<string, number>();
  for (const [w, c] of counts) {
    let best = 0;
    for (let k = 1; k < 5; k++) if ((c[k] as number) > (c[best] as number)) best = k;
    out.set(w, best);
  }
  return out;
}

/** The document state of an article, from all its sentences. */
export function docState(sentences: readonly PreparedSentence[]): DocState {
  const seenLower = new Set<string>();
  for (const s of sentences)
    for (let i = 0; i < s.words.length; i++) if (s.cap[i] === 0) seenLower.add(s.lower[i] as string);
  return { seenLower, history: new Map() };
}

const BOS = hashString('<s>');
const EOS = hashString('</s>');

/**
 * Writes the hashed ids (before masking) of the features of token `i` that do not depend on
 * tags into `out`, and returns how many. They are the same in both passes, so the tagger scores
 * them once per token. They fall in three groups: those of the word alone ({@link wordFeatures}),
 * those of one neighbour in one position ({@link neighbourFeatures}) and the rest, which combine
 * several words or the sentence and article ({@link contextFeatures}); the tagger caches the
 * first two groups' summed weights per distinct word.
 */
export function staticFeatures(s: PreparedSentence, i: number, doc: DocState, out: Int32Array): number {
  const h = s.h;
  const n = s.words.length;
  const o = i * H_PER_WORD;
  let k = wordFeatures(h, o, s.cap[i] as number, s.cl[i] as number, (s.words[i] as string).length, s.clustered, out, 0);
  for (let role = 0; role < N_ROLES; role++) {
    const j = i + (ROLE_OFFSET[role] as number);
    k =
      j >= 0 && j < n
        ? neighbourFeatures(role, h, j * H_PER_WORD, s.cl[j] as number, s.clustered, out, k)
        : boundaryFeatures(role, s.clustered, out, k);
  }
  return contextFeatures(s, i, doc, out, k);
}

/**
 * The features of a word by itself (its forms, shape, affixes, length, capitals and classes),
 * from `out[k]` on; returns the new count. `o` is the word's offset in `h`.
 */
export function wordFeatures(
  h: Int32Array,
  o: number,
  cap: number,
  cl: number,
  length: number,
  clustered: boolean,
  out: Int32Array,
  k: number,
): number {
  out[k++] = mix(0, 0);
  out[k++] = mix(1, h[o + 1] as number);
  out[k++] = mix(2, h[o] as number);
  out[k++] = mix(3, h[o + 2] as number);
  for (let q = 1; q <= 4; q++) {
    const pre = h[o + 3 + q] as number;
    const suf = h[o + 7 + q] as number;
    if (pre) out[k++] = mix(3 + q, pre);
    if (suf) out[k++] = mix(7 + q, suf);
  }
  out[k++] = mix(34, Math.min(length, 12));
  out[k++] = mix(46, cap);
  if (clustered) {
    const c2 = clusterAt(cl, 2);
    out[k++] = mix(60, clusterAt(cl, 0));
    out[k++] = mix(61, clusterAt(cl, 1));
    out[k++] = mix(62, c2);
    out[k++] = mix(65, mix(c2, cap));
    out[k++] = mix(76, mix(c2, h[o + 3] as number));
  }
  return k;
}

/** Number of neighbour positions with features of their own: previous 1 and 2, next 1 and 2. */
export const N_ROLES = 4;

/** Offset of the neighbour of each role from the token. */
export const ROLE_OFFSET: readonly number[] = [-1, -2, 1, 2];

/**
 * The features a word gives the token at `-ROLE_OFFSET[role]` from it (its lower case, short
 * shape and classes seen from there), from `out[k]` on; returns the new count.
 */
export function neighbourFeatures(
  role: number,
  h: Int32Array,
  o: number,
  cl: number,
  clustered: boolean,
  out: Int32Array,
  k: number,
): number {
  return roleFeatures(
    role,
    h[o + 1] as number,
    h[o + 3] as number,
    clusterAt(cl, 1),
    clusterAt(cl, 2),
    clustered,
    out,
    k,
  );
}

/** {@link neighbourFeatures} where the neighbour's position lies outside the sentence. */
export function boundaryFeatures(role: number, clustered: boolean, out: Int32Array, k: number): number {
  const mark = role < 2 ? BOS : EOS;
  return roleFeatures(role, mark, mark, -2, -2, clustered, out, k);
}

function roleFeatures(
  role: number,
  lower: number,
  shortShape: number,
  c1: number,
  c2: number,
  clustered: boolean,
  out: Int32Array,
  k: number,
): number {
  if (role === 0) {
    out[k++] = mix(12, lower);
    out[k++] = mix(16, shortShape);
    if (clustered) {
      out[k++] = mix(63, c1);
      out[k++] = mix(68, c2);
    }
  } else if (role === 1) {
    out[k++] = mix(14, lower);
    if (clustered) out[k++] = mix(74, c1);
  } else if (role === 2) {
    out[k++] = mix(13, lower);
    out[k++] = mix(17, shortShape);
    if (clustered) {
      out[k++] = mix(64, c1);
      out[k++] = mix(69, c2);
    }
  } else {
    out[k++] = mix(15, lower);
    if (clustered) out[k++] = mix(75, c1);
  }
  return k;
}

/**
 * The static features of token `i` that combine it with its neighbours, its sentence or the
 * article, from `out[k]` on; returns the new count.
 */
export function contextFeatures(s: PreparedSentence, i: number, doc: DocState, out: Int32Array, k: number): number {
  const h = s.h;
  const n = s.words.length;
  const o = i * H_PER_WORD;
  const wlP1 = i >= 1 ? (h[o - H_PER_WORD + 1] as number) : BOS;
  const wlN1 = i + 1 < n ? (h[o + H_PER_WORD + 1] as number) : EOS;
  const shP1 = i >= 1 ? (h[o - H_PER_WORD + 3] as number) : BOS;
  const shN1 = i + 1 < n ? (h[o + H_PER_WORD + 3] as number) : EOS;
  const lower = h[o + 1] as number;
  const shape = h[o + 2] as number;
  const cap = s.cap[i] as number;
  out[k++] = mix(18, mix(wlP1, lower));
  out[k++] = mix(19, mix(lower, wlN1));
  out[k++] = mix(24, mix(mix(shP1, h[o + 3] as number), shN1));
  const lex = s.lex[i] as number;
  const lexPrev = i > 0 ? (s.lex[i - 1] as number) : 0;
  const lexNext = i + 1 < n ? (s.lex[i + 1] as number) : 0;
  if (lex | lexPrev | lexNext) {
    for (let b = 0; b < LEX_BITS; b++) {
      const bit = 1 << b;
      if (lex & bit) out[k++] = mix(25, b);
      if (lexPrev & bit) out[k++] = mix(26, b);
      if (lexNext & bit) out[k++] = mix(27, b);
    }
  }
  out[k++] = mix(29, mix(s.allCaps ? 1 : 0, shape));
  out[k++] = mix(30, mix(i === 0 ? 1 : 0, cap));
  if (cap !== 0) out[k++] = mix(31, mix(doc.seenLower.has(s.lower[i] as string) ? 1 : 0, i === 0 || s.allCaps ? 1 : 0));
  out[k++] = mix(35, mix(cap, i + 1 < n ? (s.cap[i + 1] as number) : 9));
  out[k++] = mix(36, mix(i > 0 ? (s.cap[i - 1] as number) : 9, cap));
  if (s.lineStart[i]) out[k++] = mix(58, cap);
  const g = s.gaz[i] as number;
  if (g !== 0) out[k++] = mix(50, g);
  const gP = i > 0 ? (s.gaz[i - 1] as number) : 0;
  const gN = i + 1 < n ? (s.gaz[i + 1] as number) : 0;
  if (gP) out[k++] = mix(52, gP);
  if (gN) out[k++] = mix(53, gN);
  // Word clusters: the word's middle class with its neighbours' and with their words.
  if (s.clustered) {
    const c1 = clusterAt(s.cl[i] as number, 1);
    const c2 = clusterAt(s.cl[i] as number, 2);
    const cP = i > 0 ? clusterAt(s.cl[i - 1] as number, 1) : -2;
    const cN = i + 1 < n ? clusterAt(s.cl[i + 1] as number, 1) : -2;
    out[k++] = mix(66, mix(cP, c1));
    out[k++] = mix(67, mix(c1, cN));
    out[k++] = mix(77, mix(mix(cP, c1), cN));
    out[k++] = mix(78, mix(c2, wlP1));
    out[k++] = mix(79, mix(c2, wlN1));
  }
  return k;
}

/** The class of granularity `g` of a packed cluster value (+1), or -1 for an unknown word. */
function clusterAt(packed: number, g: number): number {
  return packed === 0 ? -1 : ((packed - 1) >>> (CLUSTER_BITS * g)) & ((1 << CLUSTER_BITS) - 1);
}

/**
 * Writes the ids of the features of token `i` that depend on the tags already decided (`tags`
 * holds those of the tokens before `i`) and on what the document state remembers, from `out[k]`
 * on; returns the new count.
 */
export function dynamicFeatures(
  s: PreparedSentence,
  i: number,
  tags: ArrayLike<number>,
  doc: DocState,
  out: Int32Array,
  k: number,
): number {
  const n = s.words.length;
  const o = i * H_PER_WORD;
  const p1 = i > 0 ? (tags[i - 1] as number) : -1;
  k = dynamicWordFeatures(p1, s.h, o, s.cl[i] as number, s.clustered, out, k);
  k = dynamicNextFeatures(p1, i + 1 < n ? (s.h[o + H_PER_WORD + 1] as number) : EOS, out, k);
  return dynamicContextFeatures(s, i, tags, doc, out, k);
}

/**
 * The dynamic features that combine the previous tag `p1` (-1 at the start of a sentence)
 * with the word alone, from `out[k]` on; returns the new count.
 */
export function dynamicWordFeatures(
  p1: number,
  h: Int32Array,
  o: number,
  cl: number,
  clustered: boolean,
  out: Int32Array,
  k: number,
): number {
  out[k++] = mix(22, mix(p1, h[o + 1] as number));
  out[k++] = mix(23, mix(p1, h[o + 2] as number));
  if (clustered) out[k++] = mix(80, mix(p1, clusterAt(cl, 1)));
  return k;
}

/**
 * The dynamic feature that combines the previous tag `p1` with the next word's lower-case hash
 * (EOS_HASH past the end), from `out[k]` on; returns the new count.
 */
export function dynamicNextFeatures(p1: number, nextLower: number, out: Int32Array, k: number): number {
  out[k++] = mix(37, mix(p1, nextLower));
  return k;
}

/** The hash that stands for the word after the last of a sentence. */
export const EOS_HASH = EOS;

/**
 * The dynamic features of token `i` that depend on more than the previous tag and one word
 * (tag pairs, lexicon and name-list flags, the document state), from `out[k]` on.
 */
export function dynamicContextFeatures(
  s: PreparedSentence,
  i: number,
  tags: ArrayLike<number>,
  doc: DocState,
  out: Int32Array,
  k: number,
): number {
  const n = s.words.length;
  const p1 = i > 0 ? (tags[i - 1] as number) : -1;
  const p2 = i > 1 ? (tags[i - 2] as number) : -1;
  const cap = s.cap[i] as number;
  out[k++] = mix(20, p1);
  out[k++] = mix(21, mix(p1, p2));
  const lex = s.lex[i] as number;
  if (lex) for (let b = 0; b < LEX_BITS; b++) if (lex & (1 << b)) out[k++] = mix(28, mix(b, p1));
  if (cap !== 0) {
    const seen = doc.history.get(s.lower[i] as string);
    out[k++] = mix(32, seen ?? 0);
    if (seen !== undefined) out[k++] = mix(33, mix(seen, p1));
  }
  if (doc.majority && cap !== 0 && cap !== 3) {
    const maj = doc.majority.get(s.lower[i] as string) ?? 9;
    out[k++] = mix(55, maj);
    out[k++] = mix(56, mix(maj, p1));
    out[k++] = mix(57, mix(maj, i + 1 < n ? (doc.majority.get(s.lower[i + 1] as string) ?? 9) : 10));
  }
  const g = s.gaz[i] as number;
  if (g !== 0) for (let b = 0; b < 8; b++) if (g & (1 << b)) out[k++] = mix(51, mix(b, p1));
  return k;
}

/** Every feature of token `i` (static and dynamic); see {@link staticFeatures}. */
export function features(
  s: PreparedSentence,
  i: number,
  tags: ArrayLike<number>,
  doc: DocState,
  out: Int32Array,
): number {
  return dynamicFeatures(s, i, tags, doc, out, staticFeatures(s, i, doc, out));
}

/** Upper bound on the features one token produces. */
export const MAX_FEATURES = 160;

/** Records the type of an entity's words in the document state (after its span is decided). */
export function remember(doc: DocState, s: PreparedSentence, from: number, to: number, type: number): void {
  for (let j = from; j < to; j++) if (s.cap[j] !== 0) doc.history.set(s.lower[j] as string, type);
}

/** True when `tag` may follow `prev` in BIO (an I- tag continues the same type). */
export function allowed(prev: number, tag: number): boolean {
  if (tag === 0 || tag % 2 === 1) return true;
  return prev === tag || prev === tag - 1;
}
