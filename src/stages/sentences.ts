/**
 * Paragraphs, sentences and tokens with exact offsets. A purpose-built scanner rather than a
 * general NLP library: news text needs abbreviations ("Lt. Gen.", "U.S.") kept whole, Arabic
 * names with internal apostrophes and hyphens ("Kata’ib", "al-Muhandis") kept as one token,
 * and hard-wrapped wire copy read as running text; and it costs microseconds per article.
 */
import type { Doc } from '../core/doc.js';
import type { TokenKind, Zone } from '../core/layers.js';
import type { Stage } from '../core/stage.js';
import type { Span } from '../core/span.js';

/** Abbreviations that never end a sentence (titles, ranks, honorifics). */
const TITLE_ABBREVIATIONS = new Set(
  (
    'Mr Mrs Ms Dr Prof Rev Fr Sr Jr St Sgt Lt Gen Col Maj Capt Cmdr Adm Brig Cpl Pvt Gov Sen Rep Pres ' +
    'Hon Amb Sec Supt Insp Det Mt Ft Messrs Mme Mlle Sheikh No Nos vs v Vol pp'
  ).split(' '),
);

/** Abbreviations that take a period but may also end a sentence. */
const OTHER_ABBREVIATIONS = new Set(
  (
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun ' +
    'Inc Corp Co Ltd Bros Dept Univ Assn Ave Blvd Rd est approx etc al ca cf Ph Ala Ariz Ark Calif ' +
    'Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn ' +
    'Tex Va Vt Wash Wis Wyo'
  ).split(' '),
);

/** Words that, capitalized after an acronym like "U.S.", show that a new sentence began. */
const SENTENCE_STARTERS = new Set(
  'The A An He She It They We I But And In On At This That These Those His Her Its Their There However Meanwhile'.split(
    ' ',
  ),
);

// One alternation, tried left to right: URLs and e-mail addresses, dotted acronyms, numbers
// (dates, decimals, thousands, ordinals, "1,000-strong"), words with internal apostrophes and
// hyphens (but not a possessive 's), possessive/clitic endings, multi-character punctuation,
// and finally any single visible character.
const TOKEN_RE =
  /(https?:\/\/[^\s<>"”]+[^\s<>"”.,;:!?)\]]|[\w.+-]+@[\w-]+\.[\w.-]*\w)|((?:\p{L}\.){2,})|(\d(?:[\d.,:/-]*\d)?(?:\p{L}+)?(?:[-‐][\p{L}\d]+)*)|(\p{L}[\p{L}\p{M}\d]*(?:(?:['’](?![sS](?![\p{L}\d]))|[-‐])[\p{L}\p{M}\d]+)*)|(['’][sS](?![\p{L}\d])|n['’]t(?!\p{L}))|(\.{3}|-{2,}|…|[!?]+)|(\S)/gu;

/** One token as the scanner sees it. */
export interface ScannedToken extends Span {
  kind: TokenKind;
  spaceBefore: boolean;
}

/**
 * Splits a stretch of `text` into tokens with offsets. Exported for stages and benchmarks that
 * need tokens of text outside a Doc (gazetteer names, lexicon entries).
 */
export function scanTokens(text: string, from = 0, to = text.length): ScannedToken[] {
  const out: ScannedToken[] = [];
  TOKEN_RE.lastIndex = from;
  let prevEnd = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null && m.index < to) {
    let end = m.index + m[0].length;
    let kind: TokenKind;
    if (m[1] !== undefined) kind = 'symbol';
    else if (m[2] !== undefined) kind = 'word';
    else if (m[3] !== undefined) kind = 'number';
    else if (m[4] !== undefined) {
      kind = 'word';
      // A period belongs to the word when the word is an abbreviation or an initial.
      if (text[end] === '.' && isAbbreviation(m[0])) {
        end += 1;
        TOKEN_RE.lastIndex = end;
      }
    } else if (m[5] !== undefined) kind = 'word';
    else kind = /[\p{L}\p{N}]/u.test(m[0]) ? 'word' : /[\p{P}]/u.test(m[0]) ? 'punct' : 'symbol';
    if (end > to) break;
    out.push({ start: m.index, end, kind, spaceBefore: m.index > prevEnd });
    prevEnd = end;
  }
  return out;
}

function isAbbreviation(word: string): boolean {
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  return TITLE_ABBREVIATIONS.has(word) || OTHER_ABBREVIATIONS.has(word);
}

/** Splits text into paragraph spans: blank lines, or a newline followed by an indent (wire copy). */
export function paragraphSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t\r\u00a0]*\n\s*|\n(?=[ \t]{2,}\S)[ \t]*/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    pushTrimmed(text, start, m.index, out);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ start, end });
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/** Indices into `tokens` where a new sentence starts (always including 0 when non-empty). */
export function sentenceStarts(text: string, tokens: readonly ScannedToken[]): number[] {
  const starts: number[] = tokens.length > 0 ? [0] : [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const tok = tokens[i] as ScannedToken;
    const surface = text.slice(tok.start, tok.end);
    let j = i + 1;
    let next = tokens[j] as ScannedToken;
    const between = text.slice(tok.end, next.start);
    // A line break after a short line (headline, dateline) or after final punctuation ends it.
    if (between.includes('\n')) {
      const lineStart = text.lastIndexOf('\n', tok.start) + 1;
      const line = text.slice(lineStart, tok.end);
      // (Not after an abbreviation's period in running copy: "began on Feb.\n17, 1987".)
      const abbreviated = surface.endsWith('.') && isAbbreviation(surface.slice(0, -1));
      if ((/[.!?:"”]$/.test(surface) && !abbreviated) || line.length < 50 || between.split('\n').length > 2) {
        if (/^[\p{Lu}\p{N}"“‘'([]/u.test(text.slice(next.start, next.end))) {
          starts.push(j);
          continue;
        }
      }
    }
    let terminal = /^[.!?]+$|^\.\.\.$|^…$/.test(surface);
    if (!terminal && tok.kind === 'word' && surface.endsWith('.') && surface.length > 1) {
      const bare = surface.slice(0, -1);
      if (TITLE_ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(bare)) continue;
      // "U.S." or "Inc." ends a sentence only when a typical sentence opener follows.
      terminal = SENTENCE_STARTERS.has(text.slice(next.start, next.end));
    }
    if (!terminal) continue;
    // Closing quotes and brackets after the period belong to the sentence that ends.
    while (j < tokens.length && CLOSERS.has(text.slice(next.start, next.end)) && !next.spaceBefore) {
      j++;
      if (j >= tokens.length) break;
      next = tokens[j] as ScannedToken;
    }
    if (j >= tokens.length) break;
    if (!next.spaceBefore) continue;
    const first = text.slice(next.start, next.end);
    if (/^[\p{Lu}\p{N}"“‘'([«]/u.test(first)) {
      starts.push(j);
      i = j - 1;
    }
  }
  return starts;
}

/** The first stage: paragraphs, sentences and tokens, each sentence tagged with its zone. */
export function sentences(): Stage {
  return {
    name: 'sentences',
    requires: [],
    produces: ['paragraph', 'sentence', 'token'],
    run(doc: Doc) {
      const by = { stage: 'sentences', rule: 'scanner', confidence: 1 };
      const paragraphs = splitParagraphsAtZones(doc, paragraphSpans(doc.text));
      let sentenceIndex = 0;
      paragraphs.forEach((p, index) => {
        const zone: Zone = doc.zoneAt(p.start);
        doc.add('paragraph', { start: p.start, end: p.end, attrs: { zone, index }, by });
        const tokens = scanTokens(doc.text, p.start, p.end);
        const starts = sentenceStarts(doc.text, tokens);
        for (let s = 0; s < starts.length; s++) {
          const a = starts[s] as number;
          const b = (starts[s + 1] ?? tokens.length) - 1;
          const first = tokens[a] as ScannedToken;
          const last = tokens[b] as ScannedToken;
          doc.add('sentence', {
            start: first.start,
            end: last.end,
            attrs: { zone: doc.zoneAt(first.start), paragraph: index },
            by,
          });
          for (let t = a; t <= b; t++) {
            const tok = tokens[t] as ScannedToken;
            doc.add('token', {
              start: tok.start,
              end: tok.end,
              label: tok.kind,
              attrs: { sentence: sentenceIndex, spaceBefore: tok.spaceBefore },
              by,
            });
          }
          sentenceIndex++;
        }
      });
    },
  };
}

/** Furniture, caption and title spans always bound a paragraph, even without a blank line. */
function splitParagraphsAtZones(doc: Doc, paragraphs: Span[]): Span[] {
  const cuts = [...doc.meta.furniture, ...doc.meta.captions, ...(doc.meta.titleSpan ? [doc.meta.titleSpan] : [])];
  if (cuts.length === 0) return paragraphs;
  const out: Span[] = [];
  for (const p of paragraphs) {
    const points = new Set<number>();
    for (const c of cuts) {
      if (c.start > p.start && c.start < p.end) points.add(c.start);
      if (c.end > p.start && c.end < p.end) points.add(c.end);
    }
    let start = p.start;
    for (const point of [...points].sort((x, y) => x - y)) {
      pushTrimmed(doc.text, start, point, out);
      start = point;
    }
    pushTrimmed(doc.text, start, p.end, out);
  }
  return out;
}
