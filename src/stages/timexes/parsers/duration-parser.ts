/**
 * Durations: "two days", "the past two months", "the first nine months", "16-hour", "a
 * decade", "several years", "2 1/2 years", "an hour and a half", "eight trading days", "for years",
 * "day-long", "decades-long", "a while". Ages ("a 45-year-old man") are not
 * durations of anything that happened and are skipped.
 */
import type { TimexCandidate, TimexParser } from '../timex-candidate.js';
import { AMOUNT_RE, UNIT_RE, unitOf } from '../vocabulary.js';
import { durationValue } from './duration-value.js';

const LEAD =
  /\b(?:(?:the|another|an additional|each of the|all)\s+)?(?:(?:past|last|next|first|coming|previous|following|final|remaining|initial|entire|whole|full|latest|same|better part of the|course of the)\s+)?$/i;

/** "day-long" (one unit) or "decades-long" (an uncounted number of them). */
function longDuration(unit: string, plural: boolean, start: number, end: number): TimexCandidate {
  return {
    start,
    end,
    type: 'DURATION',
    value: durationValue(plural ? 'several' : 'one', unit) ?? 'PXY',
    stated: [unit],
    rule: 'duration-long',
    confidence: 0.75,
    granularity: 'none',
  };
}

/** An amount of time units, with the determiners news copy puts before it. */
export const durationParser: TimexParser = {
  name: 'duration',
  pattern: new RegExp(
    `(?<!\\d[,.])\\b(\\d{1,3}(?:,\\d{3})+(?=\\s+\\w+s\\b|-)|${AMOUNT_RE})(?:\\s+more|\\s+additional|\\s+full|\\s+straight|\\s+consecutive|\\s+trading|\\s+business|\\s+working)?(?:\\s+|-)(${UNIT_RE})(-long|-old|\\s+old)?(?![\\w-])|\\b(?:for|over|in recent|in|within)\\s+(years|months|decades|weeks|days|hours|centuries)(?![\\w-])|\\b(hour|day|night|week|month|year|decade|centur(?:y|ie))(s?)-long(?![\\w-])|\\b((?:quite\\s+)?a\\s+(?:(?:little|short|long|good)\\s+)?while)\\b`,
    'gi',
  ),
  extract(m, start0, ctx) {
    const [surface, amount, unitWord, suffix, bare, longUnit, longPlural, aWhile] = m;
    // "for a while", "quite a while": a stretch of time of no stated length (TIMEX3 PXX);
    // "once in a while" is a vague frequency instead, and "a while ago" a point in the past.
    if (aWhile) {
      const before = ctx.text.slice(Math.max(0, start0 - 8), start0);
      if (
        /\bonce in\s+$/i.test(before) ||
        /^\s+(?:ago|back|later|earlier)\b/i.test(ctx.text.slice(start0 + surface.length, start0 + surface.length + 9))
      )
        return null;
      return {
        start: start0,
        end: start0 + surface.length,
        type: 'DURATION',
        value: 'PXX',
        stated: [],
        rule: 'duration-while',
        confidence: 0.6,
        granularity: 'none',
      };
    }
    if (suffix && suffix !== '-long') return null;
    // "7-1/2 years", "4 1/2 hours": wire copy writes a whole number and a fraction.
    const mixed = /\b(\d+)[\s-](\d)\/$/.exec(ctx.text.slice(Math.max(0, start0 - 8), start0));
    if (mixed && /^\d$/.test(amount ?? '') && !suffix) {
      const unit = unitOf(unitWord ?? '');
      const value = durationValue(`${mixed[1]} ${mixed[2]}/${amount}`, unit);
      if (!value) return null;
      return {
        start: start0 - mixed[0].length,
        end: start0 + surface.length,
        type: 'DURATION',
        value,
        stated: [unit],
        rule: 'duration-mixed-fraction',
        confidence: 0.8,
        granularity: 'none',
      };
    }
    // "the 1986/87 year": the second half of a split year, not 87 years.
    if (/\d\/$/.test(ctx.text.slice(Math.max(0, start0 - 2), start0))) return null;
    // "the same 1986 month", "the 1988 period": a year before a singular unit names when, not how
    // long; the year parser reads it.
    if (/^(?:1[5-9]|20)\d\d$/.test(amount ?? '') && !/s$/i.test(unitWord ?? '') && !suffix) return null;
    let end = start0 + surface.length;
    // "a year-long inquiry": the article belongs to the noun, the adjective is the duration.
    if (suffix && /^an?$/i.test(amount ?? '')) {
      const s = start0 + (amount ?? '').length + 1;
      return longDuration(unitOf(unitWord ?? ''), /s$/i.test(unitWord ?? ''), s, end);
    }
    // "a day-long meeting", "a decades-long battle": the adjective states how long, one unit
    // or an uncounted number of them.
    if (longUnit) return longDuration(unitOf(longUnit), !!longPlural, start0, end);
    // Determiners before the amount belong to the extent ("the past two months"); they are
    // looked for backwards so that the pattern itself starts at the amount, which is cheaper.
    const lead = bare ? undefined : LEAD.exec(ctx.text.slice(Math.max(ctx.sentence.start, start0 - 40), start0));
    const start = start0 - (lead?.[0].length ?? 0);
    if (bare) {
      const s = start + surface.length - bare.length;
      const unit = unitOf(bare);
      return {
        start: s,
        end,
        type: 'DURATION',
        value: durationValue('several', unit) ?? 'PXY',
        stated: [unit],
        rule: 'duration-vague',
        confidence: 0.6,
        granularity: 'none',
      };
    }
    // "a 45-year-old": the compound goes on into an age.
    if (/^-old\b|^\s+old\b/.test(ctx.text.slice(end, end + 5))) return null;
    const unit = unitOf(unitWord ?? '');
    const a = (amount ?? '').toLowerCase();
    // A lone article before a unit ("a year") is a duration only outside a rate ("$5 a year").
    if (
      (a === 'a' || a === 'an') &&
      (/(?:\d|times|once|twice|cents?|dollars?|percent|%|million|billion)[\s-]*$/.test(
        ctx.text.slice(Math.max(0, start - 14), start),
      ) ||
        // "100,000 metric tons of newsprint a year": an amount a few words back, with no
        // preposition that would make the unit a stretch of its own ("for a year", "in a year").
        (/\d[\d,.]*\s+(?:[A-Za-z-]+\s+){1,4}$/.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 45), start)) &&
          !/\b(?:in|for|within|over|during|after|before|than|about|of|nearly|almost|under|once|more|less|just|only|by|to|from|at|on|every|each|per|last|past|next|the|that|this|indicates?|takes?|took|spent|spend|off)\s+$/i.test(
            ctx.text.slice(Math.max(0, start - 12), start),
          ) &&
          !/^\s+(?:before|earlier|ago|later|after|of|or|and)\b/i.test(ctx.text.slice(end, end + 10))) ||
        // "four flights a week", "700 seats a week": a count of something per unit.
        /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|hundreds?|thousands?|dozens?))\s+(?:[a-z]+\s+)?[a-z]+s\s*$/.test(
          ctx.text.slice(Math.max(0, start - 30), start),
        ))
    )
      return null;
    if (/^[Ss]ome$/.test(a) && !/^(?:years|months|weeks|days|hours|decades)$/i.test(unitWord ?? '')) return null;
    if (/^(?:1[5-9]\d\d|20\d\d)$/.test(a)) return null;
    const following = ctx.text.slice(end, end + 16);
    // Fractions and ordinals: "three-quarters of its food", "a quarter of the market", "a second group".
    if (unit === 'quarter' && (/-/.test(surface) || /^\s+of\b/.test(following))) return null;
    if (
      unit === 'second' &&
      (a === 'a' || a === 'one') &&
      /^\s+[\p{L}\d]/u.test(following) &&
      !/^\s+(?:later|earlier|ago|after|before|or|and)\b/.test(following)
    )
      return null;
    if (/^[A-Z]/.test(unitWord ?? '') && /^[A-Z\d]/.test(surface)) return null;
    // "one day follow in his footsteps", "will one day return": the adverb "someday".
    if (
      a === 'one' &&
      unit === 'day' &&
      /\b(?:will|would|could|might|may|can|he|she|they|we|I|you|it)\s+$/.test(
        ctx.text.slice(Math.max(0, start - 8), start),
      )
    )
      return null;
    // "a minute and a half", "an hour and a half": the half follows the unit.
    const half = /^\s+and\s+a\s+half\b/.exec(following);
    const value = durationValue(half ? `${a} and a half` : a, unit);
    if (!value) return null;
    if (half) end += half[0].length;
    while (end > start && /\s/.test(ctx.text[end - 1] ?? '')) end--;
    return {
      start,
      end,
      type: 'DURATION',
      value,
      stated: [unit],
      rule: 'duration',
      confidence: 0.8,
      granularity: 'none',
    };
  },
};
