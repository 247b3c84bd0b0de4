/**
 * A year that opens a sentence frames the periods told after it: "Last year, Sand lost 243,064
 * dlrs in the second quarter", "In fiscal 1986 it earned 3 dlrs for the year". A quarter or
 * "the full year" with no year of its own there is that year's, not the publication year's.
 * So is a quarter whose figure is dated right after it ("reported a second quarter loss last
 * year of 1.9 mln dlrs").
 */
import { formatAt } from '../resolve-date.js';
import type { RefineContext, TimexCandidate, TimexRefiner } from '../timex-candidate.js';

/** What may stand before a framing year at the start of a sentence. */
const FRAME_OPENING =
  /^\s*["“]?\s*(?:note\s*[:-]\s*)?(?:(?:but|and|however|meanwhile|still)\s*,?\s+)?(?:(?:in|for|during|through|throughout)\s+(?:(?:all|the whole)\s+of\s+)?)?(?:(?:fiscal|calendar)\s+)?$/i;
/** Words that leave the frame: a contrast, a comparison, a forecast. */
const FRAME_BREAK =
  /;|\b(?:but|while|whereas|compared|comparison|against|versus|vs|than|since|now|currently|recently|recent|lately|later|subsequently|then|this year|expects?|expected|will|would|should|may|might|could|anticipates?|forecasts?|predicts?|projects?)\b/i;
/** Words before the base year of a comparison. */
const COMPARED_BEFORE = /\b(?:from|over)\s+$/i;
/** Nouns of a quarter's figure between it and the year of the figure ("second quarter net income last year"). */
const FIGURE_NOUNS =
  /^(?:\s+(?:net|income|loss|losses|profit|profits|earnings|sales|revenues?|results|operating|pretax|pre-tax))*\s+$/i;
/** "the full year", "the fiscal year", "the year": the whole of a year reported. */
const WHOLE_YEAR = /^the\s+(?:(?:full|fiscal|entire|whole|calendar)\s+)?year$/i;

/** Gives framed quarters and whole years the year of their frame. */
export const yearFrameRefiner: TimexRefiner = {
  name: 'year-frame',
  refine(candidates, ctx) {
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      if (!framable(c, ctx)) continue;
      const frame = frameOf(candidates, i, ctx) ?? figureYear(candidates, i, ctx);
      if (!frame?.day || frame.day.y === c.day?.y) continue;
      const quarter = c.granularity === 'quarter' || c.granularity === 'half';
      const day = { y: frame.day.y, m: quarter && c.day ? c.day.m : 1, d: 1 };
      c.value = formatAt(day, c.granularity);
      c.day = day;
      c.rule = `${c.rule}@frame`;
      c.anchorTo = frame;
      c.fromPublished = frame.fromPublished ?? false;
    }
    return candidates;
  },
};

/** A quarter, half or whole year whose year came from the publication date alone. */
function framable(c: TimexCandidate, ctx: RefineContext): boolean {
  if (c.type !== 'DATE' || !c.fromPublished || c.stated.includes('year') || c.yearCue || !c.day) return false;
  if (c.rule === 'quarter') return c.granularity === 'quarter' || c.granularity === 'half';
  return c.rule === 'year-word' && c.granularity === 'year' && WHOLE_YEAR.test(ctx.text.slice(c.start, c.end));
}

const isYear = (c: TimexCandidate): boolean => c.type === 'DATE' && c.granularity === 'year' && /^\d{4}$/.test(c.value);

/** The year opening the sentence of candidate `i`, when nothing between them leaves its frame. */
function frameOf(candidates: readonly TimexCandidate[], i: number, ctx: RefineContext): TimexCandidate | undefined {
  const c = candidates[i]!;
  if (ctx.tenseAt(c.start) === 'future') return undefined;
  const start = ctx.sentenceStart(c.start);
  for (let j = i - 1; j >= 0; j--) {
    const f = candidates[j]!;
    if (f.end <= start) return undefined;
    // A period the frame already holds ("for the full year, and ... in the fourth quarter").
    if (f.rule.endsWith('@frame') && f.anchorTo && f.anchorTo.start >= start && f.anchorTo.end <= f.start) continue;
    // The base of a comparison inside the frame ("increased 0.7 pct from 1985, reflecting ...").
    if (COMPARED_BEFORE.test(ctx.text.slice(Math.max(0, f.start - 12), f.start))) continue;
    if (!isYear(f) || f.rule.startsWith('year-word')) {
      // Another dated period in between is a frame of its own.
      if (f.stated.includes('year') || f.granularity === 'year') return undefined;
      continue;
    }
    if (!FRAME_OPENING.test(ctx.text.slice(start, f.start))) return undefined;
    return FRAME_BREAK.test(ctx.text.slice(f.end, c.start)) ? undefined : f;
  }
  return undefined;
}

/** "a second quarter loss last year of 1.9 mln dlrs": the year dating the quarter's figure. */
function figureYear(candidates: readonly TimexCandidate[], i: number, ctx: RefineContext): TimexCandidate | undefined {
  const c = candidates[i]!;
  const next = candidates[i + 1];
  if (!next || c.rule !== 'quarter' || !isYear(next)) return undefined;
  if (!/^last year$/i.test(ctx.text.slice(next.start, next.end))) return undefined;
  if (/^['’]/.test(ctx.text.slice(next.end, next.end + 1))) return undefined;
  return FIGURE_NOUNS.test(ctx.text.slice(c.end, next.start)) ? next : undefined;
}
