/**
 * Vague references to the present, past and future, which TIMEX3 writes PRESENT_REF, PAST_REF
 * and FUTURE_REF: "now", "currently", "recently", "in the past", "the future", "soon",
 * "recent years", "coming months".
 */
import type { TimexParser } from '../timex-candidate.js';

const PRESENT =
  /^(?:now|right now|currently|current|at present|presently|these days|nowadays|at the moment|the present|this moment)$/i;
const FUTURE =
  /^(?:the future|future|the near future|soon|the near term|the short term|the long term|coming (?:days|weeks|months|years|quarters)|the coming (?:days|weeks|months|years|quarters)|future quarters|a later date|later)$/i;

/** "now", "recently", "the future", "recent years". */
export const referenceParser: TimexParser = {
  name: 'reference',
  pattern:
    /\b(?:one day|some day|someday|right now|now|currently|presently|at present|these days|nowadays|at the moment|the present|recently|more recently|the past|in the past|the near future|the future|the (?:near|short|long) term|(?:the )?(?:recent|past|coming) (?:days|weeks|months|years|quarters|decades)|future quarters|a later date|then[- ]current|current)(?![\w-])/gi,
  extract(m, start, ctx) {
    let s = m[0];
    let begin = start;
    if (/^in the past$/i.test(s)) {
      s = 'the past';
      begin = start + 3;
    }
    const end = start + m[0].length;
    const lower = s.toLowerCase();
    const after = ctx.text.slice(end, end + 20);
    const before = ctx.text.slice(Math.max(0, begin - 12), begin);
    // Adjectival "current"/"recent"/"future" only before a noun, and not in fixed phrases.
    if (
      lower === 'current' &&
      (!/^\s+[a-z]/.test(after) ||
        /^\s+(?:account|affairs|events|assets|liabilities|events|prices|dollars|terms|levels?|law|rules|system|members?)\b/.test(
          after,
        ))
    )
      return null;
    if (lower === 'recent' && !/^\s+[a-z]/.test(after)) return null;
    if (lower === 'future' && (!/^\s+[a-z]/.test(after) || /^\s+(?:contracts?|prices?|markets?)\b/.test(after)))
      return null;
    if (lower === 'now' && /^\s+on\b/.test(after) && /\bfrom\s*$/i.test(before)) return null;
    // "Now, ..." opening a sentence turns the discourse, it does not date anything.
    if (s === 'Now' && /^,/.test(after) && /(?:^|[.!?"'`”]\s*|\n\s*)$/.test(before)) return null;
    if (lower === 'the present' && !/\b(?:at|until|to)\s*$/i.test(before)) return null;
    // "the future of our peoples", "an approach to the future": the noun for what lies ahead
    // of something, not a time the text places anything in ("in the future").
    if (lower === 'the future' && /^\s+of\b/.test(after)) return null;
    if (lower === 'the past' && !/^\s*(?:[,.;]|$)/.test(after) && !/\b(?:in|than)\s*$/.test(before)) return null;
    // "Islam will one day be ...", "the hope he one day follows", "that one day the country might
    // return": some time ahead, not a stretch of one day ("in one day", "one day after").
    if (/^(?:one day|some day|someday)$/.test(lower)) {
      if (
        /\b(?:in|for|within|only|after|by|over|than|per|each|every|any|single|just|about|nearly|almost|least|more|the|a)\s+$/i.test(
          before,
        )
      )
        return null;
      if (/^\s*(?:after|before|later|earlier|of|ago|in advance|ahead|long|old|to go|left|-)/i.test(after)) return null;
      const modalBefore =
        /\b(?:will|would|could|might|may|can|shall|must|hopes?|hoped|hoping|wish(?:es)?)\s+(?:\w+\s+)?$/i.test(
          ctx.text.slice(Math.max(0, begin - 24), begin),
        );
      const modalAfter = /^\s*,?\s*(?:[\w'’.]+\s+){0,4}(?:will|would|could|might|may|can)\b/i.test(
        ctx.text.slice(end, end + 60),
      );
      if (!modalBefore && !modalAfter && ctx.tenseAt(begin) !== 'future') return null;
      return {
        start: begin,
        end,
        type: 'DATE',
        value: 'FUTURE_REF',
        stated: [],
        rule: 'reference',
        confidence: 0.9,
        granularity: 'none',
      };
    }
    // "the then current market price": the present of a past moment, so the past.
    const value = PRESENT.test(s) ? 'PRESENT_REF' : FUTURE.test(s) ? 'FUTURE_REF' : 'PAST_REF';
    return {
      start: begin,
      end,
      type: 'DATE',
      value,
      stated: [],
      rule: 'reference',
      confidence: 0.7,
      granularity: 'none',
    };
  },
};
