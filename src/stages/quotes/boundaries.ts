/**
 * Learned span boundaries of the quotes stage. The rules propose a cue, a source and a content;
 * PolNeAR's annotators draw the edges in ways no short rule list captures ("said in a telephone
 * interview Wednesday" is one cue, "continue to warn" another; the content of "X said …, while Y
 * …" stops at the comma, that of "X said …, adding …" often does not). For each edge the stage
 * lists the candidate positions (the rule's own choice among them) and a ranking perceptron,
 * trained on PolNeAR train by `scripts/train-quotes.ts` and stored in
 * `models/quote-boundaries.json`, picks one. The features are computed here, for both the trainer
 * and the stage, so the two can never drift apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Tok } from './cue-classifier.js';

/** The edges the model decides. */
export type BoundaryKind = 'cue-left' | 'cue-right' | 'source-start' | 'source-end' | 'content-start' | 'content-end';

/** Every boundary kind, in the order the stage decides them. */
export const BOUNDARY_KINDS: readonly BoundaryKind[] = [
  'cue-left',
  'cue-right',
  'source-start',
  'source-end',
  'content-start',
  'content-end',
];

/** One candidate edge: a token index and the features of choosing it. */
export interface BoundaryCandidate {
  /** Token index of the edge (the first token of a span for a start, one past the last for an end). */
  at: number;
  features: string[];
}

/** A decision the stage took, reported to a trace (the trainer labels it against the gold). */
export interface BoundaryDecision {
  kind: BoundaryKind;
  /** The tokens of the sentence. */
  tokens: readonly Tok[];
  /** Token range of the cue phrase the lexicon found (before any extension). */
  cue: [number, number];
  /** The token index the other edge of the span is fixed at. */
  anchor: number;
  candidates: BoundaryCandidate[];
}

const OPEN = new Set(['“', '"', '‘', "'", '«', '„']);
const CLOSE = new Set(['”', '"', '’', "'", '»']);
const PRONOUN = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'who']);
const DET = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'some', 'many']);

/** Words after which a source may begin or before which it may end. */
const EDGE_WORD = new Set(
  'that which who whom whose as and but or after before when while if because since although though of by to for with in on at from said says according than like'.split(
    ' ',
  ),
);

const shape = (t: Tok | undefined): string => {
  if (!t) return 'none';
  return (t.bs ??= shapeOf(t));
};

const shapeOf = (t: Tok): string => {
  if (PRONOUN.has(t.w)) return 'pron';
  if (DET.has(t.w)) return 'det';
  if (CLOSE.has(t.raw) || OPEN.has(t.raw)) return 'quote';
  // Name particles ("al-Yasser", "bin Salman") belong to the name they start.
  if (/^\p{Lu}/u.test(t.raw) || /^(?:al|el|bin|ibn|abu|van|von|de|da)-?\p{Lu}/u.test(t.raw)) return 'cap';
  if (/ly$/.test(t.w)) return 'ly';
  if (/ing$/.test(t.w)) return 'ing';
  if (/ed$/.test(t.w)) return 'ed';
  if (/^\p{L}/u.test(t.raw)) return 'low';
  if (/^\d/.test(t.raw)) return 'num';
  return t.raw;
};

const w = (T: readonly Tok[], k: number): string => T[k]?.w ?? (k < 0 ? '<s>' : '</s>');
const bin = (n: number): string => (n <= 3 ? String(n) : n <= 6 ? '4-6' : n <= 12 ? '7-12' : n <= 25 ? '13-25' : '26+');
const isWord = (t: Tok): boolean => /[\p{L}\p{N}]/u.test(t.raw);

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const MODAL = new Set(['will', 'would', 'could', 'may', 'might', 'can', 'should', 'must']);

/**
 * Whether token `k` is a modal spelt with a capital inside the sentence ("George Will wrote",
 * "Theresa May said"): a name, the source's last word, never an auxiliary of the cue.
 */
export function capitalisedModal(T: readonly Tok[], k: number): boolean {
  const t = T[k];
  return t !== undefined && k > 0 && MODAL.has(t.w) && /^\p{Lu}/u.test(t.raw);
}

/**
 * Candidates for the first token of a cue: the phrase's first token or up to four words before it
 * (auxiliaries and adverbs: "continue to warn", "has effectively acknowledged"). `lo` bounds the
 * search (the end of the previous cue); `rule` is the rule's choice.
 */
export function cueLeftCandidates(
  T: readonly Tok[],
  i: number,
  b: number,
  lo: number,
  rule: number,
  key: string,
): BoundaryCandidate[] {
  const out: BoundaryCandidate[] = [];
  for (let a = i; a >= Math.max(lo, i - 4); a--) {
    if (a < i && (!isWord(T[a]!) || OPEN.has(T[a]!.raw) || CLOSE.has(T[a]!.raw) || capitalisedModal(T, a))) break;
    const ext = T.slice(a, i).map((t) => t.w);
    const f = [
      `n=${i - a}`,
      `rule=${a === rule ? 1 : 0}`,
      `p1=${w(T, a - 1)}`,
      `p1s=${shape(T[a - 1])}`,
      `first=${w(T, a)}`,
      `firsts=${shape(T[a])}`,
      `n|rule=${i - a}|${a === rule ? 1 : 0}`,
      `k=${key}|${i - a}`,
    ];
    if (a < i) {
      f.push(`ext=${ext.join(' ')}`, `first|k=${w(T, a)}|${key}`, `p1s|first=${shape(T[a - 1])}|${w(T, a)}`);
      for (const x of ext) f.push(`in=${x}`);
    } else f.push(`p1|k=${w(T, a - 1)}|${key}`);
    out.push({ at: a, features: f });
  }
  return out;
}

/**
 * Candidates for one past the last token of a cue: the phrase's end or up to six words after it
 * ("said in a telephone interview Wednesday", "told reporters", "wrote on Facebook:"). A colon
 * may end the extension; other punctuation and quotation marks stop it.
 */
export function cueRightCandidates(
  T: readonly Tok[],
  b: number,
  hi: number,
  rule: number,
  key: string,
  i = b,
): BoundaryCandidate[] {
  const out: BoundaryCandidate[] = [];
  // "“…,” X said in a telephone interview Wednesday." runs the cue to the full stop far more
  // often than "X said in a statement that …" does: what precedes the cue and whether the
  // extension reaches the end of the clause tell the two apart.
  let qb = 0;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    if (CLOSE.has(T[k]!.raw) && T[k]!.raw !== "'") {
      qb = 1;
      break;
    }
  }
  const stopShape = shape(T[hi]);
  for (let e = b; e <= Math.min(hi, b + 6); e++) {
    if (e > b) {
      const t = T[e - 1]!;
      if (OPEN.has(t.raw) || CLOSE.has(t.raw)) break;
      if (!isWord(t) && t.w !== ':') break;
      if (T[e - 2]?.w === ':' && e - 2 >= b) break;
    }
    const ext = T.slice(b, e).map((t) => t.w);
    // Annotators leave "on Friday" out of the cue (58 times in 67 on train), whichever the day.
    const days = ext.map((x) => (WEEKDAY.test(x) ? 'DAY' : x)).join(' ');
    if (/(?:^| )on DAY\b/.test(days)) break;
    const f = [
      `n=${e - b}`,
      `rule=${e === rule ? 1 : 0}`,
      `nx=${w(T, e)}`,
      `nxs=${shape(T[e])}`,
      `nx2=${w(T, e + 1)}`,
      `k|n=${key}|${e - b}`,
      `k|nxs=${key}|${shape(T[e])}`,
      `n|nxs=${Math.min(e - b, 3)}|${shape(T[e])}`,
      `qb|end|n=${qb}|${e === hi ? stopShape : 'no'}|${Math.min(e - b, 3)}`,
      `qb|nxs=${qb}|${shape(T[e])}`,
    ];
    if (e > b) {
      f.push(`ext=${ext.join(' ')}`, `last=${w(T, e - 1)}`, `firstx=${w(T, b)}`, `k|firstx=${key}|${w(T, b)}`);
      f.push(`last|nx=${w(T, e - 1)}|${w(T, e)}`, `lasts|nxs=${shape(T[e - 1])}|${shape(T[e])}`);
      for (const x of ext) f.push(`in=${x}`);
      f.push(`qb|end|firstx=${qb}|${e === hi ? stopShape : 'no'}|${w(T, b)}`);
      // Weekdays as one word: "said Friday" is as often one cue as two words on train.
      f.push(`extd=${days}`);
    } else f.push(`k|nx=${key}|${w(T, e)}`);
    out.push({ at: e, features: f });
  }
  return out;
}

/**
 * Candidates for the first token of a source that ends at `last` (exclusive): every word of the
 * clause stretch before it, at most 30 tokens back, from `from`; `rule` is the rule's choice.
 */
export function sourceStartCandidates(
  T: readonly Tok[],
  from: number,
  last: number,
  rule: number,
  key: string,
): BoundaryCandidate[] {
  const out: BoundaryCandidate[] = [];
  let commas = 0;
  let caps = 0;
  let breaks = 0;
  for (let k = last - 1; k >= Math.max(from, last - 30); k--) {
    const t = T[k]!;
    if (t.w === ',' || t.w === '—' || t.w === '–' || t.w === '--' || t.w === ';') commas++;
    if (/^\p{Lu}/u.test(t.raw)) caps++;
    if (/^(?:that|which|after|before|when|while|because|since|although|though|if|as|but|and)$/.test(t.w)) breaks++;
    if (!isWord(t) && !OPEN.has(t.raw)) continue;
    // Only where a phrase can begin: after punctuation or a function word, at a determiner, a
    // pronoun or a capital after a lower-case word (a title or a name inside a clause).
    const p = T[k - 1];
    const s = shape(t);
    if (
      k !== rule &&
      k !== from &&
      p !== undefined &&
      isWord(p) &&
      !EDGE_WORD.has(p.w) &&
      s !== 'det' &&
      s !== 'pron' &&
      !(s === 'cap' && shape(p) !== 'cap')
    )
      continue;
    const f = [
      `rule=${k === rule ? 1 : 0}`,
      `from=${k === from ? 1 : 0}`,
      `w=${t.w}`,
      `s=${shape(t)}`,
      `p1=${w(T, k - 1)}`,
      `p1s=${shape(T[k - 1])}`,
      `p1|s=${w(T, k - 1)}|${shape(t)}`,
      `len=${bin(last - k)}`,
      `commas=${Math.min(commas, 4)}`,
      `caps=${caps > 0 ? 1 : 0}`,
      `breaks=${Math.min(breaks, 2)}`,
      `rule|len=${k === rule ? 1 : 0}|${bin(last - k)}`,
      `rule|commas=${k === rule ? 1 : 0}|${Math.min(commas, 4)}`,
      `end=${w(T, last - 1)}`,
      `ends=${shape(T[last - 1])}`,
      `k|len=${key}|${bin(last - k)}`,
      `w|n1=${t.w}|${w(T, k + 1)}`,
    ];
    out.push({ at: k, features: f });
  }
  return out;
}

/**
 * Candidates for one past the last token of a source that starts at `i`: the rule's end `j` or an
 * earlier token ("Kessel, whose organization …" is "Kessel"; "X is not on board with the
 * compromise and said" is "X"). `after` tells a source that follows its cue ("…, said X").
 */
export function sourceEndCandidates(
  T: readonly Tok[],
  i: number,
  j: number,
  after: boolean,
  key: string,
): BoundaryCandidate[] {
  const out: BoundaryCandidate[] = [];
  let commas = 0;
  for (let e = i + 1; e <= j && e <= i + 30; e++) {
    const last = T[e - 1]!;
    if (last.w === ',') commas++;
    if (e < j && !isWord(last) && last.w !== ',') continue;
    // Only before punctuation, a function word, a relative pronoun or a lower-case word after a capital.
    const nx = T[e];
    if (
      e < j &&
      nx !== undefined &&
      isWord(nx) &&
      isWord(last) &&
      shape(last) === 'low' &&
      shape(nx) === 'low' &&
      !EDGE_WORD.has(nx.w)
    )
      continue;
    const rule = e === j ? 1 : 0;
    const f = [
      `rule=${rule}`,
      `after=${after ? 1 : 0}`,
      `last=${last.w}`,
      `lasts=${shape(last)}`,
      `nx=${rule ? '<rule>' : w(T, e)}`,
      `nxs=${rule ? '<rule>' : shape(T[e])}`,
      `lasts|nxs=${shape(last)}|${rule ? '<rule>' : shape(T[e])}`,
      `last|nx=${last.w}|${rule ? '<rule>' : w(T, e)}`,
      `len=${bin(e - i)}`,
      `rest=${bin(j - e)}`,
      `commas=${Math.min(commas, 3)}`,
      `after|nx=${after ? 1 : 0}|${rule ? '<rule>' : w(T, e)}`,
      `rule|after|len=${rule}|${after ? 1 : 0}|${bin(e - i)}`,
      `k|rule=${key}|${rule}`,
    ];
    out.push({ at: e, features: f });
  }
  return out;
}

/**
 * Candidates for the first token of a content after a cue that ends at `b`: the rule's choice or
 * any word up to eight tokens on ("refused | to speculate", "told reporters | that …", "said on
 * Friday | that …", "warned | of …"), never across a quotation's start or the sentence's end.
 */
export function contentStartCandidates(
  T: readonly Tok[],
  b: number,
  stop: number,
  rule: number,
  key: string,
): BoundaryCandidate[] {
  const out: BoundaryCandidate[] = [];
  let commas = 0;
  for (let k = b; k < stop && k <= Math.max(rule, b + 8); k++) {
    const t = T[k]!;
    if (t.w === ',' || t.w === ':') {
      commas++;
      continue;
    }
    if (!isWord(t) && !OPEN.has(t.raw)) continue;
    const r = k === rule ? 1 : 0;
    const p = w(T, k - 1);
    const f = [
      `rule=${r}`,
      `n=${bin(k - b)}`,
      `w=${t.w}`,
      `s=${shape(t)}`,
      `p1=${p}`,
      `p1s=${shape(T[k - 1])}`,
      `p1|w=${p}|${t.w}`,
      `w|n1=${t.w}|${w(T, k + 1)}`,
      `commas=${Math.min(commas, 2)}`,
      `k|n=${key}|${bin(k - b)}`,
      `rule|n=${r}|${bin(k - b)}`,
      `rule|w=${r}|${t.w}`,
    ];
    out.push({ at: k, features: f });
    // A quotation that starts here is content as a whole: nothing after its mark is a start.
    if (OPEN.has(t.raw)) break;
  }
  if (!out.some((c) => c.at === rule) && rule < stop) out.push({ at: rule, features: [`rule=1`, `far`] });
  return out;
}

/** Words before which a content may stop: a new clause ("…, while Y …", "… even as …"). */
const CONTENT_BREAK =
  /^(?:,|;|—|–|--|-|\(|nor|while|whereas|as|even|but|because|although|though|after|before|when|since|until|and|or|so|which|who|where|saying|adding|according)$/;

/**
 * Candidates for one past the last token of a content that starts at `c`: the rule's end `stop`
 * or any clause break in between that is not inside a quotation (`quoted` tells). `cueAt` maps
 * the token index where each accepted cue of the sentence starts to its classifier probability.
 */
export function contentEndCandidates(
  T: readonly Tok[],
  c: number,
  stop: number,
  key: string,
  quoted: (k: number) => boolean,
  cueAt?: ReadonlyMap<number, number>,
): BoundaryCandidate[] {
  const out: BoundaryCandidate[] = [];
  let commas = 0;
  const startsThat = T[c]?.w === 'that';
  // Another cue inside the content, and how likely: the clause after a break that holds one has
  // its own speaker ("…, after the candidate suggested that …"), and PolNeAR seldom nests it.
  const cueAhead = (k: number): string => {
    if (!cueAt) return '';
    let top = 0;
    for (let j = k + 1; j < Math.min(stop, k + 9); j++) {
      // A run of break words opens one clause (", even as the auditor warned …").
      if (j > k + 1 && CONTENT_BREAK.test(T[j]!.w) && !CONTENT_BREAK.test(T[j - 1]!.w)) break;
      top = Math.max(top, cueAt.get(j) ?? 0);
    }
    return top >= 0.9 ? 'hi' : top >= 0.5 ? 'mid' : top > 0 ? 'lo' : 'no';
  };
  let inside = 0;
  if (cueAt) for (const [k, p] of cueAt) if (k > c && k < stop && p >= 0.5) inside++;
  // A quoted fragment is the speaker's own words: the content keeps every one in its clause
  // ("…, which does not tolerate Washington's “theory of dependence and humiliation”").
  let first = c + 2;
  for (let k = stop - 1; k >= c; k--) {
    if (quoted(k)) {
      first = Math.max(first, k + 1);
      break;
    }
  }
  for (let k = c + 2; k < first && k < stop; k++) if (T[k]!.w === ',') commas++;
  for (let k = first; k <= stop; k++) {
    const end = k === stop;
    if (!end) {
      if (T[k]!.w === ',') commas++;
      // A new clause, or the end of a quotation that closes the content ("…” suggesting …").
      const afterQuote = CLOSE.has(T[k - 1]!.raw) && T[k - 1]!.raw !== "'";
      if ((!CONTENT_BREAK.test(T[k]!.w) && !afterQuote) || (quoted(k) && !afterQuote)) continue;
    }
    // The first lower-case word after the break and what stands before it: ", Bill Clinton
    // proved …" opens a clause with its own subject; ", a former senator, …" does not.
    let fl = k + 1;
    while (fl < stop && fl < k + 6 && shape(T[fl]) !== 'low' && shape(T[fl]) !== 'ed' && shape(T[fl]) !== 'ing') fl++;
    const flw = fl < stop && fl < k + 6 ? T[fl]!.w : '<none>';
    const before = T.slice(k + 1, fl)
      .map((t) => shape(t))
      .join('_');
    const f = end
      ? [
          `end`,
          `end|commas=${Math.min(commas, 4)}`,
          `end|that=${startsThat ? 1 : 0}`,
          `end|k=${key}`,
          `end|len=${bin(stop - c)}`,
          ...(cueAt
            ? [`end|inside=${Math.min(inside, 2)}`, `end|inside|that=${Math.min(inside, 2)}|${startsThat ? 1 : 0}`]
            : []),
        ]
      : [
          `b=${T[k]!.w}`,
          `aq=${CLOSE.has(T[k - 1]!.raw) ? 1 : 0}`,
          `n1=${w(T, k + 1)}`,
          `n2=${w(T, k + 2)}`,
          `n1s=${shape(T[k + 1])}`,
          `n2s=${shape(T[k + 2])}`,
          `b|n1=${T[k]!.w}|${w(T, k + 1)}`,
          `b|n1s|n2s=${T[k]!.w}|${shape(T[k + 1])}|${shape(T[k + 2])}`,
          `p1=${w(T, k - 1)}`,
          `p1s=${shape(T[k - 1])}`,
          `len=${bin(k - c)}`,
          `rest=${bin(stop - k)}`,
          `commas=${Math.min(commas, 4)}`,
          `that=${startsThat ? 1 : 0}`,
          `b|that=${T[k]!.w}|${startsThat ? 1 : 0}`,
          `b|k=${T[k]!.w}|${key}`,
          `fl=${flw}`,
          `fls=${shape(T[fl])}`,
          `before=${before}`,
          `b|before|fls=${T[k]!.w}|${before}|${shape(T[fl])}`,
          `b|fl=${T[k]!.w}|${flw}`,
          `n3=${w(T, k + 3)}`,
        ];
    if (!end && cueAt) {
      const ahead = cueAhead(k);
      f.push(`ahead=${ahead}`, `b|ahead=${T[k]!.w}|${ahead}`, `ahead|fls=${ahead}|${shape(T[fl])}`);
    }
    out.push({ at: k, features: f });
  }
  return out;
}

interface ModelFile {
  kinds: Partial<Record<BoundaryKind, Record<string, number>>>;
}

let model: Map<BoundaryKind, Map<string, number>> | undefined;

/** The boundary model, read once per process (empty when the file is missing). */
export function boundaryModel(): Map<BoundaryKind, Map<string, number>> {
  if (model) return model;
  const near = new URL('../../../models/quote-boundaries.json', import.meta.url);
  const url = existsSync(near) ? near : new URL('../../../../models/quote-boundaries.json', import.meta.url);
  model = new Map();
  if (!existsSync(url)) return model;
  const file = JSON.parse(readFileSync(url, 'utf8')) as ModelFile;
  for (const kind of BOUNDARY_KINDS) {
    const weights = file.kinds[kind];
    if (weights) model.set(kind, new Map(Object.entries(weights)));
  }
  return model;
}

/** Score of one candidate under a kind's weights. */
export function scoreCandidate(weights: ReadonlyMap<string, number>, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += weights.get(f) ?? 0;
  return z;
}

/**
 * The candidate the model prefers, or `rule` when the kind has no model or no candidate beats
 * the rule's choice.
 */
export function chooseBoundary(
  kind: BoundaryKind,
  candidates: readonly BoundaryCandidate[],
  rule: number,
  model: ReadonlyMap<BoundaryKind, ReadonlyMap<string, number>> = boundaryModel(),
): number {
  const weights = model.get(kind);
  if (!weights || candidates.length < 2) return rule;
  let best = rule;
  let top = -Infinity;
  for (const c of candidates) {
    const z = scoreCandidate(weights, c.features) + (c.at === rule ? 1e-9 : 0);
    if (z > top) {
      top = z;
      best = c.at;
    }
  }
  return best;
}
