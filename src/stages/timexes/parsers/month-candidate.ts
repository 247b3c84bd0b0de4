/**
 * What the two month-name parsers share: reading the month word, the year (written or
 * implied) and the day into a candidate.
 */
import { fmtDay, fmtMonth, isValidDay } from '../calendar.js';
import { announcesPlan, clauseTense, MOVEMENT_AFTER, pastJustBefore } from '../clause-tense.js';
import { titleCase } from '../inside-name.js';
import { inferYear } from '../resolve-date.js';
import type { Tense, TimexCandidate, TimexParser } from '../timex-candidate.js';
import { DEED_NOUNS, MONTHS } from '../vocabulary.js';

/** Regex source for a year after a month: "2020" or "'19". */
export const YEAR = "(\\d{4}|'\\d\\d)";
/** Regex source for a day of the month: "5", "24th". */
export const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/** The month a month word stands for. */
export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

function fullYear(y: string): number {
  if (y.startsWith("'")) {
    const n = Number(y.slice(1));
    return n < 30 ? 2000 + n : 1900 + n;
  }
  return Number(y);
}

// Words after which a month is a time, not a name ("The Fed in February said").
const PREPOSITION_BEFORE =
  /\b(?:in|on|by|since|until|through|from|during|of|to|for|early|late|mid|last|next|this)\s+$/i;

// Capitalised words a month may follow in running text ("In May", "Early June").
const NOT_A_NAME_BEFORE =
  /\b(?:In|On|By|Since|Until|Through|From|Early|Late|Mid|Last|Next|This|Before|After|During|Of|And|Or|To|For|At|Between|Since|Until|Till|Pay|Payable|Record|Effective|Ended|Ending|Due|Dated)\s+$/;

// Up to two capitalised words and a company's legal form ("Department Stores Co", "Petroleum Inc").
const COMPANY_AFTER =
  /^\s+(?:\p{Lu}[\p{L}&.'’-]*\s+){0,2}(?:Inc|INC|Corp|CORP|Co|CO|Cos|COS|Ltd|LTD|Plc|PLC|LP|L\.P|AG|SA|NV|N\.V|Bancorp|BANCORP|Holdings|HOLDINGS)\b/u;

/** "May", "March" are verbs and names too: a month alone must be capitalized and not "May I". */
export function plausibleMonth(word: string, text: string, end: number): boolean {
  if (!/^[A-Z]/.test(word)) return false;
  const w = word.toLowerCase();
  const start = end - word.length;
  const after = text.slice(end, end + 12);
  if ((w === 'may' || w === 'march') && /^\s+(?:I|we|you|he|she|they|it|be|have|not|also|still|well)\b/i.test(after))
    return false;
  // A wish ("May the odds be ever in our favor", "May God bless") opening its sentence, and a
  // headline's modal after its subject ("It May Surprise You").
  if (
    w === 'may' &&
    ((/^\s+(?:the|God|all|his|her|our|their|your|this|that)\s+(?!\d)/.test(after) &&
      /(?:^|[.!?:;"“”]\s*|\n\s*)$/.test(text.slice(Math.max(0, start - 3), start))) ||
      (/\b(?:It|He|She|They|We|You|This|That|Which|Who|it|he|she|they|we|you|which|who)\s+$/.test(
        text.slice(Math.max(0, start - 8), start),
      ) &&
        /^\s+\p{L}/u.test(after)))
  )
    return false;
  // "“...of the past,” May said", "said Barclays de Zoete's May": a month says nothing (but "The
  // Fed in February said" is the month).
  if (
    (/^\s+(?:said|says|told|added|wrote)\b/.test(text.slice(end, end + 12)) &&
      !PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 12), start))) ||
    /\bsaid\s+(?:(?:\p{Lu}[\p{L}.-]*|de|van|von|da|di|la|le)\s+)*\p{Lu}[\p{L}.-]*['’]s\s+$/u.test(
      text.slice(Math.max(0, start - 50), start),
    )
  )
    return false;
  // "Digital Equipment Corp <DEC>": a ticker symbol in its brackets.
  if (/<\s*$/.test(text.slice(Math.max(0, start - 2), start)) && /^(?:\.[A-Z]+)?\s*>/.test(after)) return false;
  // "May Department Stores Co said", "MAY PETROLEUM INC": a month that opens a company's name
  // (but "In early December Nomura Securities International Inc became" is the month).
  if (
    COMPANY_AFTER.test(text.slice(end, end + 60)) &&
    !PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 12), start))
  )
    return false;
  // "food analyst June Page said": a first name before a surname and a verb of saying.
  if (
    /^\s+\p{Lu}\p{Ll}+,?\s+(?:said|says|told|wrote|added)\b/u.test(text.slice(end, end + 24)) &&
    !PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 12), start))
  )
    return false;
  // "the March on Washington": the noun.
  if (
    w === 'march' &&
    /^\s+(?:on|to|from|against)\s+\p{Lu}/u.test(after) &&
    !/^\s+\w+\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(after)
  )
    return false;
  // The marches the news names: "March on the RNC", "March for Our Lives", "the Women's March"
  // (not "in March on the Senate floor").
  if (
    w === 'march' &&
    (/^\s+(?:(?:on|to|against)\s+the|for(?:\s+(?:Our|the))?)\s+\p{Lu}/u.test(after) ||
      /\b(?:Women|People|Workers|Veterans|Students|Youth)['’]s?\s+$/.test(
        text.slice(Math.max(0, start - 12), start),
      )) &&
    !PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 12), start))
  )
    return false;
  // "Prime Minister Theresa May said", "Jill June, Lori Jungling": a name after a capitalised
  // name or title, unless a day follows or the sentence is a headline in title case.
  const before = text.slice(Math.max(0, start - 24), start);
  return !(
    /\b\p{Lu}[\p{L}.'’-]+\s+$/u.test(before) &&
    // ("Florida's March primary", "the Fed's December increase": a possessive before it.)
    !/['’]s\s+$/.test(before) &&
    !/[.!?]["”’)]*\s+$/.test(before) &&
    !NOT_A_NAME_BEFORE.test(before) &&
    !/(?:^|[.!?:;"“”(]\s*|\n\s*)\p{Lu}[\p{L}.'’-]+\s+$/u.test(before) &&
    !/^\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine)\b)/i.test(after) &&
    // (A list of names, "Jill June, Lori Jungling", looks like title case too.)
    (!titleCase(text, { start, end }) || /^\s*,\s*\p{Lu}\p{L}+\s+\p{Lu}/u.test(after))
  );
}

/** A candidate for a month with an optional day and year; null when the day does not exist. */
const GOVERNING_PAST =
  /(?<!\b(?:be|been|being|is|are|will|to|would|was|were|has|have|had|if|once|unless|when|until)\s+)\b([a-z]{2,}ed|died|born|began|came|fell|left|met|sent|spoke|struck|took|wrote|won|lost)\s+(?:by\s+(?:the\s+|a\s+|an\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+)?(?:on|in)\s+$/;
// Past participles that set or move a date rather than tell what happened on it.
const SETS_DATE =
  /^(?:scheduled|expected|planned|postponed|delayed|extended|deferred|moved|slated|closed|adjourned|suspended|set|required|needed|proposed|called|timed|aimed|targeted|dated|priced|based|listed|filed|registered)$/;

/** Whether the words right before a day are a verb in the past governing it ("posted on"). */
function pastVerbGoverns(before: string): boolean {
  const m = GOVERNING_PAST.exec(before);
  return m !== null && !SETS_DATE.test(m[1]!);
}

// Words ending in -ed that are no verbs in the past ("rapeseed", "a hundred", "related").
const NOT_VERBS_ED =
  '[a-z]*seed|[a-z]*weed|greed|creed|steed|tweed|need|speed|feed|bleed|breed|hundred|kindred|indeed|proceed|exceed|succeed|based|related|limited|unlimited|compared';
const NOT_AFTER_ARTICLE = '(?<!\\b(?:a|an|the|its|their|his|her|our|this|these|those)\\s+)';
// A verb in the past anywhere in a stretch, other than one of saying ("In October, Mrs.
// Clinton, the nominee, proposed ...").
const DEED_VERB = new RegExp(
  `${NOT_AFTER_ARTICLE}\\b(?!(?:said|told|added|reported|announced|stated|noted|expected|scheduled|planned|${NOT_VERBS_ED})\\b)[a-z]{2,}ed\\b`,
);
// One before the time in its clause, other than one of saying, expecting or intending (nor an
// adjective after an article: "at an undisclosed price").
const DEED_VERB_BEFORE = new RegExp(
  `${NOT_AFTER_ARTICLE}\\b(?!(?:said|told|added|reported|announced|stated|noted|predicted|warned|expected|scheduled|planned|proposed|called|threatened|vowed|promised|pledged|hoped|wanted|intended|decided|agreed|${NOT_VERBS_ED})\\b)[a-z]{2,}ed\\b[^.;]*$`,
);

const SEPTEMBER_11 =
  /^\s+(?:terrorist\s+)?(?:attacks|hijack(?:ers|ings?)|terrorists|plotters?|commission|victims|families|responders|terror)\b/i;

// ... or named before them: "Final February retail sales figures will be published".
const STATISTICS_AFTER =
  /^\s+(?:(?!(?:a|an|the)\s)[a-z]+\s+){0,2}(?:figures?|data|statistics|numbers|sales|output|exports|imports|production|inflation|unemployment|payrolls|deficit|surplus|level|total|index)\b/;

// (A noun: "will rise in December", "expected to fall in June" are verbs that look ahead.)
const CHANGE_IN =
  /(?<!\b(?:will|would|to|could|may|might|should|can|must|['’]ll)\s+(?:[a-z]+ly\s+)?)\b(?:fall|rise|drop|decline|increase|gain|growth|slowdown|dip|jump|slump)\s+in\s+$/i;

/** A copula in the past before "until" in its clause ("was head of research until"), not a plan ("was due to"). */
const RUN_UNTIL_BEFORE =
  /\b(?:was|were)\s+(?!(?:to|due|expected|scheduled|set|supposed|going)\b)[^,;:]{0,50}\buntil\s+$/i;
/**
 * Whether the last verb before "until" (`before` ends there) tells what ran up to that time in
 * the past ("Prices rose until", "few made firm commitments until", "moved sharply lower until"),
 * not a deadline set ("was extended until", "delayed its meeting until") or a verb that is not
 * the clause's own past ("won't vote until", "said it could last until").
 */
function ranUntil(before: string): boolean {
  const clause = before.split(/[,;:]/).pop() ?? '';
  const words = [...clause.matchAll(/[\p{L}’'-]+/gu)];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]![0];
    if (/['’]/.test(w) || /^(?:will|would|could|can|may|might|should|must|to|be|been|has|have|had|not)$/i.test(w))
      return false;
    if (!pastJustBefore(w)) continue;
    if (/^(?:was|were|did|said|told)$/i.test(w)) return false;
    const prev = words[i - 1]?.[0] ?? '';
    if (/^(?:was|were|be|been|being|is|are|has|have|had)$/i.test(prev)) return false;
    // ("accepting tendered shares until": a participle before its noun is no verb.)
    if (/^(?:the|a|an|its|their|his|her|our|all|any|of|for|accept|\p{L}+ing)$/iu.test(prev)) return false;
    return !DEADLINE_VERB.test(w) || MOVEMENT_AFTER.test(clause.slice((words[i]!.index ?? 0) + w.length));
  }
  return false;
}

/** "until" right before a month, or before "the end of" one. */
const UNTIL_END = /\b(?:until|till)\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?(?:(?:early|mid|late)[\s-]+)?$/i;
/** Verbs that set the end of a stretch still to come ("was extended until April"). */
const DEADLINE_VERB =
  /\b(?:extended|postponed|delayed|deferred|closed|suspended|adjourned|banned|barred|set|given|granted|pushed|moved|kept|left|scheduled|valid|effective|open)\b/i;
/** A tally told in the past after "through May" ("through May its dealers sold a record"). */
const TALLY_AFTER =
  /^\s*,?\s+(?:[\w'’-]+\s+){0,4}(?:sold|rose|fell|totaled|totalled|reached|gained|increased|decreased|declined|dropped|climbed|grew|earned|lost|posted|shipped|exported|imported|produced)\b/i;
/** Words said, as a noun ("her March comment", "his January remarks"). */
const SAID_AFTER = /^\s+(?:comments?|remarks?|statements?|interview|testimony|tweets?|letter)\b/i;
/** A noun that names a start or an end set ahead ("the July restart will be on one shift"). */
const STARTS_AFTER = /^\s+(?:re)?(?:start|start-?up|launch|opening|shutdown|closure|deadline)s?\b/i;
/** A period still running and the word that gives its end ("the current fiscal year, ending"). */
const CURRENT_PERIOD_ENDS =
  /\b(?:current|this)\s+(?:fiscal\s+|financial\s+|business\s+|crop\s+|marketing\s+)?(?:year|quarter|half|season|period)\s*,?\s+(?:ending|which ends|that ends|to end|ends)\s+(?:on\s+)?$/i;
/** "By early February the board was holding": a "by" that opens its clause, whose verb follows. */
const BY_OPENS_CLAUSE = /(?:^|\bthat\s+|[,;:]\s*)(?:(?:and|but)\s+)?[Bb]y\s+(?:(?:early|mid|late)[\s-]+)?$/;
/** ... and that verb in the past: a state already reached by then, no deadline. */
const PAST_AFTER_OPENED = /^\s*,?\s+(?:[\w'’-]+\s+){0,5}(?:was|were)\b/;
const STATISTICS_BEFORE =
  /\b(?:figures?|data|statistics|numbers|results|sales|output|exports|imports|production|inflation|unemployment|payrolls|deficit|surplus)\s+(?:for|in)\s+$/i;

const FIGURE_ESTIMATED_IN =
  /(?:\d|\b(?:pct|percent|dlrs|dollars|billion|million|mln))\s+(?:forecast|estimate|projection|prediction)s?\s+(?:made\s+|issued\s+)?in\s+$/i;
const DEED_BEFORE = new RegExp(`\\b(?:${DEED_NOUNS})s?\\s+in\\s+$`, 'i');

// Events held at a time fixed in advance, named right after it ("November's general election").
const SCHEDULED_AFTER =
  /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:election|elections|vote|ballot|polls|primary|primaries|caucus(?:es)?|convention|summit|referendum|inauguration|meeting|meetings|session|conference|hearing|talks|auction|tender|visit|trip|deadline)\b/i;
// A commodity's forward month: "April/May/July shipment", "the June contract", "May New York",
// and its days: "for September 1-15 and November 5-20 delivery".
const FORWARD_AFTER =
  /^(?:\s*[-–]\s*\d{1,2})?(?:\s*(?:\/|,|and)\s*(?:(?:early|mid|late)[\s-]+)?[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)?)*\s+(?:(?!(?:a|an|the|its|their)\s)[a-z]+\s+){0,2}(?:shipments?|deliver(?:y|ies)|contracts?|futures|loading|arrivals?)\b/;
// A traded commodity or instrument named by its contract month: "June T-bonds", "July
// soybeans", "April/May butter", "June yen closed" (not a month's tally of it: "January wheat
// exports", "June sugar consumption").
const COMMODITY_AFTER =
  /^(?:\s*\/\s*[A-Z][a-z]+)?\s+(?:T-bonds?|T-bills?|T-notes?|bonds|yen|marks|sterling|Swiss francs|Eurodollars?|wheat|corn|soybeans|soymeal|soyoil|soybean (?:meal|oil)|oats|sugar|cocoa|coffee|cotton|gold|silver|copper|platinum|crude|heating oil|gasoline|live cattle|feeder cattle|cattle|live hogs|hogs|pork bellies|bellies|lumber|orange juice|butter|rubber|palm oil|barley|sorghum|rice)\b(?![-/]|\s+(?:exports?|imports?|sales|production|output|shipments|consumption|estimates?|figures|crop|harvest|plantings|stocks|year|purchases|registrations|acreage|prices|inventor(?:y|ies)|supplies|use|deliveries|receipts|arrivals|auctions?|issues?|payments?|redemptions?)\b)/;
const CONTRACT_TRADES =
  /^\s+(?:offered|bid|closed|settled|finished|paced|led|traded|opened|sold|went|dealt)\b[^.;]{0,40}?(?:\d|\b(?:over|under|lower|higher|nearbys|deferreds|unchanged|steady)\b)/;
// ... and one a purpose is set for: "export registrations for April and May", "earmarked for
// April", "submitted for approval in May".
const FORWARD_BEFORE =
  /(?:\b(?:shipments?|deliver(?:y|ies)|loading|spot)\s+(?:(?:between|for|from)\s+)?|\b(?:shipment|delivery|loading)\s+in\s+|\b(?:registrations?|quotas?|allocations?|tenders?|earmarked|reserved|booked)\s+for\s+|\bfor\s+(?:approval|completion|delivery|release|publication|implementation|consideration|signing|ratification)\s+(?:in|by)\s+)(?:(?:early|mid|late)[\s-]+)?(?:[A-Z][a-z]+\s*(?:\/|,|and)\s*)*$/;

// The same named before it ("the party's convention in July", "the convention in
// Philadelphia in July").
const SCHEDULED_BEFORE =
  /\b(?:election|elections|vote|ballot|primary|primaries|caucus(?:es)?|conventions?|summit|referendum|inauguration)\s+(?:in\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*\s+)?(?:in|on|this|next)\s+$/iu;

const COMPARED_WITH_BEFORE =
  /\b(?:below|above|from|than|with|versus|vs\.?|over|under)\s+(?:a|an|the|its|their|his|her)\s+(?:[a-z]+\s+)?$/i;
const PUBLISHED_FIGURE_AFTER =
  /^\s+(?:forecasts?|estimates?|projections?|figures?|levels?|readings?|surveys?|reports?|targets?|predictions?|budgets?)\b/i;

// Nouns of deeds that, named after their date, have already happened.
const PAST_DEED = new RegExp(`^\\s+(?:${DEED_NOUNS})s?\\b`, 'i');
// Words and rulings already given, named by their day ("reversing an April 13 decision").
const DONE_WORDS_AFTER = /^\s+(?:decision|ruling|verdict|announcement|statement|letter|speech|order|resolution)s?\b/i;

export function monthCandidate(
  start: number,
  end: number,
  month: number,
  dayStr: string | undefined,
  yearStr: string | undefined,
  ctx: Parameters<TimexParser['extract']>[2],
  rule: string,
): TimexCandidate | null {
  const stated = ['month'];
  let year: number | undefined;
  if (yearStr) {
    year = fullYear(yearStr);
    stated.push('year');
  }
  const day = dayStr ? Number(dayStr) : undefined;
  if (day !== undefined) {
    if (day < 1 || day > 31) return null;
    stated.push('day');
  }
  let fromPublished = false;
  let yearCue: TimexCandidate['yearCue'];
  // "the Sept. 11 attacks", "9/11 hijackers": the day the name holds, in 2001.
  if (
    year === undefined &&
    month === 9 &&
    day === 11 &&
    ctx.published &&
    ctx.published.y * 400 + ctx.published.m * 32 + ctx.published.d > 2001 * 400 + 9 * 32 + 11 &&
    SEPTEMBER_11.test(ctx.text.slice(end, end + 30))
  ) {
    year = 2001;
    yearCue = 'past';
  }
  if (year === undefined && ctx.published) {
    // "since March", "the year ended Jan. 31": these words look back whatever the clause says.
    const before = ctx.text.slice(Math.max(0, start - 10), start);
    // So does a date naming a deed already done ("the Feb. 13 death of Justice Scalia").
    const deed =
      (PAST_DEED.test(ctx.text.slice(end, end + 20)) && /\b(?:the|this|last|his|her|its|their)\s+$/i.test(before)) ||
      (day !== undefined &&
        DONE_WORDS_AFTER.test(ctx.text.slice(end, end + 20)) &&
        /\b(?:the|a|an|this|last|his|her|its|their)\s+$/i.test(before));
    // "after the Charleston church massacre in June": the deed named before it, too.
    // So does the month of an earlier figure's estimate ("against the 6.5 pct forecast in
    // December").
    const deedBefore =
      DEED_BEFORE.test(ctx.text.slice(Math.max(0, start - 30), start)) ||
      FIGURE_ESTIMATED_IN.test(ctx.text.slice(Math.max(0, start - 40), start));
    // "a tweet Labott posted on January 23": a day governed by a verb in the past.
    const governed =
      day !== undefined && pastVerbGoverns(ctx.text.slice(Math.max(ctx.sentence.start, start - 40), start));
    // "December's rush to buy dollars": a month used as a possessive is done, unless it holds a
    // scheduled event ("November's election").
    const scheduledAfter = SCHEDULED_AFTER.test(ctx.text.slice(end, end + 40));
    const possessive =
      day === undefined &&
      /^['’]s\b/.test(ctx.text.slice(end, end + 3)) &&
      !scheduledAfter &&
      !/\b(?:through|until|till)\s+$/i.test(before);
    // "Figures for February, out on Monday, are expected to show ...": statistics are of a month
    // already run (or running).
    const statistics =
      day === undefined &&
      (STATISTICS_BEFORE.test(ctx.text.slice(Math.max(0, start - 30), start)) ||
        STATISTICS_AFTER.test(ctx.text.slice(end, end + 40)));
    // "last year's boom around the May elections".
    const lastYears = /\blast year['’]s\s+(?:[\w-]+\s+){0,4}$/i.test(ctx.text.slice(Math.max(0, start - 50), start));
    // "after her March comment that ...": words someone has said are said.
    const saidWords =
      day === undefined &&
      /\b(?:her|his|their|its)\s+$/i.test(before) &&
      SAID_AFTER.test(ctx.text.slice(end, end + 20));
    const bound =
      /\b(?:since|ended|last)\s+$/i.test(before) ||
      saidWords ||
      /(?:\b(?:way|far|dating|going)|^|[,;.]|\n)\s*back in\s+$/i.test(ctx.text.slice(Math.max(0, start - 20), start)) ||
      lastYears ||
      deed ||
      deedBefore ||
      governed ||
      possessive ||
      statistics
        ? 'past'
        : undefined;
    // A deadline ("extended loans through January", "conclude by May") runs on from the
    // clause's time, which is mostly now: it lies ahead whatever the tense of the clause.
    // ("this year through August" is a stretch already run, though.)
    // (Not in the past perfect: "had been paying rent until May".)
    const untilClause = RUN_UNTIL_BEFORE.exec(ctx.text.slice(Math.max(ctx.sentence.start, start - 70), start));
    // ("Prices rose until January", "the dollar moved sharply lower until the end of January":
    // a verb in the past right before "until" ran up to it.)
    const window = Math.max(ctx.sentence.start, start - 40);
    const untilAt = UNTIL_END.exec(ctx.text.slice(window, start));
    const until = untilAt ? window + untilAt.index : -1;
    const runUntil =
      (untilClause !== null && !DEADLINE_VERB.test(untilClause[0])) ||
      (until >= 0 && ranUntil(ctx.text.slice(Math.max(ctx.sentence.start, until - 60), until)));
    const deadline =
      (/\b(?:by|through|until|till|(?:no|not) later than)\s+(?:(?:early|mid|late)[\s-]+|this\s+)?$/i.test(
        ctx.text.slice(Math.max(0, start - 20), start),
      ) ||
        // "extended to April 3 from March 13 its offer": a date moved to is still to come.
        /\b(?:extended|postponed|delayed|moved|deferred|rescheduled|put off|pushed back)\s+(?:[\w'’-]+\s+){0,3}to\s+$/i.test(
          ctx.text.slice(Math.max(0, start - 50), start),
        )) &&
      !/\bhad\b/i.test(
        ctx.text.slice(Math.max(ctx.sentence.start, start - 70), Math.min(ctx.sentence.end, end + 50)),
      ) &&
      !/\b(?:year|from\s+\S+|since\s+\S+)\s+through\s+$/i.test(ctx.text.slice(Math.max(0, start - 30), start)) &&
      // A stretch told as run: "was head of research until January", "through May its dealers
      // sold a record 643,000 cars".
      !runUntil &&
      !(/\bthrough\s+$/i.test(before) && TALLY_AFTER.test(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 50)))) &&
      !(
        BY_OPENS_CLAUSE.test(ctx.text.slice(ctx.sentence.start, start)) &&
        (PAST_AFTER_OPENED.test(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 60))) ||
          TALLY_AFTER.test(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 50))))
      );
    // "the current fiscal year, ending October 31": the end of a period still running is ahead.
    const currentEnds = CURRENT_PERIOD_ENDS.test(ctx.text.slice(Math.max(0, start - 60), start));
    let tense: Tense = deadline || currentEnds ? 'future' : runUntil ? 'past' : ctx.tenseAt(start);
    // A scheduled event or a commodity's forward month ("for May/June shipment", "the June
    // contract", "spot May sugar").
    // (Plural "shipments" after a month are a tally, "the January total shipments", unless the
    // month is what they are for: "for various May/Aug shipments".)
    const forwardAfter = FORWARD_AFTER.exec(ctx.text.slice(end, end + 40));
    const forward =
      (forwardAfter !== null &&
        (!/(?:shipments|deliveries|contracts|loadings|arrivals)$/.test(forwardAfter[0]) ||
          /\bfor\s+(?:[\w-]+\s+)?$/i.test(ctx.text.slice(Math.max(0, start - 20), start)))) ||
      FORWARD_BEFORE.test(ctx.text.slice(Math.max(0, start - 50), start)) ||
      (day === undefined &&
        COMMODITY_AFTER.test(ctx.text.slice(end, end + 40)) &&
        !/\b(?:in|since|during|last|of|through|until)\s+$/i.test(ctx.text.slice(Math.max(0, start - 12), start))) ||
      // "July paced nearbys lower", "June offered 0.50 over, bid 0.40 over": in a market report a
      // month that trades (not one after a preposition) is a contract month, still to come.
      (day === undefined &&
        !PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(0, start - 12), start)) &&
        CONTRACT_TRADES.test(ctx.text.slice(end, end + 50)));
    const scheduled = scheduledAfter || SCHEDULED_BEFORE.test(ctx.text.slice(Math.max(0, start - 60), start));
    let weak = false;
    // "the February meeting", "at a March meeting": a month between an article and a noun.
    const attributive =
      day === undefined &&
      /(?:\b(?:the|a|an|its|their|his|her)|\p{L}['’]s)\s+(?:[a-z]+\s+)?$/iu.test(
        ctx.text.slice(Math.max(0, start - 24), start),
      ) &&
      /^\s+[a-z]{3,}/.test(ctx.text.slice(end, end + 12));
    // "El Paso Electric's January rate case will remain before the commission": a look ahead
    // told only after the noun a month modifies is that noun's fate, not the month's.
    if (
      attributive &&
      tense === 'future' &&
      !currentEnds &&
      !deadline &&
      !forward &&
      !STARTS_AFTER.test(ctx.text.slice(end, end + 20))
    ) {
      const own = clauseTense(ctx.text, { start: ctx.sentence.start, end }, start);
      if (own !== 'future') tense = own;
    }
    // "come November", "November's election", "takes office in January": a time set ahead,
    // unless the clause tells it in the past ("lost November's election").
    if (bound) tense = 'past';
    // "below a December forecast of 2.91 billion", "up from the January estimate": a figure
    // measured against was already published, whatever the clause says of the new one.
    else if (
      attributive &&
      COMPARED_WITH_BEFORE.test(ctx.text.slice(Math.max(0, start - 30), start)) &&
      PUBLISHED_FIGURE_AFTER.test(ctx.text.slice(end, end + 20))
    )
      tense = 'past';
    // "ahead of the Nov. 8 election": what something is ahead of is still to come; so is what
    // "come November" waits for, however the clause around it is told.
    else if (
      /\bahead of\s+(?:the\s+|this\s+|next\s+)?$/i.test(ctx.text.slice(Math.max(0, start - 20), start)) ||
      /(?:^|[^\p{L}])come\s+$/iu.test(before)
    )
      tense = 'future';
    // "reimposing quotas before October remained on the agenda": the nearer one, leaning ahead.
    else if (day === undefined && tense !== 'future' && /\bbefore\s+$/i.test(before)) {
      tense = 'future';
      weak = true;
    }
    // A commodity's forward month is ahead whatever the report's tense.
    else if (forward) tense = 'future';
    // "expected to show a 26 pct fall in February": a change measured over a month is mostly of
    // one already run; the nearer, leaning back.
    else if (day === undefined && CHANGE_IN.test(ctx.text.slice(Math.max(0, start - 40), start))) {
      tense = 'past';
      weak = true;
    } else if (
      /\bcome\s+$/i.test(before) ||
      scheduled ||
      (tense === 'present' && announcesPlan(ctx.text.slice(Math.max(ctx.sentence.start, start - 70), start)))
    ) {
      // Told in the past ("analysts said that should dampen speculation of an early June
      // election"), a scheduled time is the nearer one, the tense tipping it only as for a day.
      // (A deed told before it keeps it behind: "scored successes in state elections in June".)
      // So is one named as a modifier ("at a March meeting"), whatever the tense.
      if (tense === 'past')
        weak = !DEED_VERB_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 90), start));
      // With no tense cue at all ("the convention in July"), it is the nearer one, leaning ahead
      // (as a modifier, "at a March meeting", not even leaning).
      else if (tense === 'present' && scheduled && attributive) weak = true;
      else if (tense === 'present' && scheduled) {
        tense = 'future';
        weak = true;
      } else if (!attributive) tense = 'future';
    }
    // A month as a modifier ("the February meeting", "a February slowing") is pulled weakly by
    // the tense when it is close; "will blow a November matchup" eight months off looks ahead.
    year = inferYear(
      ctx.published,
      month,
      day,
      tense,
      bound,
      weak
        ? 'weak'
        : attributive
          ? 'near'
          : DEED_VERB_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 40), start)) ||
              (/^,/.test(ctx.text.slice(end, end + 1)) &&
                DEED_VERB.test(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 90))))
            ? 'strong'
            : undefined,
    );
    fromPublished = true;
    if (bound) yearCue = 'past';
    else if (forward || deadline) yearCue = 'future';
  }
  const base = {
    start,
    end,
    type: 'DATE' as const,
    stated,
    rule,
    confidence: year === undefined ? 0.6 : 0.95,
    ...(yearCue && { yearCue }),
  };
  if (day !== undefined) {
    if (year === undefined) {
      return {
        ...base,
        value: `XXXX-${fmtMonth(0, month).slice(5)}-${String(day).padStart(2, '0')}`,
        granularity: 'day',
        unresolved: true,
      };
    }
    const d = { y: year, m: month, d: day };
    if (!isValidDay(d)) return null;
    return { ...base, value: fmtDay(d), granularity: 'day', day: d, fromPublished };
  }
  if (year === undefined) {
    return { ...base, value: `XXXX-${String(month).padStart(2, '0')}`, granularity: 'month', unresolved: true };
  }
  return {
    ...base,
    value: fmtMonth(year, month),
    granularity: 'month',
    day: { y: year, m: month, d: 1 },
    fromPublished,
  };
}
