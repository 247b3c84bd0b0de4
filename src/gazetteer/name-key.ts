/**
 * The lookup key of a place name: the same function builds the index and queries it, so that
 * "Sant Julià", "SANT JULIA" and "sant-julia" meet, and "Ain al-Assad" meets "Ain al Assad".
 */

/** Normalizes a name to its gazetteer key (lower case, no accents, no punctuation). */
export function nameKey(name: string): string {
  // Most names in English prose are plain ASCII words: skip Unicode normalization for them.
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(name)) return name.toLowerCase();
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`ʿʾ‘.]/g, '')
    .replace(/[-‐–_/,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
