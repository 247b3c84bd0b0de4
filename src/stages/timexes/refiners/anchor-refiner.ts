/**
 * "two days after January 5", "a century after the revolution of 1920": when the anchor phrase
 * of a relative expression holds a dated expression, the value is computed from it and the
 * anchor is that timex, and the duration the text stated becomes a date. An anchor that is an
 * event ("two days after Washington assassinated Soleimani") stays a duration here, with its
 * span kept, for the event stage to date.
 */
import { formatAt, shift } from '../resolve-date.js';
import type { Granularity, TimexRefiner } from '../timex-candidate.js';

const UNIT: Record<string, [string, number, Granularity]> = {
  D: ['day', 1, 'day'],
  W: ['week', 1, 'week'],
  M: ['month', 1, 'month'],
  Q: ['quarter', 1, 'quarter'],
  Y: ['year', 1, 'year'],
  E: ['year', 10, 'year'],
  C: ['year', 100, 'year'],
  L: ['year', 1000, 'year'],
};

/** Resolves relative expressions whose anchor phrase contains a dated expression. */
export const anchorRefiner: TimexRefiner = {
  name: 'anchor',
  refine(candidates) {
    for (const c of candidates) {
      const span = c.relative?.anchorSpan;
      if (!span || !c.relative) continue;
      const anchor = candidates.find(
        (a) =>
          a !== c &&
          // The anchor phrase ends at a comma, which may fall inside the date ("Jan. 5, 2000").
          a.start >= span.start &&
          a.start < span.end &&
          a.day &&
          !a.unresolved &&
          a.type !== 'DURATION' &&
          a.type !== 'SET',
      );
      if (!anchor?.day) continue;
      const m = /^P(\d+)(D|W|M|Q|Y|E|C|L)$/.exec(c.relative.duration);
      if (!m) continue;
      const [unit, factor, g0] = UNIT[m[2] ?? 'D'] ?? ['day', 1, 'day'];
      const n = Number(m[1]) * factor * (c.relative.direction === 'before' ? -1 : 1);
      // The result is no more precise than the anchor ("a century after 1920" is a year).
      const order: Granularity[] = ['century', 'decade', 'year', 'quarter', 'month', 'week', 'day'];
      const g =
        order.indexOf(anchor.granularity) >= 0 && order.indexOf(anchor.granularity) < order.indexOf(g0)
          ? anchor.granularity
          : g0;
      const day = shift(anchor.day, unit, n);
      c.type = 'DATE';
      c.value = formatAt(day, g);
      c.day = day;
      c.granularity = g;
      c.unresolved = false;
      c.anchorTo = anchor;
      c.rule = 'offset-anchored@timex';
    }
    return candidates;
  },
};
