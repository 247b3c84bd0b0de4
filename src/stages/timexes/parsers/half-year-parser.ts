/**
 * Halves of a year named the other ways business news names them: "the last half of 1989",
 * "the first two quarters of 1990", "the latter half of this year" (TIMEX3 `1989-H2`). The
 * quarter parser reads "the first half"; these need a year after them to be halves at all
 * ("the last two quarters" alone is a stretch of time).
 */
import { fmtYear } from '../calendar.js';
import type { TimexParser } from '../timex-candidate.js';

/** "the last half of 1989", "the first two quarters of next year". */
export const halfYearParser: TimexParser = {
  name: 'half-year',
  trigger: /half|two quarters/i,
  pattern:
    /\b(?:the\s+)?(?:(first|second|last|latter|final)\s+half|(first|last|final)\s+two\s+quarters)\s+of\s+(?:(?:the\s+)?(?:fiscal\s+)?(1[5-9]\d\d|20\d\d)|(this|last|next)\s+year)(?![\w-])/gi,
  extract(m, start, ctx) {
    const [surface, halfWord, quartersWord, yearNum, yearWord] = m;
    const which = (halfWord ?? quartersWord ?? '').toLowerCase();
    const n = which === 'first' ? 1 : 2;
    const stated = ['half'];
    let y: number | undefined;
    if (yearNum) {
      y = Number(yearNum);
      stated.push('year');
    } else if (ctx.published) {
      const w = (yearWord ?? '').toLowerCase();
      y = ctx.published.y + (w === 'last' ? -1 : w === 'next' ? 1 : 0);
    }
    const base = { start, end: start + surface.length, type: 'DATE' as const, stated, rule: 'half-year' };
    if (y === undefined)
      return { ...base, value: `XXXX-H${n}`, confidence: 0.6, granularity: 'half', unresolved: true };
    return {
      ...base,
      value: `${fmtYear(y)}-H${n}`,
      confidence: 0.9,
      granularity: 'half',
      day: { y, m: n === 1 ? 1 : 7, d: 1 },
      ...(yearNum ? {} : { fromPublished: true }),
    };
  },
};
