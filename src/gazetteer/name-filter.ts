/**
 * A Bloom filter over the gazetteer's name keys. Recognition asks about many capitalized spans
 * that are not names at all ("Sunday Alexandria Police", "Six Flags Over"); the filter answers
 * most of those "no" in memory (2 MB) without a SQLite query.
 */

/** Bits in the filter (2 MiB): well under 0.1% false positives for 650k names and 270k folded keys. */
export const FILTER_BITS = 16 * 1024 * 1024;
const HASHES = 7;

function hashes(key: string): [number, number] {
  // FNV-1a and a second multiplicative hash; double hashing derives the rest.
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return [h1 >>> 0, (h2 | 1) >>> 0];
}

/** Adds a key to the filter's bits. */
export function filterAdd(bits: Uint8Array, key: string): void {
  const [a, b] = hashes(key);
  // The filter's own length decides, so that an index built with another size still answers.
  const size = bits.length * 8;
  for (let i = 0; i < HASHES; i++) {
    const bit = (a + i * b) % size;
    bits[bit >>> 3] = (bits[bit >>> 3] ?? 0) | (1 << (bit & 7));
  }
}

/** Whether the key may be in the filter (false means surely not). */
export function filterHas(bits: Uint8Array, key: string): boolean {
  const [a, b] = hashes(key);
  const size = bits.length * 8;
  for (let i = 0; i < HASHES; i++) {
    const bit = (a + i * b) % size;
    if (((bits[bit >>> 3] ?? 0) & (1 << (bit & 7))) === 0) return false;
  }
  return true;
}
