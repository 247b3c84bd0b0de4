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
/** Words that may follow a name inside the phrase it heads. */
const NAME_FOLLOWER = /^(?:of|from|at|in|who|whose|on|for|and|\()$/;
const NOT_NAME = new Set(
  'The A An He She It They We I His Her Their Its But And In On At This That Mr Mrs Ms Dr President Sen Senator Rep Gov Governor Minister Prime Secretary'.split(
    ' ',
  ),
);

/**
 * The name heading a phrase: the last run of capitalised tokens in its first comma-separated
 * part that ends the part or is followed by "of"/"from"/… ("Senator Bernie Sanders of Vermont");
 * a run followed by a common noun is an adjective ("Iraqi resistance groups").
 */
export function nameIn(text: string): string | undefined {
  const head = text.split(',')[0]!;
  const words = head.split(/\s+/).filter(Boolean);
  let best: string[] = [];
  let run: string[] = [];
  const close = (next: string | undefined): void => {
    while (run.length > 0 && NAME_LINK.test(run[run.length - 1]!)) run.pop();
    if (run.length > 0 && (next === undefined || NAME_FOLLOWER.test(next))) best = run;
    run = [];
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const clean = w.replace(/['’]s$/, '');
    if ((NAME_TOKEN.test(clean) && !NOT_NAME.has(clean)) || (run.length > 0 && NAME_LINK.test(clean))) {
      run.push(clean);
      // A possessive ends the name: "Iran's Tasnim" names Iran only if nothing follows.
      if (clean !== w) close(words[k + 1] === undefined ? undefined : 'of');
    } else {
      close(w);
    }
  }
  close(undefined);
  return best.length > 0 ? best.join(' ') : undefined;
}

/**
 * Whether a source phrase is headed by the name in it ("Sadr", "Jaafar al-Husseini, a
 * spokesman", "Shia cleric Muqtada al-Sadr") rather than merely mentioning one ("groups
 * affiliated with the Popular Mobilization Units"): only such speakers are antecedents of "he".
 */
function headedByName(text: string, name: string): boolean {
  const head = text.split(',')[0]!.replace(/^(?:the|a|an)\s+/i, '');
  if (head.startsWith(name)) return true;
  if (!head.endsWith(name)) return false;
  const before = head
    .slice(0, head.length - name.length)
    .trim()
    .split(/\s+/);
  return before.length <= 5 && !before.some((w) => /^(?:of|for|with|from|in|by|at|to|affiliated|and|or)$/.test(w));
}

/** Capitalised words (and an "al-") right before a surname: the rest of a full name. */
const GIVEN_NAMES_BEFORE = /((?:\p{Lu}[\p{L}’'-]+ )+(?:(?:al|el)-)?)$/u;

const lastName = (name: string): string =>
  name
    .split(' ')
    .pop()!
    .replace(/^(?:al|el)-/i, '');

/** The person or organisation entity that heads a source phrase, if the entity layer has one. */
function entityFor(doc: Doc, source: TextSpan): Annotation<'entity'> | undefined {
  const inside = doc
    .within('entity', source)
    .filter((e) => e.attrs.type === 'PERSON' || e.attrs.type === 'ORG')
    .filter((e) => SINGULAR_PRONOUN.test(doc.surface(e)) || headedByName(source.text, doc.surface(e)));
  return inside.find((e) => e.attrs.type === 'PERSON') ?? inside[0];
}

/** The entity id and name a source phrase refers to, remembering named speakers as it goes. */
export function resolveSpeaker(doc: Doc, source: TextSpan, memory: SpeakerMemory): { entity?: string; name?: string } {
  const text = source.text.trim();
  const lower = text.toLowerCase();
  const remember = (r: { entity?: string; name?: string }, person = true): { entity?: string; name?: string } => {
    if (r.name && person && (r.entity || headedByName(text, r.name))) {
      memory.speakers.push({ name: r.name, text, ...(r.entity ? { entity: r.entity } : {}) });
    }
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
      // Only people are antecedents of "he" and "she".
      return remember({ entity: head.id, name }, head.attrs.type === 'PERSON');
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
