/**
 * The tense of the clause around an expression, from the nearest verb cue near it in its
 * sentence: news reports past events in the past tense ("gathered on Thursday") and announces
 * coming ones with "will", "is to", "is scheduled to" ("will meet on Monday"). With no cue the
 * answer is 'present' (unknown); each resolver decides what that means for it.
 */
import type { Span } from '../../core/span.js';
import type { Tense } from './timex-candidate.js';

const FUTURE =
  /\b(?:will|won['’]t|shall|['’]ll|going to|(?:is|are|was|were) (?:to|due|scheduled|set|expected|slated)|scheduled|to be held|would|upcoming|as soon as|as early as|until|plans? to|planned to|planning to|intends? to|set to|due to|expected to)\b/gi;
// Past cues are case-sensitive so that names ending in -ed ("United") are not verbs.
const PAST = /\b(?:[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|said|told|ago|[a-z]{2,}ed)\b/g;
const NOT_PAST =
  /^(?:scheduled|expected|planned|need|indeed|proceed|exceed|succeed|embed|seed|speed|feed|bleed|breed|bred|hundred|kindred|based|related|unlimited|limited)$/;

/** How far around an expression a cue may be to count (characters). */
const BEFORE = 90;
const AFTER = 40;

/** The tense at `offset` inside `sentence` of `text`. */
export function clauseTense(text: string, sentence: Span, offset: number): Tense {
  const from = Math.max(sentence.start, offset - BEFORE);
  const to = Math.min(sentence.end, offset + AFTER);
  const s = text.slice(from, to);
  const at = offset - from;
  let best: Tense = 'present';
  let bestDist = Infinity;
  let m: RegExpExecArray | null;
  FUTURE.lastIndex = 0;
  while ((m = FUTURE.exec(s)) !== null) {
    // Cues before the expression govern it more often than cues after it.
    const d = m.index < at ? at - m.index : (m.index - at) * 2;
    if (d < bestDist) {
      bestDist = d;
      best = 'future';
    }
  }
  PAST.lastIndex = 0;
  while ((m = PAST.exec(s)) !== null) {
    if (NOT_PAST.test(m[0])) continue;
    const d = m.index < at ? at - m.index : (m.index - at) * 2;
    if (d < bestDist) {
      bestDist = d;
      best = 'past';
    }
  }
  return best;
}
