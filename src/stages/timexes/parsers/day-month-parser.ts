/**
 * Calendar dates written day first: "5 January", "24th of January 2020", "12 May 2019".
 */
import type { TimexParser } from '../timex-candidate.js';
import { MONTH_RE } from '../vocabulary.js';
import { DAY, monthCandidate, monthNumber, YEAR } from './month-candidate.js';

/** Day first: "5 January", "24th of January 2020". */
export const dayMonthParser: TimexParser = {
  name: 'day-month',
  trigger: /Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec/,
  pattern: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+${YEAR}(?!\\d))?(?![\\w-])`, 'gi'),
  extract(m, start, ctx) {
    const [surface, dayStr, monthWord, yearStr] = m;
    const month = monthNumber(monthWord ?? '');
    if (!month || !/^[A-Z]/.test(monthWord ?? '')) return null;
    return monthCandidate(start, start + surface.length, month, dayStr, yearStr, ctx, 'day-month');
  },
};
