/**
 * Days named relative to the publication date: "today", "yesterday", "tomorrow", "tonight",
 * "last night", "this morning", "yesterday afternoon", "the day before yesterday".
 */
import { addDays, fmtDay } from '../calendar.js';
import type { TimexParser } from '../timex-candidate.js';
import { PARTS_OF_DAY } from '../vocabulary.js';

const OFFSETS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 };

// "the people of tomorrow", "many of today's personal computers", "in today's world": the
// present or future age in general, which names no day (TimeBank leaves it unmarked).
const QUANTIFIER_OF = /\b(?:many|most|some|all|much|few|several|none|any) of\s+$/i;
const GENERIC_AGE =
  /^['’]s\s+(?:world|society|economy|economic climate|generation|youth|children|young|standards|technology|global)\b/i;

const AGE_ADJECTIVE =
  /\b(?:a|an)\s+(?:(?:better|brighter|bright|new|different|distant|uncertain|hopeful|peaceful|safer|greener|stronger|fairer|happier|prosperous|glorious)\s+)?$/i;

function isGenericDayWord(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 24);
  const possessive = /^['’]s\b/.test(after);
  // The newspaper: "a USA TODAY analysis", "USA Today's tally".
  if (/\bUSA\s+$/.test(before) && /^T(?:ODAY|oday)$/.test(text.slice(start, end))) return true;
  if (GENERIC_AGE.test(after)) return true;
  // "hoping for a brighter tomorrow", "imagine a tomorrow where ...": a day word with an
  // article is an age.
  if (AGE_ADJECTIVE.test(before) && /^(?:tomorrow|today)$/i.test(text.slice(start, end))) return true;
  // "the events of today" and "the results of today's vote" name the day; "the leaders of
  // tomorrow" and "many of today's computers" do not.
  if (/^tomorrow$/i.test(text.slice(start, end)) && /\bof\s+$/i.test(before) && !possessive) return true;
  return possessive && QUANTIFIER_OF.test(before);
}

/** Nouns after "overnight" that make it a term (a loan's, a delivery's), not a night. */
const MONEY_AFTER =
  /^\s+(?:(?:[\w-]+\s+){0,2})?(?:interbank|money|rates?|repos?|repurchases?|funds|deposits?|loans?|call|lending|borrowing|system|paper|bills?|index|indexed|libor|financing|service|delivery|deliveries|shipping|mail|express|courier)\b/i;

/** "today", "yesterday morning", "tonight", "last night", "this afternoon". */
export const dayWordParser: TimexParser = {
  name: 'day-word',
  trigger: /today|yesterday|tomorrow|tonight|morning|afternoon|evening|night/i,
  pattern:
    /\b(?:(the day (?:before|after) )?(today|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?|(tonight)|(last|this|tomorrow|yesterday)\s+(morning|afternoon|evening|night)|(overnight))(?![\w-])/gi,
  extract(m, start, ctx) {
    const [surface, dayBefore, word, part1, tonight, which, part2, overnight] = m;
    let offset = 0;
    let part: string | undefined;
    let lead = word?.toLowerCase();
    if (word) {
      offset = OFFSETS[lead ?? ''] ?? 0;
      if (dayBefore) offset += /before/i.test(dayBefore) ? -1 : 1;
      part = part1?.toLowerCase();
    } else if (tonight) {
      part = 'night';
      lead = 'tonight';
    } else if (which) {
      const w = which.toLowerCase();
      part = part2?.toLowerCase();
      offset = w === 'last' ? -1 : w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      // "last night" is the night before; "last evening" the same.
    } else if (overnight) {
      part = 'night';
      offset = -1;
      lead = 'overnight';
    }
    const code = part ? PARTS_OF_DAY[part] : undefined;
    const end = start + surface.length;
    if (word && !dayBefore && !part && isGenericDayWord(ctx.text, start, end)) return null;
    // "you can't do that overnight", "it didn't happen overnight": all at once, no night.
    if (
      overnight &&
      /\b(?:do|did|done|doing|happen|happens|happened|change|changes|changed|accomplished|achieved|disappear|vanish|go away|build|built|fix|fixed|solve|solved|turn around|succeed|win|won)\s+(?:(?:that|it|this|things|anything|everything)\s+)?$/i.test(
        ctx.text.slice(Math.max(0, start - 30), start),
      )
    )
      return null;
    // "overnight interbank money", "overnight repos": the money market's term of a day.
    if (overnight && MONEY_AFTER.test(ctx.text.slice(end, end + 40))) return null;
    // "Sri Lanka will tender overnight": the coming night.
    if (overnight && ctx.tenseAt(start) === 'future') offset = 0;
    const type = code ? ('TIME' as const) : ('DATE' as const);
    const stated = code ? ['part-of-day'] : [];
    if (!ctx.published) {
      return {
        start,
        end,
        type,
        value: 'XXXX-XX-XX' + (code ? 'T' + code : ''),
        stated,
        rule: 'day-word',
        confidence: 0.5,
        granularity: code ? 'part-of-day' : 'day',
        unresolved: true,
      };
    }
    const day = addDays(ctx.published, offset);
    return {
      start,
      end,
      type,
      value: fmtDay(day) + (code ? 'T' + code : ''),
      stated,
      rule: `day-word-${lead ?? part}`,
      confidence: 0.95,
      granularity: code ? 'part-of-day' : 'day',
      day,
      fromPublished: true,
    };
  },
};
