/**
 * The string hash the tagger's features and word codes share.
 */

/** FNV-1a over a string's UTF-16 units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}
