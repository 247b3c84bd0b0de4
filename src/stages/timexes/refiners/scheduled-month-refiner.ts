/**
 * A month the article names as the time of a scheduled event ("the November election", "November's
 * general election") is that event's month wherever else the article names it alone in a clause
 * that does not tell it in the past: "Republicans have 24 Senate seats up in November", written
 * in June of an election year, is the coming November, not the last. Without the event month
 * named, words of an election that look ahead beside the month tell it too ("if a Republican is
 * elected president in November").
 */
import { formatAt } from '../resolve-date.js';
import type { RefineContext, TimexRefiner } from '../timex-candidate.js';
import { MONTHS } from '../vocabulary.js';

const EVENT =
  '(?:general\\s+|presidential\\s+|midterm\\s+|parliamentary\\s+)?(?:election|elections|vote|ballot|referendum|primary|primaries)';
const MONTH_NAMES = Object.keys(MONTHS)
  .filter((m) => m.length > 3)
  .join('|');
const SCHEDULED_MONTH = new RegExp(
  `\\b(${MONTH_NAMES})(?:['’]s)?\\s+${EVENT}\\b|\\b${EVENT}\\s+(?:in|on)\\s+(${MONTH_NAMES})\\b`,
  'gi',
);

/** Moves a month named alone to the coming occurrence of the event month the article names. */
export const scheduledMonthRefiner: TimexRefiner = {
  name: 'scheduled-month',
  refine(candidates, ctx) {
    const p = ctx.published;
    if (!p) return candidates;
    // The article is read for event months only where a month stands without its year.
    if (!candidates.some((c) => c.granularity === 'month' && !c.stated.includes('year'))) return candidates;
    const months = new Set<number>();
    for (const m of ctx.text.matchAll(SCHEDULED_MONTH)) {
      const month = MONTHS[(m[1] ?? m[2] ?? '').toLowerCase()];
      if (month) months.add(month);
    }
    for (const c of candidates) {
      if (c.granularity !== 'month' || !c.day || c.stated.includes('year') || c.yearCue) continue;
      if (!/^[A-Z][a-z]+$/.test(ctx.text.slice(c.start, c.end))) continue;
      // Only a month behind the publication date moves, to the occurrence within the coming year.
      const behind = c.day.y < p.y || (c.day.y === p.y && c.day.m < p.m);
      if (!behind) continue;
      // Without the event month named, the words around it may tell it: "if a Republican is
      // elected president in November", "those who cared about a candidate who can win in
      // November" (a modal of its own clause looks ahead whatever the tense around it).
      const local = electionSentence(c.start, c.end, ctx);
      if (local === false && !months.has(c.day.m)) continue;
      if (ctx.tenseAt(c.start) === 'past' && local !== 'modal') continue;
      const day = { y: c.day.m > p.m ? p.y : p.y + 1, m: c.day.m, d: 1 };
      c.day = day;
      c.value = formatAt(day, 'month');
      c.rule = `${c.rule}@scheduled-month`;
    }
    return candidates;
  },
};

/** Words of an election near a month: its month is the coming one when the clause looks ahead. */
const ELECTION_WORD =
  /\b(?:win|wins|winning|elected|electing|election|electability|competitive|vote|votes|voters|voting|victory|nominee|ballots?|White House)\b/;
/** The outcome of an election, named before its month. */
const OUTCOME_BEFORE = /\b(?:win|victory|electing|elected|nominee|competitive|White House|in play)\b/;
/** Words that look ahead: a condition, a modal, a run-up ("going into November"). */
const AHEAD_WORD =
  /\b(?:if|whoever|whichever|can|could|must|will|would|might|may|should|going into|come|toward|towards|chances?)\b/i;
/** A modal right before the month, in its own clause ("who can win in November", "must support Clinton in November"). */
const OWN_MODAL =
  /\b(?:can|could|must|will|would|might|may|should)\s+(?:not\s+)?(?:only\s+)?[a-z]+(?:\s+[\w'’.-]+){0,3}\s+in\s+$/;
/** A month that is the base of a comparison ("a jump from November") or a start ("since November"). */
const BASE_BEFORE = /\b(?:from|since|through|until|after)\s+$/i;

/** "a candidate who can win in November", "if a Republican is elected president in November". */
function electionSentence(start: number, end: number, ctx: RefineContext): boolean | 'modal' {
  if (BASE_BEFORE.test(ctx.text.slice(Math.max(0, start - 8), start))) return false;
  const from = Math.max(ctx.sentenceStart(start), start - 60);
  const near = ctx.text.slice(from, Math.min(ctx.sentenceEnd(start), end + 60));
  if (!ELECTION_WORD.test(near)) return false;
  // With no word that looks ahead, a clause with no tense of its own still does when the
  // election's outcome is named before the month ("the heist is key to scoring a White House
  // win in November", "electing a Democrat in November"); not "a poll in January shows".
  if (
    !AHEAD_WORD.test(ctx.text.slice(from, start)) &&
    (ctx.tenseAt(start) !== 'present' ||
      !OUTCOME_BEFORE.test(ctx.text.slice(from, start)) ||
      /\bthat\s+$/i.test(ctx.text.slice(Math.max(0, start - 6), start)))
  )
    return false;
  return OWN_MODAL.test(ctx.text.slice(Math.max(from, start - 30), start)) ? 'modal' : true;
}
