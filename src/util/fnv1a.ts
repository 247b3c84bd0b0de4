/**
 * FNV-1a over a string's UTF-16 code units, 32 bits: the feature hash of the event classifier
 * and the shingle hash of MinHash. Changing it changes every hashed model, so it lives once.
 */

/** The 32-bit FNV-1a hash of `s`, as an unsigned integer. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
