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

/** Longest phrase in the lexicon, in tokens. */
export const MAX_CUE_TOKENS = 5;

let lexicon: Map<string, CueEntry> | undefined;
const firstWords = new Map<number, Set<string>>();

/**
 * The first words of the phrases whose prior reaches `minPrior`: a cheap test before building
 * longer phrases, which also skips the function words ("in", "for") no context makes a cue.
 */
export function cueFirstWords(minPrior: number): Set<string> {
  let set = firstWords.get(minPrior);
  if (!set) {
    set = new Set([...cueLexicon()].filter(([, e]) => e.prior >= minPrior).map(([k]) => k.split(' ')[0]!));
    firstWords.set(minPrior, set);
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
