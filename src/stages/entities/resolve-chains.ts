/**
 * Within-article name resolution: every mention of one entity gets the same chain id, and the
 * chain a canonical name. "Muqtada al-Sadr" … "Sadr" (a later mention whose words are all in an
 * earlier full name), "Popular Mobilization Units" … "PMU" (an acronym of an earlier name), and
 * transliteration variants ("Kataib Hezbollah" = "Kata'ib Hezbollah") join one chain.
 */
import type { EntityType } from '../../core/layers.js';
import { arabicNameKey, isArabicParticle, stripArabicArticle } from '../../lexicons/arabic-names.js';

/** A mention to resolve. */
export interface ChainMention {
  text: string;
  type: EntityType;
  /** Set where the text itself pairs a name with its acronym: "Popular Mobilization Units (PMU)". */
  acronymOf?: number;
}

/** The result for one mention: index of the chain's first mention, and the chain's canonical name. */
export interface ChainLink {
  head: number;
  canonical: string;
}

const SMALL = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'in', 'on', '&']);

/** Capital initials of a name's words ("Popular Mobilization Units" → "PMU"). */
export function acronym(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !SMALL.has(w.toLowerCase()))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

function nameWords(text: string): string[] {
  return text
    .replace(/[’']s$/, '')
    .split(/\s+/)
    .filter((w) => w && !isArabicParticle(w))
    .map((w) => arabicNameKey(stripArabicArticle(w)));
}

function isAcronym(s: string): boolean {
  return /^[A-Z][A-Z.&]{1,9}$/.test(s);
}

function compatible(a: EntityType, b: EntityType): boolean {
  const group = (t: EntityType) => (t === 'GPE' || t === 'LOC' || t === 'FAC' ? 'place' : t);
  return group(a) === group(b) || ((a === 'ORG' || b === 'ORG') && (a === 'MISC' || b === 'MISC'));
}

/** Resolves the mentions of one article (in text order) into chains. */
export function resolveChains(mentions: readonly ChainMention[]): ChainLink[] {
  const head: number[] = [];
  const keys = mentions.map((m) => arabicNameKey(m.text.replace(/[’']s$/, '')));
  const wordSets = mentions.map((m) => (m.type === 'PERSON' ? new Set(nameWords(m.text)) : undefined));
  const acronyms = mentions.map((m) => acronym(m.text));
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as ChainMention;
    let found = -1;
    if (m.acronymOf !== undefined) found = head[m.acronymOf] ?? -1;
    const key = keys[i] as string;
    const words = [...(wordSets[i] ?? [])];
    for (let j = i - 1; j >= 0 && found < 0; j--) {
      const e = mentions[j] as ChainMention;
      if (!compatible(m.type, e.type)) continue;
      if (keys[j] === key) found = head[j] as number;
      else if (isAcronym(m.text) && acronyms[j] === m.text.replace(/\./g, '')) found = head[j] as number;
      else if (isAcronym(e.text) && acronyms[i] === e.text.replace(/\./g, '')) found = head[j] as number;
      else if (m.type === 'PERSON' && e.type === 'PERSON') {
        // A shorter mention whose words all occur in an earlier name: "Sadr" of "Muqtada al-Sadr".
        const ew = wordSets[j] as Set<string>;
        if (words.length > 0 && words.length < ew.size && words.every((w) => ew.has(w))) found = head[j] as number;
      }
    }
    head.push(found >= 0 ? found : i);
  }
  // The canonical name: the chain's longest mention that is not an acronym.
  const best = new Map<number, string>();
  mentions.forEach((m, i) => {
    const h = head[i] as number;
    const text = m.text.replace(/[’']s$/, '');
    const cur = best.get(h);
    const better = cur === undefined || (isAcronym(cur) && !isAcronym(text)) || (!isAcronym(text) && text.length > cur.length);
    if (better) best.set(h, text);
  });
  return head.map((h) => ({ head: h, canonical: best.get(h) as string }));
}
