/**
 * Dates written in digits: ISO "2020-01-24" and US-style "7/8/07" or "01/24/2020" (month
 * first, as in the English-language wire services Dateline reads).
 */
import { fmtDay, isValidDay } from '../calendar.js';
import type { TimexParser } from '../timex-candidate.js';

/** "2020-01-24", "1/24/2020", "7/8/07". */
export const numericDateParser: TimexParser = {
  name: 'numeric-date',
  trigger: /\d[/-]\d/,
  pattern: /(?<![\d/.-])(?:(\d{4})-(\d\d)-(\d\d)|(\d{1,2})\/(\d{1,2})\/(\d{4}|\d\d))(?![\d/]|-\d)/g,
  extract(m, start) {
    const iso = m[1] !== undefined;
    const y = iso
      ? Number(m[1])
      : Number(m[6]) < 100
        ? 2000 + Number(m[6]) - (Number(m[6]) > 40 ? 100 : 0)
        : Number(m[6]);
    const day = { y, m: Number(iso ? m[2] : m[4]), d: Number(iso ? m[3] : m[5]) };
    if (!isValidDay(day) || y < 1000) return null;
    return {
      start,
      end: start + m[0].length,
      type: 'DATE',
      value: fmtDay(day),
      stated: ['year', 'month', 'day'],
      rule: 'numeric-date',
      confidence: 0.9,
      granularity: 'day',
      day,
    };
  },
};
