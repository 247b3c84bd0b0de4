/**
 * Whether a cue phrase found by the lexicon is a cue here: a logistic regression over the phrase,
 * its prior and the words around it ("think" after "I" and before a clause is a cue; "show" after
 * "TV" is not), trained on PolNeAR train by `scripts/train-quotes.ts` and stored as sparse
 * weights in `models/quote-cue-classifier.json`. The features are computed here, for both the
 * trainer and the stage, so the two can never drift apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Span } from '../../core/span.js';
import type { CueEntry } from './cue-lexicon.js';

/** A token as the quotes stage sees it: offsets, surface and lower-cased surface. */
export interface Tok extends Span {
  w: string;
  raw: string;
}

const CLOSE = new Set(['”', '"', '’', "'", '»']);
const OPEN = new Set(['“', '"', '‘', "'", '«', '„']);
const PRONOUN = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'who']);

const shape = (t: Tok | undefined): string => {
  if (!t) return 'none';
  if (PRONOUN.has(t.w)) return 'pron';
  if (CLOSE.has(t.raw) || OPEN.has(t.raw)) return 'quote';
  if (/^\p{Lu}/u.test(t.raw)) return 'cap';
  if (/^\p{L}/u.test(t.raw)) return 'low';
  if (/^\d/.test(t.raw)) return 'num';
  return t.raw;
};

/** The features of the phrase `T[i, i + n)` with its lexicon entry. */
export function cueFeatures(T: readonly Tok[], i: number, n: number, key: string, entry: CueEntry): string[] {
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
    `inv=${entry.inverted > 0.3 ? 1 : 0}`,
  ];
  for (let k = i + n; k < Math.min(T.length, i + n + 4); k++) {
    if (T[k]!.w === 'that') f.push('that-after', `k|that=${key}`);
  }
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

let model: { bias: number; weights: Map<string, number> } | undefined;

/** The classifier, read once per process. */
function cueModel(): { bias: number; weights: Map<string, number> } {
  if (model) return model;
  const near = new URL('../../../models/quote-cue-classifier.json', import.meta.url);
  const url = existsSync(near) ? near : new URL('../../../../models/quote-cue-classifier.json', import.meta.url);
  const file = JSON.parse(readFileSync(url, 'utf8')) as ModelFile;
  model = { bias: file.bias, weights: new Map(Object.entries(file.weights)) };
  return model;
}

/** Probability that the phrase with these features is a cue. */
export function cueProbability(features: readonly string[]): number {
  const m = cueModel();
  let z = m.bias;
  for (const f of features) z += m.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
