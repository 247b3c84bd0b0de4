/**
 * Near-duplicate articles by MinHash over word shingles, with locality-sensitive hashing bands
 * so that finding the copies of a new article costs a few index look-ups, not a comparison
 * with every stored article. Syndicated wire copies and reposts share nearly all their
 * 5-word shingles even when a site adds a headline, a byline or page furniture.
 */
import { fnv1a } from '../util/fnv1a.js';

/** Hash functions in a signature. */
export const MINHASH_SIZE = 64;
/** LSH bands (of MINHASH_SIZE / BANDS rows each): 16 bands of 4 find pairs with Jaccard ≳ 0.5. */
export const MINHASH_BANDS = 16;
/** Estimated shingle Jaccard from which two articles are one report, not two. */
export const DUPLICATE_THRESHOLD = 0.8;

const SHINGLE = 5;

// Fixed odd multipliers and offsets: the signature must be identical across processes and
// versions, since signatures are stored.
const SEEDS_A: number[] = [];
const SEEDS_B: number[] = [];
{
  let s = 0x9e3779b9;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  for (let i = 0; i < MINHASH_SIZE; i++) {
    SEEDS_A.push(next() | 1);
    SEEDS_B.push(next());
  }
}

/** A final avalanche so that `a * x + b` permutations of nearby values are independent. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Lower-cased word shingles' hashes; case, punctuation and spacing differences do not count. */
export function shingleHashes(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  if (words.length < SHINGLE) {
    if (words.length > 0) out.add(fnv1a(words.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  return out;
}

/** The MinHash signature of a text ({@link MINHASH_SIZE} unsigned 32-bit values). */
export function minhashSignature(text: string): number[] {
  const sig = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  for (const h of shingleHashes(text)) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const v = mix((Math.imul(h, SEEDS_A[i] as number) + (SEEDS_B[i] as number)) >>> 0);
      if (v < (sig[i] as number)) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures' shingle sets. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * The LSH band keys of a signature: two signatures sharing any key are candidates. Keys are
 * 52-bit safe integers (band index in the top bits), so they index well in any database.
 */
export function bandKeys(sig: readonly number[]): number[] {
  const rows = sig.length / MINHASH_BANDS;
  const keys: number[] = [];
  for (let b = 0; b < MINHASH_BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rows; r++) {
      h ^= sig[b * rows + r] as number;
      h = mix(Math.imul(h, 0x01000193));
    }
    keys.push(b * 2 ** 32 + (h >>> 0));
  }
  return keys;
}

/** Packs a signature for storage (4 bytes per value, little-endian). */
export function packSignature(sig: readonly number[]): Buffer {
  const buf = Buffer.alloc(sig.length * 4);
  sig.forEach((v, i) => buf.writeUInt32LE(v >>> 0, i * 4));
  return buf;
}

/** Reverses {@link packSignature}. */
export function unpackSignature(buf: Uint8Array): number[] {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const out: number[] = [];
  for (let i = 0; i + 4 <= b.length; i += 4) out.push(b.readUInt32LE(i));
  return out;
}
