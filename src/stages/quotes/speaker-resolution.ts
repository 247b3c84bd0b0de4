/**
 * Who a source phrase stands for. With an entity layer, the entity mention inside the phrase (or,
 * for a pronoun, the mention its coreference chain starts with); without one, the stage's own
 * heuristics: the capitalised name in the phrase, a surname matched to a speaker named earlier
 * ("Yasser" → "Firas al-Yasser"), a pronoun or description ("he", "the cleric") resolved to the
 * last named speaker it fits.
 */
import type { Annotation, Doc } from '../../core/doc.js';
import type { TextSpan } from '../../core/layers.js';

/** Named speakers met so far in the document, most recent last. */
export interface SpeakerMemory {
  speakers: { name: string; text: string; entity?: string }[];
}

const SINGULAR_PRONOUN = /^(?:he|she|him|her|his)$/i;
const NAME_TOKEN = /^(?:(?:al|el|bin|ibn|abu|van|von|de|da|di|du|le|la)-?)?[\p{Lu}][\p{L}’'.-]*$/u;
const NAME_LINK = /^(?:al-|el-|bin|ibn|abu|van|von|de|da|di|du|del|der|la|le)$/;
const NOT_NAME = new Set(
  'The A An He She It They We I His Her Their Its But And In On At This That Mr Mrs Ms Dr President Sen Senator Rep Gov Governor Minister Prime Secretary'.split(
    ' ',
  ),
);

/** The last run of capitalised name tokens in the first comma-separated part of a phrase. */
export function nameIn(text: string): string | undefined {
  const head = text.split(',')[0]!;
  const words = head.split(/\s+/).filter(Boolean);
  let best: string[] = [];
  let run: string[] = [];
  for (const w of words) {
    const clean = w.replace(/['’]s$/, '');
    if ((NAME_TOKEN.test(clean) && !NOT_NAME.has(clean)) || (run.length > 0 && NAME_LINK.test(clean))) {
      run.push(clean);
      if (clean !== w) {
        best = run;
        run = [];
      }
    } else {
      if (run.length > 0) best = run;
      run = [];
    }
  }
  if (run.length > 0) best = run;
  while (best.length > 0 && NAME_LINK.test(best[best.length - 1]!)) best.pop();
  return best.length > 0 ? best.join(' ') : undefined;
}

/** Capitalised words (and an "al-") right before a surname: the rest of a full name. */
const GIVEN_NAMES_BEFORE = /((?:\p{Lu}[\p{L}’'-]+ )+(?:(?:al|el)-)?)$/u;

const lastName = (name: string): string =>
  name
    .split(' ')
    .pop()!
    .replace(/^(?:al|el)-/i, '');

function entityFor(doc: Doc, source: TextSpan): Annotation<'entity'> | undefined {
  const inside = doc.within('entity', source);
  return inside.find((e) => e.attrs.type === 'PERSON') ?? inside.find((e) => e.attrs.type === 'ORG') ?? inside[0];
}

/** The entity id and name a source phrase refers to, remembering named speakers as it goes. */
export function resolveSpeaker(doc: Doc, source: TextSpan, memory: SpeakerMemory): { entity?: string; name?: string } {
  const text = source.text.trim();
  const lower = text.toLowerCase();
  const remember = (r: { entity?: string; name?: string }): { entity?: string; name?: string } => {
    if (r.name) memory.speakers.push({ name: r.name, text, ...(r.entity ? { entity: r.entity } : {}) });
    return r;
  };
  if (doc.has('entity')) {
    const ent = entityFor(doc, source);
    if (ent) {
      // A pronoun the entity stage linked: name it by the first named mention of its chain.
      const chainHead = ent.attrs.chain
        ? doc.layer('entity').find((e) => e.attrs.chain === ent.attrs.chain && !SINGULAR_PRONOUN.test(doc.surface(e)))
        : undefined;
      const head = chainHead ?? ent;
      const name = head.attrs.canonical ?? doc.surface(head);
      return remember({ entity: head.id, name });
    }
  }
  if (SINGULAR_PRONOUN.test(lower) || /^the (?:[a-z-]+ )?[a-z-]+$/.test(lower)) {
    // "he" or "the cleric": the last named speaker (for a description, one whose phrase used
    // that noun, when there is one).
    const noun = lower.startsWith('the ') ? lower.split(' ').pop()! : undefined;
    const cand = [...memory.speakers].reverse();
    const hit =
      (noun ? cand.find((s) => s.text.toLowerCase().includes(noun)) : undefined) ?? (noun ? undefined : cand[0]);
    return hit ? { ...(hit.entity ? { entity: hit.entity } : {}), name: hit.name } : {};
  }
  const name = nameIn(text);
  if (!name) return {};
  // A surname alone: the full name of a speaker met before, or of a name earlier in the text.
  if (!name.includes(' ')) {
    const full = [...memory.speakers]
      .reverse()
      .find((s) => s.name.includes(' ') && lastName(s.name) === lastName(name));
    if (full) return remember({ ...(full.entity ? { entity: full.entity } : {}), name: full.name });
    // A full name is introduced near its first short use; a bounded window keeps this cheap.
    const before = doc.text.slice(Math.max(0, source.start - 4000), source.start);
    const surname = lastName(name);
    let at = before.indexOf(surname);
    while (at >= 0) {
      const m = GIVEN_NAMES_BEFORE.exec(before.slice(Math.max(0, at - 60), at));
      if (m && /^\W?$/.test(before.charAt(at + surname.length))) {
        const n = nameIn(m[1]! + surname);
        if (n && n.includes(' ')) return remember({ name: n });
      }
      at = before.indexOf(surname, at + surname.length);
    }
  }
  return remember({ name });
}
