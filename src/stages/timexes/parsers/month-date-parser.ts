/**
 * Calendar dates written with a month name: "January 5", "5 January 2020", "Jan. 24, 2019",
 * "June 13 , 2005" (tokenised text), "August 1988", and a month alone ("in April"). A year the
 * text leaves out is implied from the publication date and the clause's tense.
 */
import type { TimexParser } from '../timex-candidate.js';
import { MONTH_RE } from '../vocabulary.js';
import { DAY, monthCandidate, monthNumber, plausibleMonth, YEAR } from './month-candidate.js';

/**
 * A day spelled out, as wire style writes one to nine ("payable April one to holders of record
 * March 20", "as of March One it is"), read only where what follows ends the date: a year,
 * punctuation, a word that goes on the sentence ("to", "when", "unless", ...) or a capitalised
 * word. "In March two companies merged" and "in June one of them" stay months.
 */
const SPELLED_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const SPELLED_DAY = '(one|two|three|four|five|six|seven|eight|nine)(?![\\w-])';
const SPELLED_DAY_ENDS =
  /^(?:\s*(?:$|[.,;:)<'"])|\s\d{4}\b|\s+(?:\p{Lu}|(?:to|and|or|from|through|until|unless|when|that|as|at|on|by|with|in|for|under|instead|but|the|all|its|it|will|would|were|was|is|rose|fell|annual|interest|meeting|record|payment)\b))/u;

/** Month name first: "January 5", "January 5, 2020", "January 2020", "January". */
export const monthDateParser: TimexParser = {
  name: 'month-date',
  trigger: /Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MA[RY]|APR|JU[NL]|AUG|SEP|OCT|NOV|DEC/,
  pattern: new RegExp(
    `\\b(${MONTH_RE})(?:\\s+(?:${DAY}(?![\\d,.]\\d|\\s*%|\\s*(?:percent|cents?|per|points?|shares|people|million|billion|Bbl|bbl)\\b)|${SPELLED_DAY}))?(?:(?:\\s*,\\s*|\\s+|\\s+of\\s+)${YEAR}(?!\\s*(?:%|percent)|\\d|\\s?[-–/]\\s?\\d\\d(?!\\d)))?(?![\\w]|-(?!(?:${MONTH_RE})(?![\\w-])|\\d{1,2}(?![\\w-]|[.,]\\d)))`,
    'gi',
  ),
  extract(m, start, ctx) {
    const [matched, monthWord, digits, spelled, yearStr] = m;
    let surface = matched;
    let dayStr = digits;
    if (spelled) {
      if (SPELLED_DAY_ENDS.test(ctx.text.slice(start + matched.length, start + matched.length + 12)) || yearStr)
        dayStr = String(SPELLED_NUMBERS.indexOf(spelled.toLowerCase()) + 1);
      else surface = monthWord ?? '';
    }
    // "rose March 3-5 percent": a range of figures, not of days.
    if (
      dayStr &&
      /^[-–]\d{1,2}\s*(?:%|percent|pct|points?|cents?)/i.test(
        ctx.text.slice(start + matched.length, start + matched.length + 14),
      )
    )
      return null;
    const month = monthNumber(monthWord ?? '');
    if (!month || !plausibleMonth(monthWord ?? '', ctx.text, start + (monthWord ?? '').length)) return null;
    // "Jan Kavan", "the March for Life": an abbreviation or a lone month must look like a date.
    if (!dayStr && !yearStr) {
      if (/^[A-Z][a-z]{2,3}$/.test(monthWord ?? '') && !/^(?:May|June|July)$/.test(monthWord ?? '')) return null;
      // "in December for drunk driving" is a date after all: a preposition before decides.
      const dated =
        /\b(?:in|since|by|until|till|through|during|from|before|after|last|this|next|early|late|mid)[\s-]+$/i.test(
          ctx.text.slice(Math.max(0, start - 8), start),
        );
      if (
        !dated &&
        /^\s+(?:for|of the|on [A-Z])\b/.test(ctx.text.slice(start + surface.length, start + surface.length + 12))
      )
        return null;
    }
    return monthCandidate(start, start + surface.length, month, dayStr, yearStr, ctx, 'month-date');
  },
};
