/**
 * Turns annotated text (character spans with CoNLL-type labels) into the tagger's sentences of
 * words and BIO tags, tokenising exactly as the pipeline does, so that training and tagging see
 * the same tokens. Used by the training script and the benchmark.
 */
import { Doc } from '../../core/doc.js';
import { createPipeline } from '../../core/pipeline.js';
import { sentences } from '../sentences.js';
import { NER_TYPES, type NerType } from './ner-features.js';

/** A labelled span of a gold document. */
export interface GoldSpan {
  start: number;
  end: number;
  type: NerType;
}

/** One document as the tagger sees it. */
export interface TaggedDoc {
  id: string;
  text: string;
  /** Per sentence: words and the [start, end) offset of each. */
  sentences: { words: string[]; starts: number[]; ends: number[] }[];
  /** Per sentence: gold tag ids (absent for unlabelled text). */
  tags?: Uint8Array[];
  /** Gold spans that do not fall on token boundaries (cannot be learned as they are). */
  misaligned: number;
}

const tokenizer = createPipeline([sentences()]);

/** Tokenises `text` into sentences of words with offsets, as the pipeline does. */
export function tokenise(id: string, text: string): TaggedDoc {
  const doc = tokenizer.run(Doc.create(text));
  const out: TaggedDoc['sentences'] = [];
  let current = -1;
  for (const t of doc.layer('token')) {
    if (t.attrs.sentence !== current) {
      current = t.attrs.sentence;
      out.push({ words: [], starts: [], ends: [] });
    }
    const s = out[out.length - 1]!;
    s.words.push(text.slice(t.start, t.end));
    s.starts.push(t.start);
    s.ends.push(t.end);
  }
  return { id, text, sentences: out, misaligned: 0 };
}

/** Tokenises and assigns BIO tags from gold spans (overlapping spans: the first one wins). */
export function labelDoc(id: string, text: string, gold: readonly GoldSpan[]): TaggedDoc {
  const d = tokenise(id, text);
  const startIdx = new Map<number, [number, number]>();
  const endIdx = new Map<number, [number, number]>();
  d.sentences.forEach((s, si) => {
    s.starts.forEach((st, wi) => startIdx.set(st, [si, wi]));
    s.ends.forEach((en, wi) => endIdx.set(en, [si, wi]));
  });
  d.tags = d.sentences.map((s) => new Uint8Array(s.words.length));
  for (const g of gold) {
    const a = startIdx.get(g.start);
    const b = endIdx.get(g.end);
    if (!a || !b || a[0] !== b[0] || b[1] < a[1]) {
      d.misaligned++;
      continue;
    }
    const tags = d.tags[a[0]]!;
    let free = true;
    for (let w = a[1]; w <= b[1]; w++) if (tags[w] !== 0) free = false;
    if (!free) continue;
    const k = NER_TYPES.indexOf(g.type);
    for (let w = a[1]; w <= b[1]; w++) tags[w] = w === a[1] ? 2 * k + 1 : 2 * k + 2;
  }
  return d;
}

/** Spans (sentence-local word ranges) of a BIO tag sequence. */
export function spansOfTags(tags: ArrayLike<number>): { from: number; to: number; type: NerType }[] {
  const out: { from: number; to: number; type: NerType }[] = [];
  let i = 0;
  while (i < tags.length) {
    const t = tags[i] as number;
    if (t === 0) {
      i++;
      continue;
    }
    const k = (t - 1) >> 1;
    let j = i + 1;
    while (j < tags.length && tags[j] === 2 * k + 2) j++;
    out.push({ from: i, to: j, type: NER_TYPES[k] as NerType });
    i = j;
  }
  return out;
}
