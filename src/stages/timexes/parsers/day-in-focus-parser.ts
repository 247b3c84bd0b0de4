/**
 * Days the story is on, named by where they sit in it: "later in the day", "earlier in the
 * week" (the day or week in focus, as TimeBank annotates "the day" there), and "today is the
 * eighth day of Desert Shield", "it's the second day of an offensive" (the day of writing).
 */
import { fmtDay } from '../calendar.js';
import type { TimexParser } from '../timex-candidate.js';

/** "later in the day", "earlier in the week": the day or week the story is on. */
export const inTheDayParser: TimexParser = {
  name: 'in-the-day',
  trigger: /(?:later|earlier) in the (?:day|week|month)/i,
  pattern: /\b(?:later|earlier)\s+in\s+(the\s+(day|week|month))(?![\w-])/gi,
  extract(m, start) {
    const [surface, phrase, unit] = m;
    const g = (unit ?? 'day').toLowerCase() as 'day' | 'week' | 'month';
    const begin = start + surface.length - (phrase ?? '').length;
    return {
      start: begin,
      end: start + surface.length,
      type: 'DATE',
      value: g === 'day' ? 'XXXX-XX-XX' : g === 'week' ? 'XXXX-WXX' : 'XXXX-XX',
      stated: [],
      // (Resolved as "that day" is.)
      rule: 'anaphoric-date',
      confidence: 0.6,
      granularity: g,
      needsFocus: 'day',
      relative: { duration: 'P0D', direction: 'after' },
      unresolved: true,
    };
  },
};

const ORDINAL =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,3}(?:st|nd|rd|th))';

/**
 * "Today is the eighth day of Desert Shield", "It's the second day of an offensive": the day of
 * writing, counted within something longer. Only with the present copula: "on the second day of
 * the talks" names a day the text does not date.
 */
export const nthDayTodayParser: TimexParser = {
  name: 'nth-day-today',
  trigger: /\bday of\b/i,
  pattern: new RegExp(
    `\\b(?:[Tt]oday\\s+is|[Ii]t\\s+is|[Ii]t['’]s|[Tt]his\\s+is)\\s+(the\\s+${ORDINAL}\\s+(?:straight\\s+|consecutive\\s+)?day)\\s+of\\b`,
    'g',
  ),
  extract(m, start, ctx) {
    const [surface, phrase] = m;
    if (!ctx.published) return null;
    const begin = start + surface.indexOf(phrase ?? '');
    return {
      start: begin,
      end: begin + (phrase ?? '').length,
      type: 'DATE',
      value: fmtDay(ctx.published),
      stated: [],
      rule: 'nth-day-today',
      confidence: 0.7,
      granularity: 'day',
      day: ctx.published,
      fromPublished: true,
    };
  },
};
