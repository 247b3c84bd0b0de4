/**
 * Clock times: "10:35 a.m.", "7 p.m. EDT", "18:00 UTC", "0800 GMT", "noon", "midnight", "mid-afternoon",
 * "4 in the morning".
 * Alone they are taken on the publication day; a refiner joins them with a day beside them
 * ("10 p.m. Wednesday", "Tuesday at 9 a.m.").
 */
import { fmtDay, pad2 } from '../calendar.js';
import type { TimexParser } from '../timex-candidate.js';

const ZONE =
  '(?:\\s*\\(?(?:EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|BST|CET|CEST|IST|JST|local time|Moscow time|Baghdad time)(?:\\s*[+-]\\s*\\d{1,2})?\\)?)';

const HOUR_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "10:35 a.m.", "7 p.m.", "18:00 UTC", "noon", "midnight", "4 in the morning". */
export const clockTimeParser: TimexParser = {
  name: 'clock-time',
  trigger:
    /\d\s*[ap]\.?m|\d:\d\d|\d{4}\s*(?:GMT|UTC|E[SD]T|local time)|noon|midnight|midday|mid[- ]?afternoon|mid[- ]?morning|in the (?:morning|afternoon|evening|night)/i,
  pattern: new RegExp(
    `(?<![\\w.:$])(?:(\\d{1,2})(?:[:.](\\d\\d))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm)(?![\\w])${ZONE}?|(\\d{1,2}):(\\d\\d)(?:\\s*(?:hours|hrs|h))?${ZONE}|([01]\\d|2[0-3])([0-5]\\d)\\s*(?:GMT|UTC|EDT|EST|CDT|CST|MDT|MST|PDT|PST|BST|CET|local time)|\\b(noon|midnight|midday|mid[- ]?afternoon|mid[- ]?morning)|\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\\s+o['’]clock)?\\s+in\\s+the\\s+(morning|afternoon|evening|night))(?![\\w])`,
    'gi',
  ),
  extract(m, start, ctx) {
    let [surface] = m;
    // Groups 6 and 7: the four digits of a wire-service time, "0735 GMT".
    const [, h1, min1, ampm, h0, min0, hh, mm, word, hourOfPart, part] = m;
    const h2 = h0 ?? hh;
    const min2 = min0 ?? mm;
    // "10:35 a.m. (0735 GMT)": the same time in another zone, a gloss on the one before.
    if (hh && /\(\s*$/.test(ctx.text.slice(Math.max(0, start - 3), start))) return null;
    let value: string;
    const stated = ['time'];
    const type = 'TIME' as const;
    if (hourOfPart && part) {
      // "4 in the morning", "eight in the evening": the part of the day says a.m. or p.m.
      let h = /^\d/.test(hourOfPart) ? Number(hourOfPart) : HOUR_WORDS.indexOf(hourOfPart.toLowerCase()) + 1;
      if (h < 1 || h > 12) return null;
      const pm = part.toLowerCase() !== 'morning' && !(part.toLowerCase() === 'night' && (h === 12 || h < 5));
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
      value = `T${pad2(h)}:00`;
    } else if (word) {
      const w = word.toLowerCase().replace(/[- ]/, '');
      value =
        w === 'noon' || w === 'midday' ? 'T12:00' : w === 'midnight' ? 'T24:00' : w === 'midafternoon' ? 'TAF' : 'TMO';
    } else {
      let h = Number(h1 ?? h2);
      const min = Number(min1 ?? min2 ?? 0);
      const ap = (ampm ?? '').toLowerCase();
      if (h > 24 || min > 59) return null;
      if (ap.startsWith('p') && h < 12) h += 12;
      if (ap.startsWith('a') && h === 12) h = 0;
      value = `T${pad2(h)}:${pad2(min)}`;
      // A clock time stated in UTC carries TIMEX3's zone designator.
      if (/\b(?:UTC|GMT)\)?$/i.test(surface)) value += 'Z';
    }
    if (word && /\bhigh\s*$/i.test(ctx.text.slice(Math.max(0, start - 6), start))) return null;
    // "a.m." ends a sentence sometimes; keep the period with the abbreviation only.
    if (/\.\.$/.test(surface)) surface = surface.slice(0, -1);
    const end = start + surface.length;
    const mod = word && /^mid[- ]?(?:afternoon|morning)$/i.test(word) ? 'MID' : undefined;
    if (!ctx.published) {
      return {
        start,
        end,
        type,
        value: 'XXXX-XX-XX' + value,
        stated,
        rule: 'clock-time',
        confidence: 0.6,
        granularity: 'time',
        unresolved: true,
        ...(mod ? { mod } : {}),
      };
    }
    return {
      start,
      end,
      type,
      value: fmtDay(ctx.published) + value,
      stated,
      rule: 'clock-time',
      confidence: 0.85,
      granularity: 'time',
      day: ctx.published,
      fromPublished: true,
      ...(mod ? { mod } : {}),
    };
  },
};
