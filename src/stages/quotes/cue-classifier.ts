/**
 * Whether a cue phrase found by the lexicon is a cue here: a logistic regression over the phrase,
 * its prior and the words around it ("think" after "I" and before a clause is a cue; "show" after
 * "TV" is not), trained on PolNeAR train by `scripts/train-quotes.ts` and stored as sparse
 * weights in `models/quote-cue-classifier.json`. The features are computed here, for both the
 * trainer and the stage, so the two can never drift apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Span } from '../../core/span.js';
import { cueStem, type CueEntry } from './cue-lexicon.js';

/** A token as the quotes stage sees it: offsets, surface and lower-cased surface. */
export interface Tok extends Span {
  w: string;
  raw: string;
  /** The classifier's shape of the token, cached on first use (every candidate nearby asks). */
  cs?: string;
  /** The boundary model's shape of the token, cached likewise. */
  bs?: string;
}

const CLOSE = new Set(['”', '"', '’', "'", '»']);
const OPEN = new Set(['“', '"', '‘', "'", '«', '„']);
const PRONOUN = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'who']);
const DETERMINER = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
]);
const AUXILIARY = new Set(
  'to will would could can may might should must did does do has have had not never also'.split(' '),
);

const shape = (t: Tok | undefined): string => {
  if (!t) return 'none';
  return (t.cs ??= shapeOf(t));
};

const shapeOf = (t: Tok): string => {
  if (PRONOUN.has(t.w)) return 'pron';
  if (CLOSE.has(t.raw) || OPEN.has(t.raw)) return 'quote';
  if (/^\p{Lu}/u.test(t.raw)) return 'cap';
  // A determiner before a word makes it a noun ("their support"), a modal or "to" a verb ("would
  // support", "to oppose"): the crude part of speech of the words around a phrase.
  if (DETERMINER.has(t.w)) return 'det';
  if (AUXILIARY.has(t.w)) return 'aux';
  if (/^\p{L}+ly$/u.test(t.w)) return 'adv';
  if (/^\p{L}/u.test(t.raw)) return 'low';
  if (/^\d/.test(t.raw)) return 'num';
  return t.raw;
};

const SUBJECT = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'who', 'which', 'it']);
const OBJECT = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'that', 'the', 'a', 'an', 'this', 'his', 'their']);
const NOUN_AFTER = new Set(['of', 'for', 'from', 'is', 'was', 'has', 'among', "'s", '’s']);

/** The inflection of a word, as verbs and nouns show it. */
const suffix = (w: string): string => (/ing$/.test(w) ? 'ing' : /ed$/.test(w) ? 'ed' : /s$/.test(w) ? 's' : 'bare');

/**
 * Whether the first word of a phrase stands as a verb or as a noun, from the words on either side:
 * a subject, a modal or "to" before it or an object after it make it a verb ("they support the
 * bill"); a determiner or possessive before it, or "of"/"for" after it, a noun ("their support for").
 */
function verbness(T: readonly Tok[], i: number, n: number): string {
  const p1 = T[i - 1];
  const p2 = T[i - 2];
  const n1 = T[i + n];
  let left = 'o';
  if (p1) {
    const s = shape(p1);
    if (SUBJECT.has(p1.w) || s === 'aux') left = 'v';
    else if (s === 'det') left = 'n';
    else if (s === 'adv' && p2 && (SUBJECT.has(p2.w) || shape(p2) === 'cap' || shape(p2) === 'aux')) left = 'v';
    else if (s === 'cap') left = 'c';
    else if (p1.w === ',') left = ',';
  } else left = 's';
  let right = 'o';
  if (n1) {
    if (OBJECT.has(n1.w) || OPEN.has(n1.raw) || n1.w === ':') right = 'v';
    else if (NOUN_AFTER.has(n1.w)) right = 'n';
    else if (shape(n1) === 'cap') right = 'c';
  } else right = 'e';
  return `${left}${right}`;
}

/** The features of the phrase `T[i, i + n)` with its lexicon entry. */
export function cueFeatures(
  T: readonly Tok[],
  i: number,
  n: number,
  key: string,
  entry: CueEntry,
  borrowed = false,
): string[] {
  const p1 = T[i - 1];
  const p2 = T[i - 2];
  const n1 = T[i + n];
  const n2 = T[i + n + 1];
  const bin = Math.min(9, Math.floor(entry.prior * 10));
  const f = [
    `k=${key}`,
    `prior=${bin}`,
    `len=${n}`,
    `p1=${p1?.w ?? '<s>'}`,
    `p2=${p2?.w ?? '<s>'}`,
    `n1=${n1?.w ?? '</s>'}`,
    `n2=${n2?.w ?? '</s>'}`,
    `p1s=${shape(p1)}`,
    `n1s=${shape(n1)}`,
    `k|p1s=${key}|${shape(p1)}`,
    `k|n1s=${key}|${shape(n1)}`,
    `k|n1=${key}|${n1?.w ?? '</s>'}`,
    `prior|p1s=${bin}|${shape(p1)}`,
    `prior|n1s=${bin}|${shape(n1)}`,
    `pos=${Math.min(i, 4)}`,
    `borrowed=${borrowed ? 1 : 0}`,
    `inv=${entry.inverted > 0.3 ? 1 : 0}`,
  ];
  const p3 = T[i - 3];
  const n3 = T[i + n + 2];
  const stem = cueStem(key.split(' ')[0]!);
  f.push(
    `p3=${p3?.w ?? '<s>'}`,
    `n3=${n3?.w ?? '</s>'}`,
    `p2|p1=${p2?.w ?? '<s>'}|${p1?.w ?? '<s>'}`,
    `n1|n2=${n1?.w ?? '</s>'}|${n2?.w ?? '</s>'}`,
    `k|p1=${key}|${p1?.w ?? '<s>'}`,
    `k|p2s=${key}|${shape(p2)}`,
    `k|n2s=${key}|${shape(n2)}`,
    `stem=${stem}`,
    `stem|p1s=${stem}|${shape(p1)}`,
    `stem|n1s=${stem}|${shape(n1)}`,
    `p1s|n1s=${shape(p1)}|${shape(n1)}`,
    `rest=${Math.min(T.length - i - n, 6)}`,
    `prior|pos=${bin}|${Math.min(i, 4)}`,
  );
  const vb = verbness(T, i, n);
  const suf = suffix(T[i]!.w);
  f.push(`vb=${vb}`, `vb|prior=${vb}|${bin}`, `vb|suf=${vb}|${suf}`, `k|vb=${key}|${vb}`, `suf|prior=${suf}|${bin}`);
  // A subject just before the phrase: a name, a pronoun or a noun after a determiner.
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const s = shape(T[k]);
    if (s === 'pron' || s === 'cap') {
      f.push(`subj=${s}`, `prior|subj=${bin}|${s}`);
      break;
    }
    if (s === ',' || s === 'quote') break;
  }
  for (let k = i + n; k < Math.min(T.length, i + n + 4); k++) {
    if (T[k]!.w === 'that') f.push('that-after', `k|that=${key}`, `stem|that=${stem}`);
  }
  if (T.some((t) => OPEN.has(t.raw) && t.raw !== "'")) f.push(`quote-in-sentence|prior=${bin}`);
  for (let k = Math.max(0, i - 8); k < i; k++) {
    if (CLOSE.has(T[k]!.raw) && T[k]!.raw !== "'") {
      f.push('quote-before', `prior|quote-before=${bin}`);
      break;
    }
  }
  for (let k = i + n; k < Math.min(T.length, i + n + 3); k++) {
    if (OPEN.has(T[k]!.raw) && T[k]!.raw !== "'") {
      f.push('quote-after', `prior|quote-after=${bin}`);
      break;
    }
  }
  return f;
}

interface ModelFile {
  bias: number;
  weights: Record<string, number>;
}

/** Weights of a logistic regression over string features. */
export interface LogisticWeights {
  bias: number;
  weights: ReadonlyMap<string, number>;
}

let model: LogisticWeights | undefined;

/** The classifier, read once per process. */
function cueModel(): LogisticWeights {
  if (model) return model;
  const near = new URL('../../../models/quote-cue-classifier.json', import.meta.url);
  const url = existsSync(near) ? near : new URL('../../../../models/quote-cue-classifier.json', import.meta.url);
  const file = JSON.parse(readFileSync(url, 'utf8')) as ModelFile;
  model = { bias: file.bias, weights: new Map(Object.entries(file.weights)) };
  return model;
}

/**
 * Probability that the phrase with these features is a cue, under the model of
 * `models/quote-cue-classifier.json` or the weights given (the trainer's, fitted on part of train).
 */
export function cueProbability(features: readonly string[], m: LogisticWeights = cueModel()): number {
  let z = m.bias;
  for (const f of features) z += m.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
