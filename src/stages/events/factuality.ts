/**
 * How the article presents an event mention: as happening (asserted), resting on a source
 * (reported), planned, called for, threatened, denied (negated), imagined (hypothetical) or
 * recalled from long ago (historical). Read from cue words in the clause before the trigger,
 * from years in the sentence, and from attributions and quotes that cover the mention.
 */
import type { Doc } from '../../core/doc.js';
import type { Factuality } from '../../core/layers.js';
import type { Span } from '../../core/span.js';
import { isModelYear } from '../../lexicons/vehicle-makes.js';

const NEGATED =
  /\b(?:(?:did not|didn't|does not|doesn't|was not|wasn't|were not|weren't|has not|have not|had not|never|no|denied (?:that )?(?:any )?)\s+(?:[\w’'-]+\s+){0,2}|(?:prevent|avert)(?:ed|ing|s)?\s+(?:(?:a|an|the|any|further|more|new|another|possible|planned|[\w-]+ed)\s+){0,2}|(?<=\s)not\s+(?:yet\s+|been\s+)?|\b(?:no\s*one|nobody|none)\s+(?:else\s+|of\s+(?:them|the\s+[\w-]+)\s+)?(?:was|were|has\s+been|have\s+been|had\s+been)\s+|no\s+(?:immediate\s+|further\s+|other\s+|official\s+|confirmed\s+)?(?:reports?|word|signs?|indications?|evidence|information|news)\s+(?:of\s+)?(?:any\s+)?|\bneither\s+(?!confirm)(?:[\w’'-]+,?\s+(?:n?or\s+)?){0,3})$/i;
const HYPOTHETICAL =
  /\b(?:if|unless|would|could|might|(?<!\d\s)may(?!\s+\d)|fears?(?: of)?|feared|possible|potential|(?:the|any) next|future|would-be|risk of|threat of|(?:possibility|prospect|danger|likelihood|chance)s? of|needs? to be|must be|ought to be|should be|(?:more|less|most|least|as)\s+likely\s+to|tends?\s+to|can|cannot|can['’]t)\s+(?:[\w’'-]+\s+){0,3}$/i;
/** The participles listed before a later one: "injured, arrested or ", "injured, ", "hurt and ". */
const PARTICIPLE_LIST_TAIL = /(?:[\w-]+(?:ed|en|t)\s*,\s*)*[\w-]+(?:ed|en|t)(?:\s*,\s*|,?\s+(?:and|or)\s+)$/i;
/** What someone could not do, through a chain of words to an infinitive. */
const UNABLE_TO =
  /\b(?:couldn['’]t|could not|cannot|can['’]t|unable|failed|fails|failing)\s+(?:to\s+)?(?:[\w’'-]+\s+){0,6}?to\s+$/i;
/**
 * A plan told through a chain of infinitives ("planned to bus in supporters to stage a protest",
 * "plans to join her supporters at the rally"): the event is what is planned.
 */
const PLANNED_CHAIN =
  /\b(?:plans?|planned|planning|intends?|intended|intending|hopes?|hoped|hoping|aims?|aimed|aiming|(?:is|are|was|were) going|prepar(?:es|ed|ing)|vow(?:s|ed)?|promis(?:es|ed))\s+to\s+(?:[\w’'-]+\s+){0,10}$/i;

/** Verbs whose object is an event that already happened. */
const AFTER_THE_FACT =
  /\b(?:end|stop|break up|disperse|ban|prevent|halt|suspend|call off|crush|quell|contain|investigate|probe|respond|retaliate|avenge|punish|condemn|mourn|remember|commemorate|cover|report|document|explain|justify|defend)\b/i;

/** The trigger as the modifier of a word that says it did not happen ("a bomb threat"). */
const NOT_HAPPENED_HEAD: [RegExp, Factuality][] = [
  [/^\s+(?:threats?|scares?|hoax(?:es)?|warnings?|alerts?)\b/i, 'threatened'],
  [/^\s+(?:plots?|plans?|preparations)\b/i, 'planned'],
  [/^\s+(?:drills?|exercises?|simulations?|rehearsals?)\b/i, 'hypothetical'],
];

/**
 * The event as the subject of its calling off ("The march to the offices was called off", "the
 * strike has been postponed"): it did not take place. Not one called off after it had run a
 * while ("the strike was called off after three weeks").
 */
const CALLED_OFF_AFTER =
  /^(?:\s+(?:to|in|at|on|of|through|against|outside|by|from|for)\b(?:\s+[\w’'.-]+){1,5}?)?\s+(?:was|were|has been|have been|had been|is|are|got)\s+(?:\w+ly\s+)?(called off|cancell?ed|postponed|aborted|abandoned|scrapped|thwarted|foiled)\b(?!\s+(?:after|following)\s+(?:\w+\s+)?(?:days?|weeks?|months?|hours?)\b)/i;

/**
 * The event as the object of its calling off ("Organisers called off the march", "cancelled a
 * second rally"). Only a gathering held once: a strike or a boycott called off may have run a
 * while, and one called off "after three weeks" did.
 */
const CALLED_OFF_BEFORE =
  /\b(call(?:s|ed|ing)? off|cancell?(?:s|ed|ing)?|postpon(?:es|ed|ing)|scrapp(?:ed|ing)|scraps)\s+(?:the|a|an|their|its|his|her|this|that|[\w’'-]+['’]s)\s+(?:[\w’'-]+\s+){0,2}$/i;
const ONE_OFF = /^(?:march|rall|protest|demonstration|gathering|vigil|parade|sit-in)/i;
const RAN_A_WHILE = /\b(?:after|following)\s+(?:[\w-]+\s+){0,2}(?:days?|weeks?|months?|hours?)\b/i;

// Not a compound: a "well-planned attack" was carried out.
const PLANNED =
  /(?<![\w-])(?:planned|planning|plans? to|will|to be held|scheduled|upcoming|ahead of|in anticipation of|(?:is|are|was|were) (?:planned|expected|set|due) to|expected to|set to|intend(?:s|ed)? to)\s+(?:[\w’'-]+\s+){0,3}$/i;
/** A call for the event ("calls to boycott his films", "urged supporters to march on Friday"). */
const CALLED_FOR =
  /\b(?:calls?|called|calling|urg(?:es|ed|ing)|appeal(?:s|ed|ing)?|pleas?|petitions?)\s+(?:on\s+(?:[\w’'-]+\s+){1,4}?|(?:[\w’'-]+\s+){0,3}?)(?:to|for)\s+(?:(?:a|an|the|more|mass|nationwide|general|[\w-]+-strong|[\w-]+ed)\s+){0,2}$/i;
// ("At the time of his arrest" names the story's own moment.)
const HISTORICAL_CUE = /\b(?:at the time(?! of\b)|back then|in those days|centur(?:y|ies) ago|years ago)\b/i;
const YEAR = /\b(1[5-9]\d\d|20\d\d)\b/g;
/**
 * An age of history named without a year ("during World War Two", "under the Nazi occupation").
 * Not where it only dates a thing found today ("a World War II bomb", "WWII-era shells").
 */
const HISTORICAL_PERIOD =
  /\b(?:(?:the\s+)?(?:First|Second|Great)\s+World\s+War|World\s+War\s+(?:One|Two|I{1,2}|1|2)|WW\s?(?:I{1,2}|1|2)|the\s+Holocaust|(?:the\s+)?Nazi\s+(?:occupation|era|regime|Germany|period)|the\s+Cold\s+War|the\s+Middle\s+Ages|the\s+(?:Soviet|colonial|Ottoman|Victorian|Napoleonic|Stalin|Mao|apartheid)\s+(?:era|period|times|rule|days|years)|the\s+Crusades|the\s+(?:American|Spanish|Russian|French|English)\s+(?:Civil\s+War|Revolution))\b(?![-\s]+(?:era|vintage|bombs?|ordnance|munitions?|shells?|mines?|explosives?|devices?|grenades?)\b)/gi;

/** The clause before `at` within the sentence: from the last clause break. */
function clauseBefore(text: string, sentence: Span, at: number): string {
  const pre = text.slice(sentence.start, at);
  const cut = Math.max(pre.lastIndexOf(';'), pre.lastIndexOf(':'), pre.lastIndexOf('—'));
  return pre.slice(cut + 1).slice(-80);
}

/** Years stated in a stretch of text (or in its timexes) that lie well before publication. */
function oldYear(doc: Doc, span: Span, published: number): boolean {
  for (const t of doc.within('timex', span)) {
    const y = /^(\d{4})/.exec(t.attrs.value);
    if (y && Number(y[1]) < published - 5) return true;
  }
  // Where the timex stage ran, its reading of a number stands ("About 2000 Numsa members" is a
  // count); the plain scan is for pipelines without it.
  if (doc.has('timex')) return false;
  for (const m of doc.text.slice(span.start, span.end).matchAll(YEAR)) {
    // (The words around a year are read past the stretch's ends.)
    const at = span.start + m.index;
    if (
      Number(m[1]) < published - 5 &&
      !isModelYear(doc.text.slice(Math.max(0, at - 8), at), doc.text.slice(at + 4, at + 30))
    )
      return true;
  }
  return false;
}

/**
 * A named age of history within the trigger's reach in its sentence, with no recent date nearer
 * the trigger ("criticized … on Monday for likening … to the Nazi occupation" happened Monday).
 */
function historicalPeriodNear(doc: Doc, sentence: Span, trigger: Span, published: number): boolean {
  const from = Math.max(sentence.start, trigger.start - 80);
  const stretch = doc.text.slice(from, Math.min(sentence.end, trigger.end + 80));
  HISTORICAL_PERIOD.lastIndex = 0;
  if (!HISTORICAL_PERIOD.test(stretch)) return false;
  const close = { start: Math.max(sentence.start, trigger.start - 40), end: Math.min(sentence.end, trigger.end + 40) };
  return !doc.within('timex', close).some((t) => {
    const y = /^(\d{4})/.exec(t.attrs.value);
    return (y && Number(y[1]) >= published - 5) || t.attrs.value === 'PRESENT_REF';
  });
}

/** Factuality of one trigger in its sentence; `previous` is the sentence before, for "at the time". */
export function factualityOf(
  doc: Doc,
  sentence: Span,
  trigger: Span,
  previous?: Span,
): { value: Factuality; cue?: string } {
  const pre = clauseBefore(doc.text, sentence, trigger.start);
  const published = Number((doc.meta.published ?? '').slice(0, 4)) || new Date().getUTCFullYear();
  // "failed to prevent a massacre": the massacre happened.
  if (NEGATED.test(pre) && !/\bfail(?:ed|ure|s|ing)? to\s+(?:prevent|avert)/i.test(pre))
    return { value: 'negated', cue: NEGATED.exec(pre)![0] };
  // "couldn't put together a case to arrest anyone", "was unable to stop": what could not be done.
  const unable = UNABLE_TO.exec(pre);
  if (
    unable &&
    !/\b(?:prevent|avert|stop|end|halt|contain)\b/i.test(unable[0]) &&
    // ("unable to deliver supplies due to looting": the looting's cause, no infinitive.)
    !/\b(?:due|owing|thanks|according|prior|addition|response|reaction|related|subjected|exposed|led|lead|leading)\s+to\s+$/i.test(
      unable[0],
    ) &&
    !/ing$/i.test(doc.text.slice(trigger.start, trigger.end))
  )
    return { value: 'negated', cue: unable[0].trim() };
  // An old year close to the trigger ("the revolution of 1920", "In 1989, students marched").
  const near = { start: Math.max(sentence.start, trigger.start - 40), end: Math.min(sentence.end, trigger.end + 40) };
  if (oldYear(doc, near, published)) return { value: 'historical', cue: 'year' };
  if (historicalPeriodNear(doc, sentence, trigger, published)) return { value: 'historical', cue: 'period' };
  const sentenceText = doc.surface(sentence);
  if (HISTORICAL_CUE.test(sentenceText) && previous && oldYear(doc, previous, published))
    return { value: 'historical', cue: HISTORICAL_CUE.exec(sentenceText)![0] };
  const post = doc.text.slice(trigger.end, Math.min(sentence.end, trigger.end + 20));
  const calledOff =
    CALLED_OFF_AFTER.exec(doc.text.slice(trigger.end, sentence.end)) ??
    (ONE_OFF.test(doc.text.slice(trigger.start, trigger.end)) &&
    !RAN_A_WHILE.test(doc.text.slice(trigger.end, sentence.end))
      ? CALLED_OFF_BEFORE.exec(pre)
      : null);
  if (calledOff) return { value: 'negated', cue: calledOff[1]! };
  for (const [head, value] of NOT_HAPPENED_HEAD)
    if (head.test(post)) return { value, cue: post.trim().split(/\s+/)[0] };
  if (/^\s+(?:could|would|might|may)\b/i.test(post)) return { value: 'hypothetical', cue: post.trim().split(/\s+/)[0] };
  const call = CALLED_FOR.exec(pre);
  if (call) return { value: 'called-for', cue: call[0].trim() };
  // ("more likely to be injured, arrested or killed": the last of a list is as the first is.)
  const hypothetical = HYPOTHETICAL.exec(pre) ?? HYPOTHETICAL.exec(pre.replace(PARTICIPLE_LIST_TAIL, ''));
  if (hypothetical) return { value: 'hypothetical', cue: hypothetical[0] };
  if (PLANNED.test(pre)) return { value: 'planned', cue: PLANNED.exec(pre)![0] };
  const chain = PLANNED_CHAIN.exec(pre);
  // What is planned is the event unless the plan is to act on one that happened ("plans to end the strike").
  if (chain && !AFTER_THE_FACT.test(chain[0])) return { value: 'planned', cue: chain[0] };
  return { value: 'asserted' };
}

/** Ranks factualities for merging mentions: an event asserted once is asserted. */
/** Whether a factuality's cue says the event was called off, so did not take place. */
export function callsOff(cue: string | undefined): boolean {
  return cue !== undefined && /^(?:call|cancel|postpon|scrap|abort|thwart|foil)/i.test(cue);
}

export const FACTUALITY_RANK: Record<Factuality, number> = {
  asserted: 0,
  reported: 1,
  planned: 2,
  'called-for': 3,
  threatened: 4,
  hypothetical: 5,
  negated: 6,
  historical: 7,
};

/**
 * A definite or possessive description of an event ("Iran's missile attack", "the attack",
 * "last week's rally"): the report it sits in says something about it, it does not report that
 * it happened. Its occurrence is presupposed, and so asserted by the article, not by the source.
 */
const PRESUPPOSING =
  /(?:\b\p{Lu}[\p{L}’'-]*['’]s|\b(?:the|this|last (?:week|month|year)['’]s|yesterday['’]s))\s+(?:[\p{Ll}’'-]+\s+){0,2}$/u;

/** Whether the trigger is the head of a definite or possessive event description. */
export function presupposed(doc: Doc, sentence: Span, trigger: Span): boolean {
  const before = doc.text.slice(Math.max(sentence.start, trigger.start - 50), trigger.start);
  if (!PRESUPPOSING.test(before)) return false;
  // A noun: followed by what describes it or by its verb, not by an object ("the police attack protesters").
  const after = doc.text.slice(trigger.end, Math.min(sentence.end, trigger.end + 20));
  return /^(?:\s+(?:on|against|in|at|by|of|was|were|had|has|is)\b|\s*[,.;])/.test(after);
}
