/**
 * The cue lexicon learned from PolNeAR train (`models/quote-cues.json`, rebuilt by
 * `scripts/train-quotes.ts`): for each cue phrase, how often annotators marked it as a cue and
 * how often it occurs at all. The ratio is the phrase's prior of being a cue ("said" nearly
 * always, "called" seldom), which the stage raises where the context is typical of reported
 * speech (a following "that", a colon, a quotation).
 */
import { existsSync, readFileSync } from 'node:fs';

/** One cue phrase with what was learned about it. */
export interface CueEntry {
  /** Times it was a cue over times it occurs. */
  prior: number;
  /** Times it was a cue. */
  count: number;
  /** Share of its uses whose source follows it ("according to X", "…, said X"). */
  inverted: number;
  /** Length in tokens. */
  length: number;
}

interface CueModel {
  cues: Record<string, [number, number, number]>;
}

/** Phrases less likely than this to be a cue are not even candidates (function words). */
export const MIN_CANDIDATE_PRIOR = 0.02;

/** Longest phrase in the lexicon, in tokens. */
export const MAX_CUE_TOKENS = 5;

let lexicon: Map<string, CueEntry> | undefined;
let byStem: Map<string, { key: string; entry: CueEntry }> | undefined;

/**
 * A verb's stem, shared by its inflections ("admits", "admitted", "admitting" → "admit";
 * "announces", "announced" → "announc"), so that a form the annotators never marked can borrow
 * what was learned about its siblings.
 */
export function cueStem(word: string): string {
  const s = word.replace(/(?:ing|ed|es|s|d)$/, '');
  return s.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(s) ? s.slice(0, -1) : s;
}

/** A lexicon phrase found in a sentence: its length in tokens, its key and what was learned about it. */
export interface CueMatch {
  n: number;
  key: string;
  entry: CueEntry;
  /** Set when the entry is a sibling inflection's ("admits" borrowing "admitted"). */
  borrowed?: boolean;
}

/**
 * The candidate cue phrases starting at token `i` of a sentence (lower-cased words), shortest
 * first: lexicon phrases whose prior reaches `minPrior`, or, for a word that begins no phrase, the
 * most frequent cue word with the same stem.
 */
export function cueMatches(words: readonly string[], i: number, minPrior: number): CueMatch[] {
  const lex = cueLexicon();
  const prefixSet = cuePrefixes(minPrior);
  const out: CueMatch[] = [];
  let key = '';
  for (let n = 1; n <= MAX_CUE_TOKENS && i + n <= words.length; n++) {
    key = n === 1 ? words[i]! : `${key} ${words[i + n - 1]!}`;
    if (!prefixSet.has(key)) break;
    const entry = lex.get(key);
    if (entry && entry.prior >= minPrior) out.push({ n, key, entry });
  }
  if (out.length === 0) {
    const sib = sibling(words[i]!);
    if (sib && sib.entry.prior >= minPrior) out.push({ n: 1, key: words[i]!, entry: sib.entry, borrowed: true });
  }
  return out;
}

/** Words already looked up for a sibling: nearly every word of a text asks, and words recur. */
const siblings = new Map<string, { key: string; entry: CueEntry } | null>();

/** The single-word cue a word not in the lexicon may borrow from (same stem), if any. */
function sibling(word: string): { key: string; entry: CueEntry } | undefined {
  let sib = siblings.get(word);
  if (sib === undefined) {
    sib = (!cueLexicon().has(word) && /^\p{L}{4,}$/u.test(word) && stems().get(cueStem(word))) || null;
    // A bound keeps a long-running server's cache small (an entry is a word and a reference).
    if (siblings.size >= 50_000) siblings.clear();
    siblings.set(word, sib);
  }
  return sib ?? undefined;
}

/** Single-word cues by stem, the most often marked one per stem. */
function stems(): Map<string, { key: string; entry: CueEntry }> {
  if (byStem) return byStem;
  byStem = new Map();
  for (const [k, e] of cueLexicon()) {
    if (e.length !== 1 || !/^\p{L}{4,}$/u.test(k)) continue;
    const st = cueStem(k);
    const old = byStem.get(st);
    if (!old || old.entry.count < e.count) byStem.set(st, { key: k, entry: e });
  }
  return byStem;
}
const prefixes = new Map<number, Set<string>>();

/**
 * Every word prefix ("said", "said in", "said in a") of the phrases whose prior reaches
 * `minPrior`: phrase matching stops as soon as the words so far begin no phrase, and never starts
 * on the function words ("in", "for") no context makes a cue.
 */
export function cuePrefixes(minPrior: number): Set<string> {
  let set = prefixes.get(minPrior);
  if (!set) {
    set = new Set<string>();
    for (const [k, e] of cueLexicon()) {
      if (e.prior < minPrior) continue;
      const words = k.split(' ');
      for (let n = 1; n <= words.length; n++) set.add(words.slice(0, n).join(' '));
    }
    prefixes.set(minPrior, set);
  }
  return set;
}

/** The lexicon, read once per process. */
export function cueLexicon(): Map<string, CueEntry> {
  if (lexicon) return lexicon;
  // Compiled code sits one folder deeper (dist/) than the sources; the model is at the root.
  const near = new URL('../../../models/quote-cues.json', import.meta.url);
  const url = existsSync(near) ? near : new URL('../../../../models/quote-cues.json', import.meta.url);
  const model = JSON.parse(readFileSync(url, 'utf8')) as CueModel;
  const map = new Map<string, CueEntry>();
  for (const [phrase, [count, total, inverted]] of Object.entries(model.cues)) {
    // Pure punctuation (":") and function words ("in", "for") are cues only inside patterns the
    // stage recognises by its own rules; as free-standing lexicon entries they would fire everywhere.
    if (!/\p{L}/u.test(phrase)) continue;
    map.set(phrase, { prior: count / total, count, inverted: inverted / count, length: phrase.split(' ').length });
  }
  lexicon = map;
  return map;
}
