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

/**
 * What makes four digits a wire-service clock time when they stand without a zone the main
 * pattern knows: "1500 hrs", "1715 hours", "1500 local", "1700 New York time", "1800 to 2100
 * local Chicago time", "between 1900 and 2300 hours U.S. EST". Case matters here (a city is
 * capitalised), so this is matched on the text after the digits, not in the pattern.
 */
const WIRE_TAIL =
  /^(\s*(?:hrs|hours|HRS|HOURS)\b)?(\s*(?:(?:U\.S\.\s+)?(?:EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|gmt|UTC|BST|CET|CEST|JST)\b|local(?:(?:\s+[A-Z][a-z]+)?\s+time\b|(?=\s*[(),.;]))|(?:[A-Z][a-z]+\s+){1,2}time\b|(?:U\.S\.\s+)?(?:[Cc]entral|[Ee]astern|[Mm]ountain|[Pp]acific)\s+(?:U\.S\.\s+)?time\b))?/;
/** The second time of a range whose unit or zone the first shares: "1700 [and 2100 hrs]". */
const RANGE_PARTNER = /^\s*(?:and|to|[-–])\s*(?:[01]\d|2[0-3])[0-5]\d\b/;

/**
 * How many characters after four digits at `end` make them a clock time ("1500 hrs EST" gives
 * the length of " hrs EST"; the first time of "1700 and 2100 hrs" gives 0), or undefined where
 * nothing does and the digits are some other number, a year perhaps.
 */
export function wireClockTail(text: string, end: number): number | undefined {
  const after = text.slice(end, end + 40);
  const tail = WIRE_TAIL.exec(after)!;
  if (tail[1] || tail[2]) return tail[0].length;
  const partner = RANGE_PARTNER.exec(after);
  if (!partner) return undefined;
  const second = WIRE_TAIL.exec(after.slice(partner[0].length))!;
  return second[1] || second[2] ? 0 : undefined;
}

const HOUR_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "10:35 a.m.", "7 p.m.", "18:00 UTC", "noon", "midnight", "4 in the morning". */
export const clockTimeParser: TimexParser = {
  name: 'clock-time',
  trigger:
    /\d\s*[ap]\.?m|\d:\d\d|\d{4}\s*(?:GMT|UTC|[ECMP][SD]T|BST|CET|hrs|hours|local|[A-Z][a-z]+ (?:[A-Z][a-z]+ )?time)|\d{4}\s*(?:and|to|-)\s*\d{4}|noon|midnight|midday|mid[- ]?afternoon|mid[- ]?morning|in the (?:morning|afternoon|evening|night)/i,
  pattern: new RegExp(
    `(?<![\\w.:$])(?:(\\d{1,2})(?:[:.](\\d\\d))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm)(?![\\w])${ZONE}?|(\\d{1,2}):(\\d\\d)(?:\\s*(?:hours|hrs|h))?${ZONE}|([01]\\d|2[0-3])([0-5]\\d)\\s*(?:GMT|UTC|EDT|EST|CDT|CST|MDT|MST|PDT|PST|BST|CET|local time)|\\b(noon|midnight|midday|mid[- ]?afternoon|mid[- ]?morning)|\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\\s+o['’]clock)?\\s+in\\s+the\\s+(morning|afternoon|evening|night)|\\b([01]\\d|2[0-3])([0-5]\\d)(?=\\s))(?![\\w])`,
    'gi',
  ),
  extract(m, start, ctx) {
    let [surface] = m;
    // Groups 6 and 7: the four digits of a wire-service time, "0735 GMT".
    const [, h1, min1, ampm, h0, min0, hh0, mm0, word, hourOfPart, part, hw, mw] = m;
    // Groups 12 and 13: four digits that only the words after them make a time ("1500 hrs").
    if (hw) {
      const tail = wireClockTail(ctx.text, start + surface.length);
      if (tail === undefined) return null;
      surface = ctx.text.slice(start, start + surface.length + tail);
    }
    const hh = hh0 ?? hw;
    const mm = mm0 ?? mw;
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
