/**
 * Arabic-name particles and transliteration variants. Names like "Abu Mahdi al-Muhandis" or
 * "Kata’ib Hezbollah" are spelled many ways in English copy ("al-Muhandis", "Al Muhandis",
 * "el-Muhandes"; "Kataib", "Kata'ib"; "Hezbollah", "Hizbollah", "Hizballah"), and their parts
 * are lower-case particles that a capitalisation-driven tagger would cut off. These functions
 * give the tagger its particle features and the resolver a key that equates the variants.
 */

/** Particles that join the parts of an Arabic name: "Abu Mahdi", "bin Salman", "Abd al-Aziz". */
const PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'abu', 'abou', 'bin', 'ben', 'ibn', 'bint', 'abd', 'abdel', 'abdul', 'umm', 'um', 'bani', 'beni', 'ould', 'ait']);

/** True for a free-standing particle ("bin", "Abu", "ibn", "Abd", "al"), case-insensitive. */
export function isArabicParticle(word: string): boolean {
  return PARTICLES.has(word.toLowerCase());
}

/** True for a word with a hyphenated article prefix ("al-Sadr", "el-Sisi", "Al-Ahd", "ash-Sham"). */
export function hasArabicArticle(word: string): boolean {
  return /^(?:al|el|ad|ar|as|ash|at|az|an)[-‐‑](?=\p{L})/iu.test(word);
}

/** The word without its article prefix: "al-Sadr" → "Sadr", "Sadr" → "Sadr". */
export function stripArabicArticle(word: string): string {
  return word.replace(/^(?:al|el|ad|ar|as|ash|at|az|an)[-‐‑](?=\p{L})/iu, '');
}

// Spelling variants folded to one form, applied in order to a lower-cased word.
const FOLDS: [RegExp, string][] = [
  [/[’'`ʼʻ‘]/g, ''],
  [/[-‐‑]/g, ' '],
  [/\b(?:el|ad|ar|as|ash|at|az|an)\s/g, 'al '],
  [/\bhizb[ua]ll[ae]h|\bhizbollah|\bhezbollah/g, 'hezbollah'],
  [/ou/g, 'u'],
  [/ee/g, 'i'],
  [/oo/g, 'u'],
  [/([a-z])\1/g, '$1'],
  [/e/g, 'i'],
  [/q/g, 'k'],
  [/\s+/g, ' '],
];

/**
 * A key equal for transliteration variants of one Arabic name: "Kata’ib Hezbollah" and
 * "Kataib Hizbollah", "al-Muhandis" and "Al Muhandes", "Asa'ib Ahl al-Haq" and "Asaib Ahl al Haq"
 * share it. Lossy on purpose; compare keys, never show them.
 */
export function arabicNameKey(name: string): string {
  let s = name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  for (const [re, to] of FOLDS) s = s.replace(re, to);
  return s.trim();
}
