/**
 * A day named inside a wider or neighbouring time: "the week of March 6" is that day's week,
 * "the weekend of June 3" its weekend, "the day before last Tuesday's hearing" the Monday, "the
 * last week of March" the week holding March 31. The
 * words before the day belong to the expression, and its value is the day's moved or widened.
 */
import { addDays, weekday } from '../calendar.js';
import { formatAt } from '../resolve-date.js';
import type { TimexCandidate, TimexRefiner } from '../timex-candidate.js';

const WEEK_OF = /\bthe\s+(week|weekend)\s+of\s+$/i;
const NTH_WEEK_OF = /\bthe\s+(first|second|third|fourth|last|final)\s+(week|weekend)\s+(?:of|in)\s+$/i;
const NTH: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3 };
const DAY_NEXT_TO = /\bthe\s+(day|night)\s+(before|after)\s+$/i;

/** Widens or moves day candidates that a period phrase right before them names. */
export const enclosingPeriodRefiner: TimexRefiner = {
  name: 'enclosing-period',
  refine(candidates, ctx) {
    const out: TimexCandidate[] = [];
    for (const c of candidates) {
      const prev = out[out.length - 1];
      const window = ctx.text.slice(Math.max(0, c.start - 32), c.start);
      out.push(c);
      // "the last week of March", "the first weekend in May": that week of the month.
      const nth = c.type === 'DATE' && c.granularity === 'month' && c.day ? NTH_WEEK_OF.exec(window) : null;
      const nthFrom = nth ? c.start - (window.length - nth.index) : 0;
      // "the last week" was read on its own first; it is part of this expression.
      if (nth && prev && prev.end > nthFrom && prev.start >= nthFrom) out.splice(out.length - 2, 1);
      if (nth && c.day && !(out.length > 1 && out[out.length - 2]!.end > nthFrom)) {
        const g = nth[2]!.toLowerCase() === 'weekend' ? 'weekend' : 'week';
        const which = nth[1]!.toLowerCase();
        const first = { y: c.day.y, m: c.day.m, d: 1 };
        const lastDay = addDays({ y: c.day.m === 12 ? c.day.y + 1 : c.day.y, m: (c.day.m % 12) + 1, d: 1 }, -1);
        // A week is the seven days counted from the month's first day or back from its last,
        // written as the ISO week that holds their middle; a weekend is the month's Saturday.
        const day =
          which === 'last' || which === 'final'
            ? g === 'weekend'
              ? addDays(lastDay, -((weekday(lastDay) + 1) % 7))
              : addDays(lastDay, -3)
            : g === 'weekend'
              ? addDays(first, ((6 - weekday(first) + 7) % 7) + 7 * (NTH[which] ?? 0))
              : addDays(first, 3 + 7 * (NTH[which] ?? 0));
        c.start = nthFrom;
        c.day = day;
        c.value = formatAt(day, g);
        c.granularity = g;
        c.rule = `${c.rule}+${which}-${g}`;
        continue;
      }
      if (c.type !== 'DATE' || c.granularity !== 'day' || !c.day || c.unresolved) continue;
      const week = WEEK_OF.exec(window);
      if (week) {
        const g = week[1]!.toLowerCase() === 'weekend' ? 'weekend' : 'week';
        const from = c.start - (window.length - week.index);
        // "the weekend" was read on its own first; it is part of this expression.
        if (prev && prev.end > from) {
          if (prev.start < from) continue;
          out.splice(out.length - 2, 1);
        }
        c.start = from;
        c.value = formatAt(c.day, g);
        c.granularity = g;
        c.rule = `${c.rule}+${g}-of`;
        continue;
      }
      const next = DAY_NEXT_TO.exec(window);
      if (next && !(prev && prev.end > c.start - (window.length - next.index))) {
        const day = addDays(c.day, next[2]!.toLowerCase() === 'before' ? -1 : 1);
        c.start -= window.length - next.index;
        c.day = day;
        c.value = formatAt(day, 'day') + (next[1]!.toLowerCase() === 'night' ? 'TNI' : '');
        if (next[1]!.toLowerCase() === 'night') {
          c.type = 'TIME';
          c.granularity = 'part-of-day';
        }
        c.rule = `${c.rule}+day-${next[2]!.toLowerCase()}`;
      }
    }
    return out;
  },
};
