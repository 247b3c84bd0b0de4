/**
 * A month the article names as the time of a scheduled event ("the November election", "November's
 * general election") is that event's month wherever else the article names it alone in a clause
 * that does not tell it in the past: "Republicans have 24 Senate seats up in November", written
 * in June of an election year, is the coming November, not the last.
 */
import { formatAt } from '../resolve-date.js';
import type { TimexRefiner } from '../timex-candidate.js';
import { MONTHS } from '../vocabulary.js';

const EVENT =
  '(?:general\\s+|presidential\\s+|midterm\\s+|parliamentary\\s+)?(?:election|elections|vote|ballot|referendum|primary|primaries)';
const MONTH_NAMES = Object.keys(MONTHS)
  .filter((m) => m.length > 3)
  .join('|');
const SCHEDULED_MONTH = new RegExp(
  `\\b(${MONTH_NAMES})(?:['’]s)?\\s+${EVENT}\\b|\\b${EVENT}\\s+(?:in|on)\\s+(${MONTH_NAMES})\\b`,
  'gi',
);

/** Moves a month named alone to the coming occurrence of the event month the article names. */
export const scheduledMonthRefiner: TimexRefiner = {
  name: 'scheduled-month',
  refine(candidates, ctx) {
    const p = ctx.published;
    if (!p) return candidates;
    // The article is read for event months only where a month stands without its year.
    if (!candidates.some((c) => c.granularity === 'month' && !c.stated.includes('year'))) return candidates;
    const months = new Set<number>();
    for (const m of ctx.text.matchAll(SCHEDULED_MONTH)) {
      const month = MONTHS[(m[1] ?? m[2] ?? '').toLowerCase()];
      if (month) months.add(month);
    }
    if (months.size === 0) return candidates;
    for (const c of candidates) {
      if (c.granularity !== 'month' || !c.day || c.stated.includes('year') || c.yearCue) continue;
      if (!/^[A-Z][a-z]+$/.test(ctx.text.slice(c.start, c.end))) continue;
      if (!months.has(c.day.m) || ctx.tenseAt(c.start) === 'past') continue;
      // Only a month behind the publication date moves, to the occurrence within the coming year.
      const behind = c.day.y < p.y || (c.day.y === p.y && c.day.m < p.m);
      if (!behind) continue;
      const day = { y: c.day.m > p.m ? p.y : p.y + 1, m: c.day.m, d: 1 };
      c.day = day;
      c.value = formatAt(day, 'month');
      c.rule = `${c.rule}@scheduled-month`;
    }
    return candidates;
  },
};
