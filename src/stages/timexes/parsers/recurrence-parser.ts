/**
 * Recurring times (TIMEX3 SET): "daily", "every week", "every three months", "each Thursday"
 * (the weekday parser), "each July", "twice a year", "per month", "annually".
 */
import type { TimexParser } from '../timex-candidate.js';
import { amountValue } from '../vocabulary.js';

const ADVERB: Record<string, string> = {
  hourly: 'PT1H',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  quarterly: 'P1Q',
  annually: 'P1Y',
  yearly: 'P1Y',
  biweekly: 'P2W',
  biannually: 'P6M',
};
const UNIT: Record<string, string> = {
  hour: 'PT1H',
  day: 'P1D',
  night: 'P1D',
  week: 'P1W',
  month: 'P1M',
  quarter: 'P1Q',
  year: 'P1Y',
  morning: 'P1D',
  evening: 'P1D',
  summer: 'P1Y',
  winter: 'P1Y',
};

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "daily", "every day", "each July", "twice a year", "a year" after a rate. */
export const recurrenceParser: TimexParser = {
  name: 'recurrence',
  trigger: /ly\b|every|each|an? |per /i,
  pattern:
    /\b(?:(hourly|daily|nightly|weekly|monthly|quarterly|annually|yearly|biweekly)|(?:every|each)\s+(?:other\s+)?(hour|day|night|week|month|quarter|year|morning|evening|summer|winter)|(a|an|per)\s+(hour|day|night|week|month|quarter|year)|(?:every|each)\s+(January|February|March|April|May|June|July|August|September|October|November|December)|every\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|few|several)\s+(seconds|minutes|hours|days|weeks|months|years))(?![\w-])/gi,
  extract(m, start, ctx) {
    const [surface, adverb, everyUnit, art, rateUnit, everyMonth, everyN, everyNUnit] = m;
    const end = start + surface.length;
    if (everyN && everyNUnit) {
      // "every 72 minutes", "every three months", "every few days".
      const n = /^(?:few|several)$/i.test(everyN) ? 'X' : String(amountValue(everyN.toLowerCase()) ?? 'X');
      const u = everyNUnit.toLowerCase();
      const code = { seconds: 'S', minutes: 'M', hours: 'H', days: 'D', weeks: 'W', months: 'M', years: 'Y' }[u] ?? 'D';
      const time = u === 'seconds' || u === 'minutes' || u === 'hours';
      return {
        start,
        end,
        type: 'SET',
        value: `P${time ? 'T' : ''}${n}${code}`,
        stated: [],
        rule: 'recurrence-every-n',
        confidence: 0.85,
        granularity: 'none',
      };
    }
    if (everyMonth) {
      // "where Orangemen march each July": the month of every year.
      if (!/^[A-Z]/.test(everyMonth)) return null;
      const month = MONTH_NAMES.indexOf(everyMonth.toLowerCase()) + 1;
      return {
        start,
        end,
        type: 'SET',
        value: `XXXX-${String(month).padStart(2, '0')}`,
        stated: ['month'],
        rule: 'recurrence-month',
        confidence: 0.85,
        granularity: 'none',
      };
    }
    if (adverb) {
      const a = adverb.toLowerCase();
      // "the daily newspaper", "weekly magazine": an adjective before a noun is not a time.
      if (
        /^\s+(?:newspaper|paper|newsletter|tabloid|digest|supplement|edition|magazine|journal|publication|show|program|programme|column|report|bulletin|Mail|Telegraph|Star|News|dividends?|payments?|rate|meeting|reports?|sales|volume|average|output|production|earnings|results|fee|fees|interest)\b/i.test(
          ctx.text.slice(end, end + 16),
        )
      )
        return null;
      if (a === 'quarterly' && /^\s+[a-z]/.test(ctx.text.slice(end, end + 3))) return null;
      // "the Paris daily Liberation", "a Hong Kong daily, said", "a free daily.": a newspaper,
      // named by an article and what describes it, then by its own name, a verb of saying or
      // the end of the phrase.
      if (
        /^(?:daily|weekly|monthly)$/.test(a) &&
        /\b(?:[Tt]he|[Aa]n?)\s+(?:(?:\p{Lu}[\p{L}'’.-]*|free|official|state[- ]run|state|local|national|leading|main|business|financial|evening|morning|independent|conservative|liberal|[a-z]+-language)\s+){1,4}$/u.test(
          ctx.text.slice(Math.max(0, start - 50), start),
        ) &&
        /^(?:\s*[,.;:)]|\s+(?:said|says|reported|reports|wrote|writes|quoted|quotes|published|publishes|carried|cited|cites)\b|\s+\p{Lu})/u.test(
          ctx.text.slice(end, end + 12),
        )
      )
        return null;
      return {
        start,
        end,
        type: 'SET',
        value: ADVERB[a] ?? 'P1D',
        stated: [],
        rule: 'recurrence-adverb',
        confidence: 0.8,
        granularity: 'none',
      };
    }
    if (everyUnit) {
      return {
        start,
        end,
        type: 'SET',
        value: UNIT[everyUnit.toLowerCase()] ?? 'P1D',
        stated: [],
        rule: 'recurrence-every',
        confidence: 0.85,
        granularity: 'none',
      };
    }
    // "a year" is a recurrence after "once/twice/times" or a bare count ("at a rate of 15 a
    // year"); a price per unit ("$55 a night", "$2 million a year") is a rate, which TimeBank
    // leaves unmarked.
    const before = ctx.text.slice(Math.max(0, start - 30), start);
    if (art && !/(?:times|once|twice|(?:^|[^$£€¥\d.,])\d[\d,]*)\s*$/i.test(before)) return null;
    return {
      start,
      end,
      type: 'SET',
      value: UNIT[(rateUnit ?? '').toLowerCase()] ?? 'P1D',
      stated: [],
      rule: 'recurrence-rate',
      confidence: 0.7,
      granularity: 'none',
    };
  },
};
