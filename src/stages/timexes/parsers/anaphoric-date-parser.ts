/**
 * Dates that point back at the date the story is on rather than at the publication date:
 * "the next day", "the following week", "that day", "the same day", "later that year", "the
 * day before", "the year previous", "the same month a year ago". A refiner resolves them against
 * the last dated expression before them. A market report's "ended the day at …" is the trading
 * day in focus too.
 */
import type { Granularity, TimexParser } from '../timex-candidate.js';
import { PARTS_OF_DAY, WEEKDAYS, WEEKDAY_RE } from '../vocabulary.js';

// The verbs before a market report's "the day" ("ended the day at 7,114"), checked after the
// match rather than in a lookbehind, which would run at every position of the text.
const TRADING_VERB =
  /\b(?:end|ends|ended|ending|finish|finished|finishes|finishing|close|closed|closes|closing|start|started|starts|starting|open|opened|opens|opening)\s+$/i;

/** "the next day", "that same week", "earlier that day", "the day before". */
export const anaphoricDateParser: TimexParser = {
  name: 'anaphoric-date',
  trigger: /the (?:next|following|previous|same|preceding|prior|day|week|month|quarter|year)|that /i,
  pattern:
    /\b(?:the\s+(next|following|previous|same|preceding|prior)\s+(day|week|month|quarter|year|morning|afternoon|evening|night)(\s+(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+(?:previous|prior)\s+year))?|(earlier|later)?\s*that\s+(?:same\s+)?(day|week|month|year|morning|afternoon|evening|night)|the\s+(day|week|month|year)\s+(before|after|previous|earlier|prior)(?=\s*[,.;]|\s+(?:and|but|when|as)\b)|the\s+(day|session)(?=\s+(?:at|on|with|down|up|higher|lower|flat)\b|\s*,))(?![\w-])/gi,
  extract(m, start, ctx) {
    // A market report's "ended the day at 7,114", "For the day, …" (the last group) is the
    // trading day in focus, as "that day" is.
    const [surface, which0, unit1, yearBack, earlierLater, unit2, unit3, beforeAfter, session] = m;
    if (session) {
      const before = ctx.text.slice(Math.max(0, start - 12), start);
      const trading = /^\s*,/.test(ctx.text.slice(start + surface.length, start + surface.length + 2))
        ? /\bFor\s+$/.test(before)
        : TRADING_VERB.test(before);
      if (!trading) return null;
    }
    // "the same month a year ago": the month in focus, a year back.
    const which = yearBack && which0?.toLowerCase() !== 'same' ? undefined : which0;
    if (yearBack && !which) return null;
    const begin = start + (/^\s+/.exec(surface)?.[0].length ?? 0);
    const w = (which ?? beforeAfter ?? '').toLowerCase();
    const offset =
      w === 'next' || w === 'following' || w === 'after'
        ? 1
        : w === 'previous' || w === 'preceding' || w === 'prior' || w === 'before' || w === 'earlier'
          ? -1
          : 0;
    const unitWord = (unit1 ?? unit2 ?? unit3 ?? 'day').toLowerCase();
    const part = /morning|afternoon|evening|night/.test(unitWord) ? unitWord : undefined;
    const g: Granularity = part ? 'part-of-day' : (unitWord as Granularity);
    const el = (earlierLater ?? '').toLowerCase();
    return {
      start: begin,
      end: start + surface.length,
      type: part ? 'TIME' : 'DATE',
      value: 'XXXX-XX-XX' + (part ? 'T' + (PARTS_OF_DAY[part] ?? 'MO') : ''),
      ...(el === 'earlier' ? { mod: 'START' } : el === 'later' ? { mod: 'END' } : {}),
      stated: [],
      rule: 'anaphoric-date',
      confidence: 0.6,
      granularity: g,
      needsFocus: 'day',
      relative: {
        duration: `P1${g === 'week' ? 'W' : g === 'month' ? 'M' : g === 'quarter' ? 'Q' : g === 'year' ? 'Y' : 'D'}`,
        direction: offset < 0 ? 'before' : 'after',
      },
      ...(offset === 0
        ? {
            relative: yearBack
              ? { duration: 'P1Y', direction: 'before' as const }
              : { duration: 'P0D', direction: 'after' as const },
          }
        : {}),
      unresolved: true,
    };
  },
};

/**
 * "down 4.5% from the previous Friday", "the following Monday": a weekday counted from the day
 * the story is on, not from the publication date. The value carries the weekday (TIMEX3's
 * `XXXX-WXX-5`) until the focus refiner finds the day.
 */
export const anaphoricWeekdayParser: TimexParser = {
  name: 'anaphoric-weekday',
  trigger: /(?:previous|preceding|prior|following) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/,
  pattern: new RegExp(`\\b[Tt]he\\s+(previous|preceding|prior|following)\\s+(${WEEKDAY_RE})(?![\\w-])`, 'g'),
  extract(m, start) {
    const [surface, which, name] = m;
    const target = WEEKDAYS[(name ?? '').toLowerCase()];
    if (!target) return null;
    return {
      start,
      end: start + surface.length,
      type: 'DATE',
      value: `XXXX-WXX-${target}`,
      stated: ['weekday'],
      rule: 'anaphoric-weekday',
      confidence: 0.6,
      granularity: 'day',
      needsFocus: 'day',
      relative: { duration: 'P1D', direction: which === 'following' ? 'after' : 'before' },
      unresolved: true,
    };
  },
};
