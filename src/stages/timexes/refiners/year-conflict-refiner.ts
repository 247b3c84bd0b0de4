/**
 * An explicit year that contradicts the publication date and the article's own timeline: a
 * full date whose month and day fall within a week of the publication date but whose year
 * differs, in an article where no other expression states that year. Typically a caption
 * written a year off ("January 24, 2019" on a 2020-01-24 story). The value is kept as written
 * (never silently changed) and a `date-conflict` warning carries its span.
 */
import { diffDays, fmtDay } from '../calendar.js';
import type { TimexRefiner } from '../timex-candidate.js';

/** Warns about stated years that conflict with the publication date and the other dates. */
export const yearConflictRefiner: TimexRefiner = {
  name: 'year-conflict',
  refine(candidates, ctx) {
    const p = ctx.published;
    if (!p) return candidates;
    for (const c of candidates) {
      if (!c.day || c.granularity !== 'day' || !c.stated.includes('year') || !c.stated.includes('day')) continue;
      if (c.day.y === p.y) continue;
      const sameDayThatYear = { y: p.y, m: c.day.m, d: c.day.d };
      if (Math.abs(diffDays(p, sameDayThatYear)) > 7) continue;
      // The article's other dates: if any other expression names this year, the year may be right.
      const others = candidates.filter((o) => o !== c && o.day && o.type !== 'DURATION');
      if (others.some((o) => o.day?.y === c.day?.y)) continue;
      const inPublishedYear = others.filter((o) => o.day?.y === p.y).length;
      ctx.warn(
        'date-conflict',
        `"${ctx.text.slice(c.start, c.end)}" states the year ${c.day.y}, but the article was published ${fmtDay(p)}` +
          (inPublishedYear > 0 ? ` and its other ${inPublishedYear} dated expression(s) fall in ${p.y}` : '') +
          `; the value is kept as written (${c.value})`,
        { start: c.start, end: c.end },
      );
      c.confidence = Math.min(c.confidence, 0.4);
    }
    return candidates;
  },
};
