/**
 * Decades and centuries: "the 1990s" → 199, "the '80s" and "the 70s" → 198 and 197, "the nineties" → 199, "the 20th
 * century" → 19, "this century" (against the publication date). TIMEX3 writes a decade as its
 * first three digits and a century as its first two (the TimeML guidelines; TimeBank and
 * MEANTIME follow them), not with trailing Xs.
 */
import { fmtYear } from '../calendar.js';
import { UNRESOLVED } from '../resolve-date.js';
import type { TimexParser } from '../timex-candidate.js';

const ORDINAL_CENTURY: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
};

const LEVEL_BEFORE =
  /\b(?:percent|%|rates?|unemployment|temperatures?|degrees|aged?|ages|polls?|polling|approval|yields?|scores?|prices?|index|levels?)\b[^.;]*$/i;

const SPELLED_DECADES = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

/** "the 1990s", "the '90s", "the nineties", "the 19th century", "this century", "last decade". */
export const decadeCenturyParser: TimexParser = {
  name: 'decade-century',
  trigger: /0['’]?s|century|decade|ties\b/i,
  pattern:
    /\b(?:(the|this|last|next)\s+)?(?:(1[5-9]\d0|20\d0)['’]?s|(?:'|(?<=\b(?:the|and|or|early|late|mid)[\s-]))(\d0)s|(\d{1,2})(?:st|nd|rd|th)[- ]century|([a-z]+(?:-first)?)[- ]century|(century|decade))(?![\w-])|\bthe\s+(?:(early|mid|late)[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![\w-])/gi,
  extract(m, start, ctx) {
    const end = start + m[0].length;
    const det = (m[1] ?? '').toLowerCase();
    const base = { start, end, type: 'DATE' as const, confidence: 0.85 };
    // "unemployment is in the mid-30s", "temperatures in the nineties": a decade without its
    // century may be a level of a rate, an age or a temperature.
    if (
      ((m[3] && !/['’]/.test(m[0])) || m[8]) &&
      (/^\s+(?:degrees|°|percent|%)/i.test(ctx.text.slice(end, end + 10)) ||
        LEVEL_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 70), start)))
    )
      return null;
    if (m[8]) {
      const digit = SPELLED_DECADES.indexOf(m[8].toLowerCase()) + 2;
      const edge = (m[7] ?? '').toLowerCase();
      const mod = edge === 'early' ? 'START' : edge === 'late' ? 'END' : edge === 'mid' ? 'MID' : undefined;
      return {
        ...base,
        value: `19${digit}`,
        ...(mod ? { mod } : {}),
        stated: ['decade'],
        rule: 'decade-spelled',
        granularity: 'decade',
      };
    }
    if (m[2] || m[3]) {
      // "the 80s" without an apostrophe: not temperatures, nor an age ("in his 80s").
      if (m[3] && !m[0].includes("'")) {
        if (/^\s+(?:degrees|°|percent|%)/i.test(ctx.text.slice(end, end + 10))) return null;
        if (
          // (And the rest of a list of ages: "in their 30s, 40s and 50s".)
          /\b(?:his|her|their|its|my|your|our)\s+(?:(?:early|late|mid)[\s-])?(?:\d0s(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+))*$/i.test(
            ctx.text.slice(Math.max(0, start - 40), start),
          )
        )
          return null;
      }
      const decade = m[2] ? Number(m[2]) : Number(m[3]) + (Number(m[3]) < 30 ? 2000 : 1900);
      // "the 1990s": a decade; "1990s" without "the" is still one.
      const s = m[1] && !/^the$/i.test(det) ? start + m[0].indexOf(m[2] ?? `'${m[3]}`) : start;
      return {
        ...base,
        start: s,
        value: fmtYear(decade).slice(0, 3),
        stated: ['decade'],
        rule: 'decade',
        granularity: 'decade',
      };
    }
    if (m[4] || m[5]) {
      const n = m[4] ? Number(m[4]) : ORDINAL_CENTURY[(m[5] ?? '').toLowerCase()];
      if (!n) return null;
      return {
        ...base,
        value: String(n - 1).padStart(2, '0'),
        stated: ['century'],
        rule: 'century',
        granularity: 'century',
      };
    }
    // "this century", "last decade": relative to the publication date; a bare "century" is a duration elsewhere.
    if (!det || det === 'the') return null;
    const unit = (m[6] ?? '').toLowerCase() as 'century' | 'decade';
    const shiftBy = det === 'last' || det === 'past' ? -1 : det === 'next' ? 1 : 0;
    if (!ctx.published) {
      return {
        ...base,
        value: UNRESOLVED[unit] ?? 'XXXX',
        stated: [],
        rule: unit,
        granularity: unit,
        unresolved: true,
      };
    }
    const size = unit === 'century' ? 100 : 10;
    const y = ctx.published.y + shiftBy * size;
    const value = unit === 'century' ? fmtYear(y).slice(0, 2) : fmtYear(y).slice(0, 3);
    return { ...base, value, stated: [], rule: unit, granularity: unit, fromPublished: true, day: { y, m: 1, d: 1 } };
  },
};
