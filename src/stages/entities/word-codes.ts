/**
 * Word codes learned from unlabelled news text: for each frequent word, a 24-bit signature of
 * the words around it (random projections of its left and right neighbours, signs taken after
 * centring, as in SimHash), and how often it is capitalised mid-sentence. Words used alike get
 * alike codes ("Townsend" near other surnames, "Leicester" near other clubs), which gives the
 * tagger what Brown clusters give CoNLL taggers, at a fraction of the cost to build.
 */
import { hashString } from './ner-features-hash.js';

/** The learned table: open addressing keyed by the word's hash. */
export interface WordCodes {
  keys: Int32Array;
  /** Bits 0–23: the signature; bits 24–25: capitalisation class (1 lower, 2 mixed, 3 capitalised). */
  values: Uint32Array;
}

/** Number of signature bits. */
export const CODE_BITS = 24;

/** The code of a lower-cased word, or 0 when the table does not know it. */
export function wordCode(codes: WordCodes, lower: string): number {
  const mask = codes.keys.length - 1;
  const h = hashString(lower);
  let slot = (h ^ (h >>> 16)) & mask;
  for (;;) {
    const v = codes.values[slot] as number;
    if (v === 0) return 0;
    if (codes.keys[slot] === h) return v;
    slot = (slot + 1) & mask;
  }
}

/** Counts gathered from running text before codes are computed. */
export class WordCodeBuilder {
  private readonly counts = new Map<string, number>();
  private readonly capMid = new Map<string, number>();
  private readonly sentences: string[][] = [];

  /** Adds one sentence of tokens (original case). */
  addSentence(words: readonly string[]): void {
    const lower = words.map((w) => w.toLowerCase());
    this.sentences.push(lower);
    lower.forEach((w, i) => {
      this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
      if (i > 0 && /^\p{Lu}/u.test(words[i] as string)) this.capMid.set(w, (this.capMid.get(w) ?? 0) + 1);
    });
  }

  /** Computes the table for words seen at least `minCount` times. */
  build(minCount = 3, contexts = 3000): WordCodes {
    const vocab = [...this.counts.entries()].filter(([, c]) => c >= minCount).map(([w]) => w);
    const index = new Map(vocab.map((w, i) => [w, i]));
    const ctx = [...this.counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, contexts)
      .map(([w]) => w);
    const D = CODE_BITS;
    // Each context word, on each side, gets a random ±1/sqrt(freq) vector.
    const proj = new Map<string, Float32Array>();
    for (const c of ctx) {
      const f = 1 / Math.sqrt(this.counts.get(c) as number);
      for (const side of ['<', '>']) {
        const v = new Float32Array(D);
        for (let d = 0; d < D; d++) v[d] = (hashString(`${side}${c}#${d}`) & 1 ? 1 : -1) * f;
        proj.set(side + c, v);
      }
    }
    const sums = new Float32Array(vocab.length * D);
    for (const s of this.sentences) {
      for (let i = 0; i < s.length; i++) {
        const wi = index.get(s[i] as string);
        if (wi === undefined) continue;
        const o = wi * D;
        for (const key of [i > 0 ? '<' + s[i - 1] : '<<s>', i + 1 < s.length ? '>' + s[i + 1] : '></s>']) {
          const v = proj.get(key);
          if (!v) continue;
          for (let d = 0; d < D; d++) sums[o + d]! += v[d] as number;
        }
      }
    }
    // Normalise each word's vector, then centre, so a sign says "more than the average word".
    const mean = new Float64Array(D);
    for (let w = 0; w < vocab.length; w++) {
      let norm = 0;
      for (let d = 0; d < D; d++) norm += (sums[w * D + d] as number) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < D; d++) {
        sums[w * D + d]! /= norm;
        mean[d]! += (sums[w * D + d] as number) / vocab.length;
      }
    }
    let slots = 1;
    while (slots < vocab.length * 2) slots <<= 1;
    const codes: WordCodes = { keys: new Int32Array(slots), values: new Uint32Array(slots) };
    vocab.forEach((w, wi) => {
      let code = 0;
      for (let d = 0; d < D; d++) if ((sums[wi * D + d] as number) > (mean[d] as number)) code |= 1 << d;
      const n = this.counts.get(w) as number;
      const cap = (this.capMid.get(w) ?? 0) / n;
      const capClass = cap < 0.1 ? 1 : cap < 0.7 ? 2 : 3;
      const value = ((capClass << 24) | code) >>> 0;
      const h = hashString(w);
      let slot = (h ^ (h >>> 16)) & (slots - 1);
      while (codes.values[slot] !== 0) slot = (slot + 1) & (slots - 1);
      codes.keys[slot] = h;
      codes.values[slot] = value;
    });
    return codes;
  }
}
