/**
 * The tense of the clause around an expression, from the nearest verb cue in its sentence:
 * news reports past events in the past tense ("gathered on Thursday") and announces coming
 * ones with "will", "is to", "is scheduled to" ("will meet on Monday"). With no cue, the past
 * is the safer reading of a news report.
 */
import type { Span } from '../../core/span.js';
import type { Tense } from './timex-candidate.js';

const FUTURE =
  /\b(?:will|won['’]t|shall|['’]ll|going to|(?:is|are|was|were) (?:to|due|scheduled|set|expected|slated|planning|preparing)|scheduled to|scheduled for|set to|due to|expected to|plans? to|planned to|planning to|intends? to|to be held|would|could|might|may|upcoming|next|resumes?|opens?|begins?|starts?)\b/gi;
const PAST = /\b(?:was|were|had|did|said|told|ago|last|(?:\w{2,}ed))\b/gi;
const NOT_PAST = /^(?:scheduled|expected|planned|need|indeed|proceed|exceed|succeed|embed|seed|speed|feed|bleed|breed|red|bed|shed|bred|hundred|kindred)$/i;

/** The tense at `offset` inside `sentence` of `text`. */
export function clauseTense(text: string, sentence: Span, offset: number): Tense {
  const s = text.slice(sentence.start, sentence.end);
  const at = offset - sentence.start;
  let best: Tense = 'past';
  let bestDist = Infinity;
  let m: RegExpExecArray | null;
  FUTURE.lastIndex = 0;
  while ((m = FUTURE.exec(s)) !== null) {
    const d = Math.abs(m.index - at);
    if (d < bestDist) {
      bestDist = d;
      best = 'future';
    }
  }
  PAST.lastIndex = 0;
  while ((m = PAST.exec(s)) !== null) {
    if (NOT_PAST.test(m[0])) continue;
    const d = Math.abs(m.index - at);
    if (d < bestDist) {
      bestDist = d;
      best = 'past';
    }
  }
  return best;
}
