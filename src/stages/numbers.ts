/**
 * Numbers and quantity phrases: "12", "2,500", "twelve", "twenty-five", "1.5 million",
 * "about 2,500", "at least 12", "between 250 and 400", and the vague ones news uses for crowds
 * and casualties ("dozens", "hundreds", "tens of thousands", "a large crowd"). Each becomes a
 * `number` annotation with a numeric range, so the event stage can compare sizes and count
 * casualties without reparsing words.
 *
 * Ranges for vague words follow the reading ACLED's crowd-size tags are scored with ("dozens"
 * 24–99, "hundreds" 200–999, "tens of thousands" 10,000–99,999), so a size Dateline reports and
 * one an ACLED coder wrote mean the same thing. Documented choices of our own: "a large crowd"
 * (and "large number", "mass", "huge crowd") → 100–open; "a small group" / "a handful" → 3–20;
 * "about N" → ±10 %; "at least N" / "more than N" → N–open; "up to N" → 1–N.
 */
import type { Doc } from '../core/doc.js';
import type { NumberAttrs } from '../core/layers.js';
import type { Stage } from '../core/stage.js';
import { NUMBER_TENS, NUMBER_UNITS } from '../lexicons/number-words.js';

const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

/** Vague quantity words with their documented ranges (see the file comment). */
const VAGUE: [RegExp, number, number | null][] = [
  [/^hundreds of thousands$/, 100000, 999999],
  [/^tens of thousands$/, 10000, 99999],
  [/^(?:several|many) thousands?$/, 2000, 9999],
  [/^thousands$/, 2000, 9999],
  [/^(?:several|many) hundreds?$/, 200, 999],
  [/^hundreds$/, 200, 999],
  [/^(?:several|many) dozens?$/, 24, 99],
  [/^dozens$/, 24, 99],
  [/^tens$/, 20, 99],
  [/^(?:a|one) dozen$/, 12, 12],
  [/^(?:several|a few|a handful of|a small group of|a small number of)$/, 3, 9],
  [
    /^(?:a (?:large|huge|massive|big) (?:crowd|number|group|gathering)s?|(?:large|huge|massive|big|major) crowds?)$/,
    100,
    null,
  ],
];

const WORD_NUM =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?: (?:hundred|thousand|million)(?: (?:and )?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)?';
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const SCALE = '(?:\\s+(?:million|billion|thousand|hundred))?';
const NUM = `(?:(?:${DIGITS})${SCALE}|${WORD_NUM}|a (?:hundred|thousand|million))`;
const MOD =
  'about|around|approximately|some|roughly|nearly|almost|an estimated|estimated|close to|at least|more than|over|upwards of|in excess of|up to|less than|under|fewer than|as many as';

// Alternatives in priority order: ranges, modified numbers, vague phrases, plain numbers.
const QUANTITY_RE = new RegExp(
  [
    `\\b(?<between>between\\s+(?<b1>${NUM})\\s+and\\s+(?<b2>${NUM}))\\b`,
    `\\b(?<range>(?<r1>${DIGITS})\\s*(?:-|–|to)\\s*(?<r2>${DIGITS}))\\b(?!\\s*(?:mm|km|cm|kg|%|per ?cent))`,
    `\\b(?<mod>(?<modw>${MOD})\\s+(?<modn>${NUM}))\\b`,
    `\\b(?<vague>hundreds of thousands|tens of thousands|(?:several |many )?(?:thousands?|hundreds?|dozens?)(?= of\\b|\\s+(?:[a-z]+\\s+)?(?:people|protesters|demonstrators|residents|workers|students|supporters|members|civilians|men|women|villagers|farmers|activists|others|more))|dozens|hundreds|thousands|tens(?= of\\b)|(?:a|one) dozen|a handful of|a small (?:group|number) of|several(?= [a-z])|a few(?= [a-z])|a (?:large|huge|massive|big) (?:crowd|number|group|gathering)s?|(?:large|huge|massive|big|major) crowds?)\\b`,
    `(?<![\\d.,])\\b(?<plain>${NUM})\\b`,
  ].join('|'),
  'gi',
);

const MONTH =
  /^(?:\s*(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b)/i;
const MONTH_BEFORE =
  /(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s*$/i;
const UNIT_AFTER =
  /^(?:\s*(?:mm|cm|km|kg|m|%|per ?cent|percent|a\.m\.|p\.m\.|am|pm|gmt|utc|hours?|o'clock)\b|mm|st\b|nd\b|rd\b|th\b|%|:\d)/i;

/** Reads a number written in digits or words ("2,500", "1.5 million", "twenty-five"). */
export function parseNumber(text: string): number | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const digit = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?: (million|billion|thousand|hundred))?$/.exec(t);
  if (digit) {
    const n = Number(digit[1]!.replace(/,/g, ''));
    return digit[2] ? n * SCALES[digit[2]]! : n;
  }
  const words = t
    .replace(/^a (?=hundred|thousand|million)/, 'one ')
    .split(/[ -]+/)
    .filter((w) => w !== 'and');
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (w in NUMBER_UNITS) current += NUMBER_UNITS[w]!;
    else if (w in NUMBER_TENS) current += NUMBER_TENS[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALES) {
      total += (current || 1) * SCALES[w]!;
      current = 0;
    } else return undefined;
  }
  return total + current;
}

/** A quantity phrase read into a range. */
export interface Quantity extends NumberAttrs {
  /** Which reading produced it: `exact`, `vague`, `approx`, `min`, `max`, `range`. */
  reading: 'exact' | 'vague' | 'approx' | 'min' | 'max' | 'range';
}

/** Reads one quantity phrase ("about 2,500", "dozens", "at least 12") into a range. */
export function parseQuantity(phrase: string): Quantity | undefined {
  const p = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const [re, low, high] of VAGUE) if (re.test(p)) return { low, high, approximate: true, reading: 'vague' };
  const between = /^(?:between )?(.+?) (?:and|to|-|–) (.+)$/.exec(p.replace(/\s*[-–]\s*(?=\d)/, ' - '));
  if (between && /^between |\d\s*[-–]|\d to /.test(p)) {
    const a = parseNumber(between[1]!);
    const b = parseNumber(between[2]!);
    if (a !== undefined && b !== undefined)
      return { low: Math.min(a, b), high: Math.max(a, b), approximate: false, reading: 'range' };
  }
  const mod = new RegExp(`^(${MOD}) (.+)$`).exec(p);
  if (mod) {
    const n = parseNumber(mod[2]!);
    if (n === undefined) return undefined;
    const w = mod[1]!;
    if (/^(?:at least|more than|over|upwards of|in excess of)$/.test(w))
      return { low: w === 'at least' ? n : n + 1, high: null, approximate: false, reading: 'min' };
    if (/^(?:up to|less than|under|fewer than|as many as)$/.test(w))
      return { low: 1, high: w === 'up to' || w === 'as many as' ? n : n - 1, approximate: false, reading: 'max' };
    return { low: Math.floor(n * 0.9), high: Math.ceil(n * 1.1), approximate: true, reading: 'approx' };
  }
  const n = parseNumber(p);
  return n === undefined ? undefined : { low: n, high: n, approximate: false, reading: 'exact' };
}

/** Options of {@link numbers}. */
export interface NumbersOptions {
  /** Also read numbers in captions (default true: a caption's "tens of thousands" is a size). */
  captions?: boolean;
}

/**
 * The `numbers` stage: every quantity phrase of the story, title and caption zones, as a
 * `number` annotation whose label is the reading (`exact`, `vague`, `approx`, `min`, `max`,
 * `range`). Years, days of dates, clock times, measures ("82mm") and ordinals are skipped, since
 * none of them counts people.
 */
export function numbers(options: NumbersOptions = {}): Stage {
  const withCaptions = options.captions ?? true;
  return {
    name: 'numbers',
    requires: ['sentence'],
    produces: ['number'],
    run(doc: Doc) {
      const timexes = doc.layer('timex');
      for (const s of doc.layer('sentence')) {
        const zone = s.attrs.zone;
        if (zone === 'furniture' || (zone === 'caption' && !withCaptions)) continue;
        const text = doc.text.slice(s.start, s.end);
        QUANTITY_RE.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = QUANTITY_RE.exec(text)) !== null) {
          const surface = m[0];
          const start = s.start + m.index;
          const end = start + surface.length;
          const after = doc.text.slice(end, end + 12);
          const before = doc.text.slice(Math.max(0, start - 12), start);
          const g = m.groups ?? {};
          if (g.plain !== undefined || g.range !== undefined) {
            if (UNIT_AFTER.test(after) || MONTH.test(after) || MONTH_BEFORE.test(before)) continue;
            // A bare four-digit number from 1000 to 2100 is a year unless a count noun follows.
            if (
              /^(1\d{3}|20\d{2})$/.test(surface) &&
              !/^\s+(?:people|persons|(?!was\b|has\b|is\b|as\b|its\b|this\b)[a-z]+s\b)/i.test(after)
            )
              continue;
            if (/^\d/.test(surface) && /[:/]$/.test(before)) continue;
            // "one" as a pronoun ("one of the", "no one") is not a count.
            if (
              /^one$/i.test(surface) &&
              (/^\s+(?:of|another|day|time)\b/i.test(after) || /\b(?:no|every|any|some|each|the)\s+$/i.test(before))
            )
              continue;
          }
          if (timexes.some((t) => t.start <= start && end <= t.end)) continue;
          // Money is not a count of people.
          if (/(?:[$€£¥]|\b(?:USD|EUR|INR|GBP|Rs\.?|US\$|Tk|N))\s*$/.test(before)) continue;
          if (/^\s*(?:dollars|euros|rupees|pesos|naira|pounds|yuan|shillings|francs|dinars|riyals)\b/i.test(after))
            continue;
          const q = parseQuantity(surface);
          if (!q) continue;
          doc.add('number', {
            start,
            end,
            label: q.reading,
            attrs: { low: q.low, high: q.high, approximate: q.approximate },
            by: { stage: 'numbers', rule: q.reading, confidence: q.reading === 'vague' ? 0.7 : 0.95 },
          });
        }
      }
    },
  };
}
