/**
 * A day named inside a wider or neighbouring time: "the week of March 6" is that day's week,
 * "the weekend of June 3" its weekend, "the day before last Tuesday's hearing" the Monday. The
 * words before the day belong to the expression, and its value is the day's moved or widened.
 */
import { addDays } from '../calendar.js';
import { formatAt } from '../resolve-date.js';
import type { TimexCandidate, TimexRefiner } from '../timex-candidate.js';

const WEEK_OF = /\bthe\s+(week|weekend)\s+of\s+$/i;
const DAY_NEXT_TO = /\bthe\s+(day|night)\s+(before|after)\s+$/i;

/** Widens or moves day candidates that a period phrase right before them names. */
export const enclosingPeriodRefiner: TimexRefiner = {
  name: 'enclosing-period',
  refine(candidates, ctx) {
    const out: TimexCandidate[] = [];
    for (const c of candidates) {
      const prev = out[out.length - 1];
      const window = ctx.text.slice(Math.max(0, c.start - 20), c.start);
      out.push(c);
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
