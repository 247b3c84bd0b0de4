/**
 * The tense of the clause around an expression, from the nearest verb cue near it in its
 * sentence: news reports past events in the past tense ("gathered on Thursday") and announces
 * coming ones with "will", "is to", "is scheduled to" ("will meet on Monday"). With no cue the
 * answer is 'present' (unknown); each resolver decides what that means for it.
 */
import type { Span } from '../../core/span.js';
import type { Tense } from './timex-candidate.js';

const FUTURE =
  /\b(?:will|won['’]t|shall|['’]ll|going to|(?:is|are)\s+(?:(?:now|still|also|currently|originally)\s+)?(?:to|scheduled|set|expected|slated)|(?:was|were) to|(?:is|are) due|(?:is|are) supposed to|(?:has|have|needs?) to be|(?:was|were) due to|scheduled|planned for|to be held|(?<=,\s*)to be [a-z]+(?:ed|en)\b|would(?!\s+have\b)|(?:could|might)(?=\s+(?:still\s+|also\s+|well\s+)?(?!have\b|not\b|be\s+[a-z]+ed\b)[a-z]+\b)|upcoming|looming|(?:an|the)\s+(?:expected|anticipated)(?=\s+[a-z]+)|(?:is|are|seems?|looks?)\s+(?:highly\s+|very\s+|more\s+|less\s+)?(?:un)?likely to|look(?:s|ing)? ahead to|(?<!\b(?:was|were|been)\s)due (?:in|by|on|for)|payable|as soon as|as early as|until|plans? to|planned to|planning to|plann(?:ed|ing) (?:a|an) |intends? to|decided to|set to|due to(?!\s+(?:the|a|an|its|their|his|her|this|that|these|those|lower|higher|weak|strong|poor|bad|good|cold|heavy|high|low|\d|[\w]+-|[a-z]{2,}(?<!e)ed\b|(?!bring\b)[a-z]{3,}ing\b))|expected to|expects? to|anticipates?|predicts|expect(?:s|ed)?\s+(?:[\w'’-]+\s+){1,3}to\s+(?:win|lose|be|take|make|get|have|become|pass|vote|win|face|meet|announce|sign|visit|attend)|agreed to|agreement to|aims? to|hopes? to|wants? to|slated|(?:vow|vows|vowed|promise|promises|promised|pledge|pledges|pledged) to|(?:is|are|was|were) bent on)\b/gi;
// ("due to" before a determiner, an adjective or a participle gives a cause, not a date: "due
// to tax-induced buying", "due to rising costs".)
// Past cues are case-sensitive so that names ending in -ed ("United") are not verbs. Irregular
// past forms are listed where they cannot be read as a present or a noun ("put", "cut", "set",
// "read", "hit" and "left" can, and are left out).
const PAST =
  /\b(?:[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|said|told|ago|[a-z]{2,}ed|[Ss]ince|arose|ate|awoke|began|became|bled|blew|broke|brought|bought|built|came|caught|chose|clung|crept|dealt|drank|drew|drove|dug|fed|forgave|foresaw|found|fell|felt|fled|flew|fought|forbade|forgot|froze|gave|got|grew|heard|held|hid|hung|kept|knew|laid|led|lost|made|meant|met|oversaw|overthrew|paid|ran|rang|rose|sank|sat|saw|seen|shrank|slid|sold|sent|shot|shook|slept|sought|sped|spent|spoke|sprang|spun|stole|stood|strode|struck|swept|swore|swam|sang|rode|took|taught|thought|threw|tore|understood|undertook|upheld|went|wept|withdrew|withheld|woke|won|wore|wove|wrote)\b/g;
// "may" is read apart, case-sensitive, so that the month is no cue; "may have" looks back and
// "may be picking up" tells the present.
// Unlike "could", it has no past reading: "may not be ready until June", "may be authorised up
// to end-September" look ahead.
const MAY = /\bmay(?=\s+(?:still\s+|also\s+|well\s+|soon\s+|not\s+)?(?!have\b|be\s+[a-z]+ing\b)[a-z]+\b)/g;
const NOT_PAST =
  /^(?:scheduled|expected|planned|need|indeed|proceed|exceed|succeed|embed|[a-z]*seed|[a-z]*weed|greed|creed|steed|tweed|speed|feed|bleed|breed|bred|hundred|kindred|based|related|unlimited|limited|compared)$/;
// A future cue in the past perfect ("had been scheduled to expire Friday") is a plan that
// already fell due.
// A determiner or a preposition (and adverbs) right before an -ed word makes it an adjective
// ("at certified prices");
// "that" only after a preposition ("in that proposed deal"), as elsewhere it opens a relative
// clause ("a party that scored successes").
const ATTRIBUTIVE =
  /(?:\b(?:a|an|the|its|their|his|her|our|this|these|those|at|of|in|for|with|by|from|on|into|over|under|about)|(?<=\b(?:in|of|on|for|with|to|by|at|from|about|under|over)\s+)that)\s+(?:(?:still|newly|recently|previously|widely|long|already|not|yet|as)\s+)?$/i;
const PAST_PERFECT = /\bhad(?: been)?\s+$/i;
// Quotation marks between a cue and the expression: the reporting verb outside a quote does
// not give the tense of what the quote says.
const QUOTE = /["“”]|``|''/;

// Words that may stand before a time adverbial fronted at the start of its sentence ("On
// Tuesday, the league plans to ...", "In January, a week after the anniversary, he was shot").
const FRONTED = /^\W*(?:(?:and|but|then|also|on|in|by|since|early|late|last|next|this|that|until|till)\s+)*$/i;
// "Until Thursday, they had not called him a suspect": "until" up to a past point.
const UNTIL_PAST = /\b[Hh]ad(?:\s+(?:not|never|only|just|already))?\s+(?:[a-z]{2,}ed|been|[a-z]+en)\b/;

// (A clause of its own: a participle after the comma, "said, estimating earnings of 70 cts
// in the first quarter", still tells what was said then.)
const SAID_AND_COMMA = /^\s*,\s+(?:because|but|and|although|though|while|whereas|so|if|unless)\b/;
const SAYING = /^(?:said|told|added|reported|announced|stated|noted|wrote)$/;
const DATE_BEFORE =
  /(?:\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|\d)\W*$/;

/** How far around an expression a cue may be to count (characters). */
const BEFORE = 90;
const AFTER = 40;

// "its record high set on Aug. 6": a record already reached; "set" alone could be any tense.
const RECORD_SET = /\b(?:record|high|low|peak|level)s?\s+(?:set|hit|reached|touched)\s+(?:on|in)\s+$/i;

/** The tense at `offset` inside `sentence` of `text`. */
export function clauseTense(text: string, sentence: Span, offset: number): Tense {
  if (RECORD_SET.test(text.slice(Math.max(sentence.start, offset - 40), offset))) return 'past';
  // A fronted adverbial modifies the main clause that follows it, however long the subject
  // between them: the first verb cue of the sentence after it gives the tense.
  if (FRONTED.test(text.slice(sentence.start, offset))) {
    const prepositional = /\b(?:on|in|by|since|until|till)\s+(?:(?:early|late|last|next|this|that)\s+)?$/i.test(
      text.slice(sentence.start, offset),
    );
    const fronted = frontedTense(text.slice(offset, sentence.end), prepositional);
    if (fronted) return fronted;
  }
  let from = Math.max(sentence.start, offset - BEFORE);
  // Not from inside a word: "designed" cut to "esigned" would read as a verb in the past.
  while (from > sentence.start && from < offset && /\w/.test(text[from - 1] ?? '') && /\w/.test(text[from] ?? ''))
    from++;
  const to = Math.min(sentence.end, offset + AFTER);
  const s = text.slice(from, to);
  const at = offset - from;
  // The words right before a cue, read from the sentence rather than the window, which may
  // cut them ("...re designed" for "are designed").
  const before = (index: number, n: number): string =>
    text.slice(Math.max(sentence.start, from + index - n), from + index);
  let best: Tense = 'present';
  let bestDist = Infinity;
  // "Obama, dedicating the museum on Saturday, said it would tell ...": past a verb of saying
  // after the expression, the words are what was said, not the expression's clause.
  const saying = /\b(?:said|says|told|added|reported|announced|stated|noted|wrote)\b/.exec(s.slice(at));
  let reach = saying ? at + saying.index + saying[0].length : s.length;
  // "Trump's announcement Friday that he would endorse Ayotte", "said Friday that he will
  // resign": a clause opened by "that" right after the time is what was said, not when.
  const content = /^\S+(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+that\b/.exec(s.slice(at));
  if (content) reach = Math.min(reach, at + content[0].length - 4);
  // "struggled to answer a question on Sunday about how he would form a coalition": a question
  // opened after the time is its own clause.
  const question = /\s(?:how|whether|why|what)\b/i.exec(s.slice(at));
  if (question) reach = Math.min(reach, at + question.index);
  // "Sanders, who did win Rhode Island on Tuesday, would likely place ...": inside a relative
  // clause set off by commas, what follows its closing comma is another clause.
  if (/,\s*(?:who|which)\b[^,;]*$/.test(s.slice(0, at))) {
    const close = s.indexOf(',', at);
    if (close >= 0) reach = Math.min(reach, close);
  }
  // "The spokesman said that on Thursday and Friday Smith would meet ...": an expression that
  // opens a clause after "that" belongs to that clause, not to the verb that introduces it.
  const opensClause = /\bthat\s+(?:(?:on|in|at|by|from|until|next|last|this|early|late|the)\s+)?$/i.exec(
    s.slice(0, at),
  );
  const clauseStart = opensClause ? opensClause.index : -1;
  const consider = (m: RegExpExecArray, tense: Tense, weight = 1): void => {
    if (m.index >= reach) return;
    if (m.index < clauseStart) return;
    const between = m.index < at ? s.slice(m.index + m[0].length, at) : s.slice(at, m.index);
    if (QUOTE.test(between)) return;
    // Cues before the expression govern it more often than cues after it.
    const d = (m.index < at ? at - m.index : (m.index - at) * 2) * weight;
    if (d < bestDist) {
      bestDist = d;
      best = tense;
    }
  };
  let m: RegExpExecArray | null;
  FUTURE.lastIndex = 0;
  while ((m = FUTURE.exec(s)) !== null) {
    if (PAST_PERFECT.test(before(m.index, 12))) consider(m, 'past');
    // "from the beginning of December until the rate cut in late January": "until" after a date
    // ends a stretch, it does not look ahead.
    else if (/^unti/i.test(m[0]) && DATE_BEFORE.test(before(m.index, 14))) continue;
    else if (/^unti/i.test(m[0]) && (UNTIL_PAST.test(s) || pastJustBefore(s.slice(Math.max(0, m.index - 24), m.index))))
      consider(m, 'past');
    // "CITIC in May agreed to invest": an intention told in the past after the time is the act
    // the time dates, not what it intends.
    else if (
      m.index > at &&
      /^(?:agreed|decided|planned|promised|vowed|pledged|wanted|hoped|intended|aimed) to/i.test(m[0])
    )
      consider(m, 'past');
    // "was to arrive on Monday" is a plan seen from the past, which may since have passed;
    // "if he were to win in November", "days before it was to report" still look ahead.
    else if (planFromPast(m[0], before(m.index, 40))) continue;
    // "could", "might" look ahead from before the time only: "a deal reached in July could
    // lead to ..." tells what the past deed may bring.
    else if (m.index > at && /^(?:could|might)$/i.test(m[0])) continue;
    // So does "is likely to": "industrial production, down in January, is likely to turn".
    else if (m.index > at && /likely to$/i.test(m[0])) continue;
    else consider(m, 'future');
  }
  MAY.lastIndex = 0;
  // As with "could", a "may" after the time tells what the dated deed may bring.
  while ((m = MAY.exec(s)) !== null) if (m.index < at) consider(m, 'future');
  PAST.lastIndex = 0;
  while ((m = PAST.exec(s)) !== null) {
    if (NOT_PAST.test(m[0])) continue;
    // "will be held": a participle after "be" takes its tense from the auxiliary before it.
    // (So does one coordinated with it: "has to be debated and voted on".)
    // (With an adverb between: "before it is officially reported".)
    if (/\b(?:be(?:ing)?|is|are)\s+(?:[a-z]{2,}ly\s+)?(?:[a-z]{2,}ed\s+(?:and|or)\s+)?$/i.test(before(m.index, 40)))
      continue;
    // "were planning to", "was about to": the auxiliary of a plan, whose tense the plan gives.
    if (
      /^[Ww]/.test(m[0]) &&
      /^\s+(?:planning|preparing|going|about|set|due|expected|scheduled|slated)\b/.test(s.slice(m.index + m[0].length))
    )
      continue;
    // "a still unspecified date", "the proposed merger": a participle after a determiner is an
    // adjective, not a verb in the past.
    if (ATTRIBUTIVE.test(before(m.index, 16))) continue;
    // "the so-called triple witching", "state-owned": the second half of a compound adjective.
    if (/[a-z]-$/i.test(before(m.index, 2))) continue;
    // "He's leaning toward Kasich, he said, because he prizes reclaiming the White House in
    // November": a verb of saying set off by a comma before a clause of its own that holds the
    // time attributes it, and the clause keeps its own tense.
    if (m.index < at && SAYING.test(m[0]) && SAID_AND_COMMA.test(s.slice(m.index + m[0].length, at))) continue;
    // "expect to close the deal in June, LVI said": an attribution after a comma reports the
    // clause; it gives its tense only where the clause itself has no nearer cue.
    consider(m, 'past', m.index > at && SAYING.test(m[0]) && /,/.test(s.slice(at, m.index)) ? 3 : 1);
  }
  // A clause opened after "that" may put its verb far on ("that on Thursday and Friday Deputy
  // U.S. Trade Representative Michael Smith would meet"): its first cue gives the tense.
  if (best === 'present' && opensClause)
    return firstCue(text.slice(offset, Math.min(sentence.end, offset + 160))) ?? best;
  // A long subject may put the main verb far before the time, with no comma or quotation
  // between ("Trump will follow Clinton's Tuesday speech denouncing his economic policies with
  // a speech of his own Wednesday morning"): the future cue of that one clause still governs.
  if (best === 'present' && from > sentence.start) {
    const head = text.slice(sentence.start, from);
    if (!/[,;:"“”]/.test(head) && !/[,;:"“”]/.test(s.slice(0, at))) {
      const last = lastFuture(head);
      if (last && !/^(?:could|might|until|as soon as|as early as)/i.test(last[0])) return 'future';
    }
  }
  return best;
}

/** Verbs that set a time still ahead however they are told ("postponed until Tuesday"). */
const DEADLINE_VERBS =
  'postponed|extended|delayed|deferred|closed|suspended|adjourned|banned|barred|held|gave|given|allowed|granted|pushed|moved|set';
const SETS_DEADLINE = new RegExp(`^(?:${DEADLINE_VERBS})$`);
// ("were postponed until": the auxiliary of a verb that sets a deadline.)
const DEADLINE_AFTER = new RegExp(`^\\s+(?:[a-z]+ly\\s+)?(?:${DEADLINE_VERBS})\\b`);

/**
 * "kept going until nearly 2 a.m. Friday", "lasted until Monday": a verb in the past right
 * before "until" (in `before`, the words just before it) makes the end point past too, unless
 * it sets a deadline.
 */
export function pastJustBefore(before: string): boolean {
  PAST.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAST.exec(before)) !== null)
    if (
      !NOT_PAST.test(m[0]) &&
      !/^[Ss]ince$/.test(m[0]) &&
      !(/^(?:[Ww]as|[Ww]ere)$/.test(m[0]) && DEADLINE_AFTER.test(before.slice(m.index + m[0].length))) &&
      // ("the dollar moved sharply lower until", "held steady until": a movement, no deadline.)
      (!SETS_DEADLINE.test(m[0]) || MOVEMENT_AFTER.test(before.slice(m.index + m[0].length)))
    )
      return true;
  return false;
}

/** What a verb that may set a deadline is followed by when it tells a movement instead. */
export const MOVEMENT_AFTER = /^\s+(?:[\w-]+\s+)?(?:higher|lower|up|down|steady|steadily|firm|flat|sideways)\b/i;

/** "was to arrive" is no future cue unless "if", "unless" or "before" opens its clause. */
function planFromPast(cue: string, before: string): boolean {
  return /^(?:was|were) to$/i.test(cue) && !/\b(?:if|unless|before)\s+(?:[\w'’]+\s+){1,3}$/i.test(before);
}

/** The first future cue in `text` (from `FUTURE`), skipping plans seen from the past. */
function firstFuture(text: string): RegExpExecArray | null {
  FUTURE.lastIndex = 0;
  let f: RegExpExecArray | null;
  while ((f = FUTURE.exec(text)) !== null && planFromPast(f[0], text.slice(Math.max(0, f.index - 40), f.index)));
  return f;
}

/** The last future cue in `text`, skipping plans seen from the past. */
function lastFuture(text: string): RegExpExecArray | null {
  FUTURE.lastIndex = 0;
  let f: RegExpExecArray | null;
  let last: RegExpExecArray | null = null;
  while ((f = FUTURE.exec(text)) !== null)
    if (!planFromPast(f[0], text.slice(Math.max(0, f.index - 40), f.index))) last = f;
  return last;
}

/** The tense of the first verb cue in `rest` (undefined if none). */
function firstCue(rest: string): Tense | undefined {
  const f = firstFuture(rest);
  PAST.lastIndex = 0;
  let p: RegExpExecArray | null;
  while ((p = PAST.exec(rest)) !== null && NOT_PAST.test(p[0]));
  if (f && (!p || f.index < p.index)) return 'future';
  return p ? 'past' : undefined;
}

/** The tense of the first verb cue after a sentence-initial adverbial (undefined if none). */
function frontedTense(rest: string, prepositional: boolean): Tense | undefined {
  // The adverbial itself ends at its comma; cues before it belong to it ("a week after ...").
  const comma = rest.indexOf(',');
  if (comma < 0) return undefined;
  // Unless a prepositional adverbial goes on into its clause without a comma ("On Wednesday
  // the court will link the cases ..., they added"): then the comma closes that clause, whose
  // verb gives the tense. (Without a preposition the time may be part of the subject:
  // "February consumer credit numbers are due on Wednesday, ...".)
  const head = rest.slice(0, comma);
  if (prepositional && head.trim().split(/\s+/).length > 5) {
    const own = firstCue(head);
    if (own) return own;
  }
  let after = rest.slice(comma + 1);
  if (QUOTE.test(after)) after = after.slice(0, after.search(QUOTE));
  let first: { i: number; t: Tense } | undefined;
  const f = firstFuture(after);
  if (f && !PAST_PERFECT.test(after.slice(Math.max(0, f.index - 12), f.index))) first = { i: f.index, t: 'future' };
  PAST.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAST.exec(after)) !== null) {
    if (NOT_PAST.test(m[0]) || /\bbe(?:ing)?\s+$/i.test(after.slice(Math.max(0, m.index - 7), m.index))) continue;
    if (!first || m.index < first.i) first = { i: m.index, t: 'past' };
    break;
  }
  return first?.t;
}

// Verbs in the simple present that announce a scheduled act ("meet Monday", "faces a test on
// Tuesday", "takes office in January", "Pakistan tenders on Saturday"), with what they govern before the time (no clause
// break); not an infinitive ("let the offensive begin Saturday night") nor a noun ("the vote").
const NOT_A_SUBJECT =
  '(?<!\\b(?:to|let|lets|will|would|could|can|may|might|must|should|did|does|do|not|and|or|the|a|an|this|that|its|their|his|her|our)\\s+)';
const PRESENT_PLAN = new RegExp(
  // A third-person form ("the plan faces"), or a plain one after a plural, a name or a pronoun
  // ("the two leaders meet", "Clinton and Trump meet"; not "talk show host Seth Meyers").
  `${NOT_A_SUBJECT}(?:\\b(?:meets|faces|plays|hosts|visits|travels|heads|flies|returns|arrives|opens|begins|resumes|debates|votes|hears|convenes|reconvenes|leaves|launches|takes office|tenders|auctions|holds|starts|closes|expires|announces|releases|publishes|takes effect|goes to the polls|reports (?:earnings|results)|testifies|addresses|unveils|appears in court|rules on|decides on|kicks off|wraps up)|(?<=(?:\\b\\p{Lu}[\\p{L}.'’-]*|\\b(?:he|she|they|we|I|it|who|that|which)|[a-z]{2,}s)\\s+)(?:meet|face|play|host|visit|travel|head|fly|return|arrive|open|begin|resume|debate|vote|hear|convene|reconvene|leave|launch|take office|tender|auction|hold|start|close|expire|announce|release|publish|take effect|go to the polls|report (?:earnings|results)|testify|unveil|appear in court|rule on|decide on|kick off|wrap up))\\b[^.,;:!?"“”]{0,60}$`,
  'u',
);
const BARE_INFINITIVE_BEFORE =
  /\b(?:let|lets|make|makes|made|help|helps|helped|watch|watched|saw|see|sees)\s+(?:[\w'’-]+\s+){0,3}$/i;

/**
 * Whether the words before a time (`window`, in its sentence) announce it with the simple
 * present of a scheduled act: "Clinton and Trump meet Monday at Hofstra".
 */
export function announcesPlan(window: string): boolean {
  const plan = PRESENT_PLAN.exec(window);
  return plan !== null && !BARE_INFINITIVE_BEFORE.test(window.slice(0, plan.index));
}
