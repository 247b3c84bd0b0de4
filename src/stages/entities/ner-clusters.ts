/**
 * Word clusters for the named-entity tagger: words that occur in similar contexts of unlabelled
 * news share a class ("Fischler" with other surnames, "Bundesbank" with other institutions), so
 * the tagger can generalise from a name it saw in training to one it only saw in raw text.
 * `scripts/build-ner-clusters.ts` learns them (exchange clustering over a class-bigram model,
 * at several numbers of classes); the training script stores them in the model file.
 *
 * Two serialised forms: text (encodeClusters, the committed `models/ner-clusters.tsv.gz`) and
 * packed (packClusters, inside the model file, quicker to load).
 */

/** Word classes at several granularities (coarse to fine). */
export interface WordClusters {
  /** Number of classes of each granularity. */
  sizes: number[];
  /** Word → its class at each granularity, packed: class of granularity g in bits [10g, 10g+10). */
  classes: Map<string, number>;
}

/** Bits per granularity in a packed class (so at most 1024 classes each). */
export const CLUSTER_BITS = 10;

/** Turns clusters into text: the sizes line, then `word<TAB>c1,c2,…` lines. */
export function encodeClusters(c: WordClusters): string {
  const lines = [c.sizes.join(',')];
  const mask = (1 << CLUSTER_BITS) - 1;
  for (const [w, packed] of c.classes) {
    const ids = c.sizes.map((_, g) => (packed >>> (CLUSTER_BITS * g)) & mask);
    lines.push(`${w}\t${ids.join(',')}`);
  }
  return lines.join('\n') + '\n';
}

/** Reads clusters written by {@link encodeClusters}. */
export function decodeClusters(text: string): WordClusters {
  const lines = text.split('\n');
  const sizes = (lines[0] ?? '').split(',').map(Number);
  if (!sizes.length || sizes.some((k) => !(k > 0 && k <= 1 << CLUSTER_BITS)))
    throw new Error('NER word clusters: bad sizes line');
  const classes = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const tab = line.lastIndexOf('\t');
    if (tab <= 0) continue;
    let packed = 0;
    let g = 0;
    let v = 0;
    for (let j = tab + 1; j <= line.length; j++) {
      const ch = j < line.length ? line.charCodeAt(j) : 44;
      if (ch === 44) {
        packed |= v << (CLUSTER_BITS * g++);
        v = 0;
      } else v = v * 10 + (ch - 48);
    }
    classes.set(line.slice(0, tab), packed);
  }
  return { sizes, classes };
}

/** Clusters as the model file stores them: fast to read at start-up (no per-line parsing). */
export interface PackedClusters {
  sizes: number[];
  /** The words, joined by newlines. */
  words: string;
  /** Base64 of the words' packed classes, little-endian Int32, in word order. */
  classes: string;
}

/** Packs clusters for the model file. */
export function packClusters(c: WordClusters): PackedClusters {
  const ids = Int32Array.from(c.classes.values());
  return {
    sizes: c.sizes,
    words: [...c.classes.keys()].join('\n'),
    classes: Buffer.from(ids.buffer, ids.byteOffset, ids.byteLength).toString('base64'),
  };
}

/** Reads clusters packed by {@link packClusters}. */
export function unpackClusters(p: PackedClusters): WordClusters {
  const words = p.words.split('\n');
  const bytes = Buffer.from(p.classes, 'base64');
  if (bytes.length !== words.length * 4) throw new Error('NER word clusters: classes do not match the words');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const classes = new Map<string, number>();
  for (let i = 0; i < words.length; i++) classes.set(words[i] as string, view.getInt32(i * 4, true));
  return { sizes: p.sizes, classes };
}

/**
 * The packed classes of a word, +1 (0 = not in the clusters' vocabulary). A word missing as
 * written is looked up as Capitalised and in lower case, so headline capitals still find one.
 */
export function clusterOf(c: WordClusters, word: string): number {
  const exact = c.classes.get(word);
  if (exact !== undefined) return exact + 1;
  if (word.length > 1) {
    const cap = word.charAt(0) + word.slice(1).toLowerCase();
    const v = c.classes.get(cap);
    if (v !== undefined) return v + 1;
  }
  const low = c.classes.get(word.toLowerCase());
  return low === undefined ? 0 : low + 1;
}
