/**
 * What a sentence says about how a statement was made: the medium ("in a tweet", "in a
 * statement") and the outlet it was made to ("told Reuters", "Speaking to the Lebanese
 * al-Mayadeen television channel", "In an interview with Iran's Tasnim News Agency"), plus the
 * clean name of a source phrase ("Iraq's al-Ahd news network" → "al-Ahd news network",
 * "Screenshot from a live Press TV feed" → "Press TV").
 */
import type { Span } from '../../core/span.js';

const MEDIUM_RE =
  /\b(?:in|via|through) (?:a|an|the|his|her|their|its) (?:\w+ )?(tweet|statement|interview|post|speech|letter|video|press conference|news conference|televised address|address|op-ed|email|e-mail|briefing|radio address|message|communiqué|column|blog post|memo)\b/i;
const PLATFORM_RE =
  /\b(?:on|via) (Twitter|Facebook|Instagram|Telegram|YouTube|X|TikTok|television|radio|state TV|state television)\b/;
const OUTLET_INTRO_RE =
  /\b(?:told|telling|tells|[Ss]peaking to|[Ss]peaking with|[Ii]nterview with|interviewed by|remarks to|comments to|statement to|said to|quoted by|[Ww]riting in|wrote in)\s+/g;
/** Words that make a name an outlet, not a person. */
const MEDIA_WORD =
  /\b(?:television|TV|news|News|channel|network|Network|agency|Agency|newspaper|radio|Radio|station|broadcaster|daily|Daily|website|magazine|Magazine|Times|Post|Journal|Tribune|Herald|Gazette|Press|Telegraph|Guardian|Chronicle|Monitor|Review|Observer|Wire|Media|Broadcasting|Television|Channel)\b/;
/** Outlets known by a bare name. */
const WIRES = new Set(
  (
    'Reuters AFP AP Bloomberg CNN BBC NPR PBS MSNBC CNBC NBC ABC CBS Fox Politico POLITICO Axios Xinhua TASS ' +
    'Interfax Yonhap Kyodo Anadolu IRNA ISNA Tasnim Fars Mehr Sputnik RT Al-Jazeera Reuters.com Vox BuzzFeed HuffPost Breitbart'
  ).split(' '),
);
const GENERIC_MEDIA =
  /\s+(?:television|TV|radio|satellite|news|channel|network|station|broadcaster|newspaper|daily|website|outlet)(?:\s+(?:channel|network|station|agency|website))?$/;
const DEMONYM = /^(?:[A-Z][a-z]+(?:ese|ian|an|i|ish|ch|ic))$/;
const DOCUMENT_HEAD =
  /^(?:a |an |the )?(?:[Ss]creenshot|[Ff]ootage|[Vv]ideo|[Ii]mage|[Pp]hoto|[Pp]icture|[Gg]rab|[Ss]till|[Bb]roadcast|[Ff]eed|[Rr]eport|[Cc]lip)s? (?:from|of|by|on|aired by) /;
const NAME_SEQ = /(?:(?:al-|el-|[A-Z])[\w’'.&/-]*)(?:\s+(?:(?:al-|el-|bin |[A-Z])[\w’'.&/-]*))*/g;

/** The medium and outlet a sentence names for a statement. */
export interface SpeechContext {
  medium?: string;
  outlet?: { name: string; start: number; end: number };
}

/** Reads the medium and outlet from a sentence (`from` is its offset in the document). */
export function speechContext(sentence: string, from: number, cue?: string): SpeechContext {
  const ctx: SpeechContext = {};
  const m = MEDIUM_RE.exec(sentence);
  if (m) ctx.medium = m[1]!.toLowerCase();
  else if (cue && /^tweet/.test(cue)) ctx.medium = 'tweet';
  else {
    const p = PLATFORM_RE.exec(sentence);
    if (p) ctx.medium = p[1] === 'Twitter' || p[1] === 'X' ? 'tweet' : p[1]!.toLowerCase();
  }
  OUTLET_INTRO_RE.lastIndex = 0;
  let o: RegExpExecArray | null;
  while ((o = OUTLET_INTRO_RE.exec(sentence)) !== null) {
    const at = o.index + o[0].length;
    const phrase =
      /^(?:the )?(?:[A-Z][\w’'-]*['’]s )?[\w’'./&-]+(?: (?:[\w’'./&-]+))*?(?=,|\.| that\b| on\b| in\b| at\b| about\b| last\b| this\b| said\b| when\b| after\b| before\b| he\b| she\b| they\b|:|$)/.exec(
        sentence.slice(at),
      );
    if (!phrase) continue;
    const span = cleanOutlet(sentence, at, at + phrase[0].length);
    if (!span) continue;
    const name = sentence.slice(span.start, span.end);
    if (!MEDIA_WORD.test(sentence.slice(at, at + phrase[0].length)) && !WIRES.has(name.split(' ')[0]!)) continue;
    ctx.outlet = { name, start: from + span.start, end: from + span.end };
    const generic = GENERIC_MEDIA.exec(sentence.slice(at, at + phrase[0].length));
    if (!ctx.medium && generic && /television|TV|channel|station|satellite/.test(generic[0])) ctx.medium = 'television';
    else if (!ctx.medium && generic && /radio/.test(generic[0])) ctx.medium = 'radio';
    else if (!ctx.medium && /interview/i.test(o[0])) ctx.medium = 'interview';
    break;
  }
  return ctx;
}

/**
 * The name inside an outlet phrase: without the article, a possessive country ("Iran's"), a
 * demonym before a name ("Lebanese al-Mayadeen") and trailing generic words ("television
 * channel"), which describe the medium rather than name the outlet.
 */
function cleanOutlet(text: string, start: number, end: number): Span | undefined {
  let s = text.slice(start, end);
  let at = start;
  const strip = (re: RegExp): void => {
    const m = re.exec(s);
    if (m) {
      at += m[0].length;
      s = s.slice(m[0].length);
    }
  };
  strip(/^the /);
  strip(/^[A-Z][\w’'-]*['’]s /);
  const words = s.split(' ');
  if (words.length > 1 && DEMONYM.test(words[0]!) && /^(?:al-|el-|[A-Z])/.test(words[1]!)) strip(/^\S+ /);
  const g = GENERIC_MEDIA.exec(s);
  if (g && g.index > 0 && /[A-Z]/.test(s.slice(0, g.index))) s = s.slice(0, g.index);
  if (!/[A-Z]/.test(s)) return undefined;
  return { start: at, end: at + s.length };
}

/**
 * The clean name of a source phrase, as a span inside it: a document or feed resolves to the
 * outlet named in it ("Screenshot from a live Press TV feed" → "Press TV"), an outlet loses a
 * possessive country ("Iraq's al-Ahd news network" → "al-Ahd news network"). Other sources are
 * kept whole: PolNeAR marks the whole noun phrase ("China's foreign ministry").
 */
export function cleanSourceSpan(text: string, span: Span): Span {
  const s = text.slice(span.start, span.end);
  if (DOCUMENT_HEAD.test(s)) {
    const rest = s.slice(DOCUMENT_HEAD.exec(s)![0].length);
    const off = span.start + s.length - rest.length;
    NAME_SEQ.lastIndex = 0;
    const n = NAME_SEQ.exec(rest);
    if (n) {
      let name = n[0];
      const g = / (?:feed|broadcast|footage|report|channel|video)$/i.exec(name);
      if (g) name = name.slice(0, g.index);
      return { start: off + n.index, end: off + n.index + name.length };
    }
  }
  const poss = /^[A-Z][\w’'-]*['’]s (?=(?:al-|el-)?\S*[A-Z])/.exec(s);
  if (poss && MEDIA_WORD.test(s)) return { start: span.start + poss[0].length, end: span.end };
  return span;
}

/** Whether a source phrase names an outlet or a document rather than a person or body. */
export function isOutletOrDocument(source: string): boolean {
  return DOCUMENT_HEAD.test(source) || MEDIA_WORD.test(source) || WIRES.has(source.replace(/^the /i, ''));
}
