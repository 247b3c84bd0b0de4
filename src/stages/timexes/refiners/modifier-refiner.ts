/**
 * Modifiers before an expression become its TIMEX3 `mod` and part of its span: "early" →
 * START, "late" → END, "mid-" → MID, "the end of" → END, "about" → APPROX, "more than" →
 * MORE_THAN, "nearly" → EQUAL_OR_LESS. TIMEX3 has no LATE; "late Thursday afternoon" is the END
 * of that afternoon.
 */
import type { TimexCandidate, TimexRefiner } from '../timex-candidate.js';

const BEFORE: [RegExp, string, boolean][] = [
  // [pattern ending at the expression, mod, applies to points in time as well as amounts]
  [/\b(?:early|earlier)[\s-]+$/i, 'START', true],
  [/\b(?:late|later)[\s-]+$/i, 'END', true],
  [/\bmid[\s-]*$/i, 'MID', false],
  [/\bpost-$/i, 'AFTER', false],
  [/\bpre-$/i, 'BEFORE', false],
  [/\bthe (?:end|close) of\s+$/i, 'END', false],
  [/\b(?:the )?(?:beginning|start|outset) of\s+$/i, 'START', false],
  [/\bthe middle of\s+$/i, 'MID', false],
  [/\b(?:about|around|approximately|roughly|some|circa)\s+$/i, 'APPROX', true],
  [/\b(?:more than|over|upwards of)\s+$/i, 'MORE_THAN', false],
  [/\b(?:less than|under|fewer than|within)\s+$/i, 'LESS_THAN', false],
  [/\b(?:nearly|almost|up to)\s+$/i, 'EQUAL_OR_LESS', false],
  [/\b(?:at least|no less than)\s+$/i, 'EQUAL_OR_MORE', false],
];

const PARTICLE_VERB =
  /\b(?:get|gets|got|getting|work|worked|working|turn|turned|turning|look|looked|looking|walk|walked|walking|hang|hung|hanging)\s+$/i;

/** An expression that opens with a determiner names a stretch of time, not an amount. */
const DETERMINED = /^(?:the|this|that|these|those|last|next|past|coming|recent)\b/i;

/** Extends candidates leftwards over a modifier and records it. */
export const modifierRefiner: TimexRefiner = {
  name: 'modifier',
  refine(candidates, ctx) {
    let prevEnd = 0;
    return candidates.map((c) => {
      const prevStart = prevEnd;
      const window = ctx.text.slice(Math.max(prevEnd, c.start - 24), c.start);
      prevEnd = c.end;
      if (/^(?:PRESENT_REF|PAST_REF|FUTURE_REF)$/.test(c.value)) return c;
      for (const [re, mod, durations] of BEFORE) {
        const amount = c.type === 'DURATION' || c.rule.startsWith('offset');
        const boundary = mod === 'START' || mod === 'END' || mod === 'MID';
        if (boundary && c.type === 'DURATION') continue;
        if (!boundary && !durations && !amount) continue;
        if (c.type === 'SET') continue;
        const m = re.exec(window);
        if (!m) continue;
        // "get around Wednesday's ruling", "turned around Monday": a verb's particle; "confident
        // about November's election": a preposition before a possessive.
        if (mod === 'APPROX' && PARTICLE_VERB.test(window.slice(0, m.index))) continue;
        if (mod === 'APPROX' && /^['’]s\b/.test(ctx.text.slice(c.end, c.end + 3))) continue;
        // "over the past three years", "within the next year": a span of time, not an amount
        // ("over 20 years"), which begins with its number.
        if (/^(?:over|under|within)\b/i.test(m[0].trim()) && DETERMINED.test(ctx.text.slice(c.start, c.end))) continue;
        // "mid-afternoon" style parts of day already carry their mod.
        const next: TimexCandidate = { ...c, start: c.start - (window.length - m.index), mod: c.mod ?? mod };
        if (/^\s/.test(ctx.text[next.start] ?? '')) next.start += 1;
        // "the late 1970s", "the mid-1990s": the article belongs to the decade or century.
        if (boundary && (c.granularity === 'decade' || c.granularity === 'century')) {
          const the = /\bthe\s+$/i.exec(ctx.text.slice(Math.max(prevStart, next.start - 5), next.start));
          if (the) next.start -= the[0].length;
        }
        return next;
      }
      return c;
    });
  },
};
